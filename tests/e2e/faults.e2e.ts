import { spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { createRandom } from '../../src/sample/makeSampleReports';

/*
 * The command line against real faults: a volume of 100 KB (a tmpfs, where the machine lets us
 * mount one), and runs killed with SIGKILL at random points while they write.
 */
const root = path.join(__dirname, '..', '..');
const cliDir = path.join(root, 'out', 'e2e-cli');
const cli = path.join(cliDir, 'cli', 'tonghop.js');
let work: string;
let empty: string;

beforeAll(() => {
  // The command line compiled as it ships (from the TypeScript sources of this checkout, never a stale lib/).
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json', '--outDir', cliDir], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-faults-e2e-'));
  // A round with no report received yet: every unit missing, and still a summary, a report and a compilation.
  empty = path.join(work, 'nhan');
  fs.mkdirSync(empty);
}, 180_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** tong-hop of the empty round into `target`, its document number "<n>-BC/TH" in both the summary and the report. */
const tongHop = (target: string, n: number, overwrite = true) => [cli, 'tong-hop', empty, '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '--so-ky-hieu', `${n}-BC/TH`, '-o', target, ...(overwrite ? ['--ghi-de'] : [])];
const runCli = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const snapshot = (folder: string) => Object.fromEntries(fs.readdirSync(folder).sort().map((f) => [f, sha(path.join(folder, f))]));

test('on a full 100 KB volume: the disk-full message, exit code 2, the old summary and report unchanged, nothing new', () => {
  const volume = path.join(work, 'usb');
  fs.mkdirSync(volume);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=100k', 'tmpfs', volume], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    console.log(`Bỏ qua phép thử ổ đĩa đầy thật: máy này không cho gắn tmpfs (${(mounted.stderr || mounted.error?.message || '').trim()}).`);
    return;
  }
  try {
    const target = path.join(volume, 'Tổng hợp.xlsx');
    expect(runCli(tongHop(target, 1)).status).toBe(0);
    const before = snapshot(volume);
    expect(Object.keys(before)).toEqual(['Tổng hợp - Trích báo cáo các đơn vị.docx', 'Tổng hợp.docx', 'Tổng hợp.xlsx']);
    const full = runCli(tongHop(target, 2));
    expect(full.stderr).toMatch(/Lỗi: Ổ đĩa chứa thư mục ".+usb" đã đầy: cần thêm khoảng [\d,]+ MB\. Xóa bớt tệp hoặc chọn nơi khác bằng -o\./);
    expect(full.stderr).toContain('Giữ nguyên bản cũ: "Tổng hợp.xlsx", "Tổng hợp.docx", "Tổng hợp - Trích báo cáo các đơn vị.docx".');
    expect(full.stderr).not.toMatch(/Lỗi không mong đợi/);
    expect(full.status).toBe(2);
    expect(snapshot(volume)).toEqual(before);
  } finally {
    spawnSync('umount', [volume]);
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The document number written in a zipped file's parts. */
async function numberIn(file: string, parts: RegExp): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => parts.test(n))) {
    const found = /(\d+)-BC\/TH/.exec((await zip.file(name)?.async('string')) ?? '');
    if (found) return Number(found[1]);
  }
  return -1;
}

/** Renames in a set are slowed to this in the killed runs (tests/fixtures/slowRenames.js). */
const RENAME_MS = 40;

/**
 * Starts a run (its renames slowed). `writing` resolves when it writes its first temporary file,
 * `placing` when it starts putting the set in place (an old file moved aside, or the journal), or
 * either when the run ends first.
 */
function startRun(args: string[]) {
  const child = spawn(process.execPath, ['--require', path.join(root, 'tests', 'fixtures', 'slowRenames.js'), ...args], { stdio: 'ignore' });
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exited = false;
  void ended.then(() => (exited = true));
  const folder = path.dirname(args[args.indexOf('-o') + 1]);
  const ours = () => (exited ? [] : fs.readdirSync(folder).filter((n) => n.startsWith(`.tonghop-${child.pid}-`)));
  const isPlacing = () => ours().some((n) => n.endsWith('.journal') || n.endsWith('.old'));
  const until = async (seen: () => boolean) => {
    while (!exited && !seen()) await sleep(1);
  };
  return { child, ended, writing: until(() => ours().length > 0), placing: () => until(isPlacing), isWriting: () => ours().length > 0, isPlacing };
}

test('killed at 20 random points while writing: the summary and the report are both old or both new, and the next run leaves no temporary file', async () => {
  const folder = path.join(work, 'kill');
  fs.mkdirSync(folder);
  const target = path.join(folder, 'Tổng hợp.xlsx');
  const report = path.join(folder, 'Tổng hợp.docx');
  expect(runCli(tongHop(target, 0)).status).toBe(0);
  // How long a run writes: from its first temporary file to its end.
  const calibration = startRun(tongHop(target, 0));
  await calibration.writing;
  const began = Date.now();
  await calibration.ended;
  const window = Math.max(20, Date.now() - began);
  // The sample data's seeded generator: the same kill points on every run of the suite.
  const random = createRandom(29);
  let current = 0;
  let hitWhileWriting = 0;
  let hitWhilePlacing = 0;
  for (let n = 1; n <= 20; n++) {
    const run = startRun(tongHop(target, n));
    // Odd runs are killed anywhere while they write, even ones while they put the set in place (seven renames).
    if (n % 2 === 1) {
      await run.writing;
      await sleep(random() * window);
    } else {
      await run.placing();
      await sleep(random() * 7 * RENAME_MS);
    }
    if (run.isWriting()) hitWhileWriting++;
    if (run.isPlacing()) hitWhilePlacing++;
    run.child.kill('SIGKILL');
    await run.ended;
    // The next run finishes or clears what the killed one left, then refuses to replace without --ghi-de.
    const next = runCli(tongHop(target, 100 + n, false));
    expect(next.stderr).toMatch(/đã có\. Dùng --ghi-de/);
    expect(fs.readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
    const [summaryNumber, reportNumber] = [await numberIn(target, /^xl\/worksheets\/.+\.xml$/), await numberIn(report, /^word\/document\.xml$/)];
    expect([n, summaryNumber, reportNumber]).toEqual([n, summaryNumber, summaryNumber]);
    expect([current, n]).toContain(summaryNumber);
    current = summaryNumber;
  }
  console.log(`Bị ngắt khi đang ghi: ${hitWhileWriting}/20 lần, trong đó ${hitWhilePlacing} lần khi đang thay tệp vào chỗ (cửa sổ ghi khoảng ${window} ms).`);
  expect(hitWhileWriting).toBeGreaterThanOrEqual(5);
  expect(hitWhilePlacing).toBeGreaterThanOrEqual(5);
}, 600_000);
