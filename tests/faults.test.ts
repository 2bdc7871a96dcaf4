import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFileSystem, type FileSystem } from '../src/cli/fileSystem';
import { main } from '../src/cli/tonghop';

/*
 * The faults an office meets, injected through the writing seam (no real disk is filled): each
 * gives its Vietnamese message and exit code 2, the previous outputs stay as they were, no new
 * output appears without its siblings, and no temporary file is left.
 */

type Step = 'open' | 'write' | 'moveAside' | 'place' | 'space';

/** The real file system, failing with `code` at the nth call of one step. */
function failing(step: Step, code: string, nth = 1): FileSystem {
  let calls = 0;
  const maybeFail = (at: Step) => {
    if (at === step && ++calls === nth) throw Object.assign(new Error(`${code}: injected`), { code, syscall: at });
  };
  return {
    ...nodeFileSystem,
    openSync: (file, flags) => (maybeFail('open'), nodeFileSystem.openSync(file, flags)),
    writeSync: (fd, data, offset, length) => (maybeFail('write'), nodeFileSystem.writeSync(fd, data, offset, length)),
    renameSync(from, to) {
      if (to.endsWith('.old')) maybeFail('moveAside');
      else if (!to.endsWith('.journal')) maybeFail('place');
      nodeFileSystem.renameSync(from, to);
    },
    freeBytes: (folder) => (step === 'space' ? 2048 : nodeFileSystem.freeBytes(folder)),
  };
}

async function run(args: string[], fileSystem?: FileSystem) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }, fileSystem && { fs: fileSystem });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let inputs: string;
const OUTPUTS = ['Tổng hợp.xlsx', 'Tổng hợp.docx', 'Tổng hợp - Trích báo cáo các đơn vị.docx'];
const tongHop = () => ['tong-hop', inputs, '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '-o', path.join(dir, 'out', OUTPUTS[0]), '--ghi-de'];
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const snapshot = () => Object.fromEntries(fs.readdirSync(path.join(dir, 'out')).sort().map((f) => [f, sha(path.join(dir, 'out', f))]));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-faults-'));
  inputs = path.join(dir, 'nhan');
  fs.mkdirSync(inputs);
  const first = await run(tongHop());
  expect(first.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASES: [string, Step, string, number, RegExp][] = [
  ['a full disk while writing the summary', 'write', 'ENOSPC', 1, /Ổ đĩa chứa thư mục ".+out" đã đầy: cần thêm khoảng [\d,]+ MB\. Xóa bớt tệp hoặc chọn nơi khác bằng -o\./],
  ['a full disk while writing the report', 'write', 'ENOSPC', 40, /đã đầy: cần thêm khoảng [\d,]+ MB/],
  ['too little free space, found before writing', 'space', 'ENOSPC', 1, /đã đầy: cần thêm khoảng [\d,]+ MB/],
  ['no permission to write into the folder', 'open', 'EACCES', 1, /Không có quyền ghi vào thư mục ".+out"/],
  ['a read-only volume', 'open', 'EROFS', 1, /chỉ cho đọc \(USB gạt khóa ghi/],
  ['the summary open in Excel (Windows refuses to move it)', 'moveAside', 'EBUSY', 1, /Tệp ".+Tổng hợp\.xlsx" đang mở, có thể trong Excel hoặc Word.+đóng tệp rồi chạy lại, hoặc chọn tên khác bằng -o\./],
  ['the report open in Word', 'moveAside', 'EPERM', 2, /Tệp ".+Tổng hợp\.docx" đang mở/],
  ['a refusal after the summary was already put in place', 'place', 'EPERM', 2, /Tệp ".+Tổng hợp\.docx" đang mở/],
  ['a path too long', 'open', 'ENAMETOOLONG', 1, /quá dài \(\d+ ký tự\)/],
  ['characters Windows refuses', 'open', 'EINVAL', 1, /Tên "Tổng hợp\.xlsx" có ký tự mà Windows không nhận/],
  ['the folder gone (a USB stick pulled)', 'write', 'ENOENT', 3, /Thư mục ".+out" không còn \(ổ mạng bị ngắt, USB bị rút/],
  ['too many open files', 'open', 'EMFILE', 2, /quá nhiều tệp cùng lúc/],
  ['a failing disk', 'write', 'EIO', 2, /Ổ đĩa báo lỗi \(EIO\)/],
];

describe.each(CASES)('tong-hop with %s', (_what, step, code, nth, message) => {
  test(`says so (${code}), exits with 2, and keeps the old summary, report and compilation`, async () => {
    const before = snapshot();
    expect(Object.keys(before)).toEqual([...OUTPUTS].sort());
    const result = await run(tongHop(), failing(step, code, nth));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(`Giữ nguyên bản cũ: ${OUTPUTS.map((f) => `"${f}"`).join(', ')}.`);
    expect(result.err).not.toMatch(/Lỗi không mong đợi|\.tmp\b|\.tonghop-/);
    expect(snapshot()).toEqual(before);
  });
});

test('a fault on the first run writes nothing at all, and says what was not written', async () => {
  const fresh = path.join(dir, 'moi', 'Tổng hợp.xlsx');
  const result = await run([...tongHop().slice(0, -3), '-o', fresh], failing('write', 'ENOSPC', 30));
  expect(result.code).toBe(2);
  expect(result.err).toContain(`Chưa ghi: ${OUTPUTS.map((f) => `"${f}"`).join(', ')}.`);
  expect(fs.readdirSync(path.dirname(fresh))).toEqual([]);
});

test('after the faults, a run that succeeds replaces all three together and leaves no temporary file', async () => {
  const before = snapshot();
  const result = await run(tongHop());
  expect(result.code).toBe(0);
  const after = snapshot();
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const f of OUTPUTS) expect(after[f]).not.toBe(before[f]);
});

test('bao-cao keeps the old report when the compilation cannot be put in place', async () => {
  const before = snapshot();
  const result = await run(['bao-cao', path.join(dir, 'out', OUTPUTS[0]), '--ghi-de'], failing('place', 'EBUSY', 2));
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/Trích báo cáo các đơn vị 6 tháng đầu năm 2026\.docx" đang mở/);
  expect(snapshot()).toEqual(before);
});

test('don-doc writes its reminders, letter and feedback as one set: a fault leaves none of them', async () => {
  const folder = path.join(dir, 'don-doc');
  const result = await run(['don-doc', inputs, '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '-o', folder], failing('write', 'ENOSPC', 12));
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/đã đầy/);
  expect(fs.readdirSync(folder)).toEqual([]);
});

test('an input that is a folder, or cannot be read, is the user\'s situation: exit code 2, naming the file', async () => {
  const args = ['tong-hop', inputs, '--ky', 'H1', '--nam', '2026', '--hom-nay', '06/07/2026', '-o', path.join(dir, 'x.xlsx')];
  const registry = await run([...args, '--danh-sach', inputs]);
  expect(registry.code).toBe(2);
  expect(registry.err).toBe(`Lỗi: "${inputs}" là một thư mục, không phải tệp. Đề nghị chọn đúng tệp (với -o, ghi cả tên tệp, ví dụ "D:\\Báo cáo\\Tổng hợp.xlsx").`);
  const previous = await run([...args, '--danh-sach-mau', '--ky-truoc', inputs]);
  expect(previous.code).toBe(2);
  expect(previous.err).toContain(`"${inputs}" là một thư mục`);
});

test('-o naming a folder is refused, even with --ghi-de: a folder is never moved aside', async () => {
  const folder = path.join(dir, 'la-thu-muc.xlsx');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'của tôi.txt'), 'x');
  const result = await run([...tongHop().slice(0, -3), '-o', folder, '--ghi-de']);
  expect(result.code).toBe(2);
  expect(result.err).toContain(`"${folder}" là một thư mục, không phải tệp.`);
  expect(fs.readdirSync(folder)).toEqual(['của tôi.txt']);
});
