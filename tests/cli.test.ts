import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { buildProgram, main } from '../src/cli/tonghop';
import { DEMO_SUBMISSIONS_FOLDER } from '../src/cli/runDemo';
import { SUMMARY_SHEETS } from '../src/core/workbook/buildSummaryWorkbook';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

let dir: string;
let demo: { code: number; out: string };
const hashes = new Map<string, string>();
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-cli-'));
  demo = await run(['demo', '--thu-muc', dir]);
  for (const f of fs.readdirSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER))) hashes.set(f, sha(path.join(dir, DEMO_SUBMISSIONS_FOLDER, f)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tonghop demo', () => {
  test('runs the whole job on sample data and prints the status table and the path', () => {
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('DỮ LIỆU MẪU');
    expect(demo.out).toContain('30 đơn vị: 25 đúng hạn, 3 nộp muộn, 1 chưa nộp, 1 không hợp lệ; 31 tệp nhận được (1 ngoài danh sách, 0 không đọc được, 1 tệp trùng).');
    expect(demo.out).toMatch(/Nộp muộn 9 ngày/);
    expect(demo.out).toMatch(/^Điển hình: \d+ đề xuất; đánh dấu gửi cấp trên: Tập thể "[^"]+" \(Đảng ủy phường Ba Đình\); Cá nhân "[^"]+" \(Đảng ủy phường Ngọc Hà\)\. Đổi dấu ở cột "Gửi cấp trên" \(trang Điển hình\) của bảng tổng hợp\.$/m);
    expect(demo.out).toContain(`Đã ghi bảng tổng hợp: ${path.join(dir, 'Tổng hợp 6 tháng đầu năm 2026.xlsx')}`);
    expect(demo.out).toContain(`Đã ghi báo cáo Word để sửa, ký và gửi cấp trên: ${path.join(dir, 'Báo cáo tổng hợp 6 tháng đầu năm 2026.docx')}`);
    expect(demo.out).toContain(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${path.join(dir, 'Trích báo cáo các đơn vị 6 tháng đầu năm 2026.docx')}`);
    const files = fs.readdirSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER));
    expect(files.filter((f) => f.endsWith('.ods'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.xls'))).toHaveLength(1);
  });

  test('whom to call: the terminal shows the contact of each unit to chase, the summary every unit\'s', () => {
    const lines = demo.out.split('\n');
    const chase = lines.slice(lines.indexOf('Liên hệ để đôn đốc 5 đơn vị:') + 1).slice(0, 5);
    expect(chase).toHaveLength(5);
    for (const line of chase) expect(line).toMatch(/^ {2}- Đảng ủy .+ \((nộp muộn \d+ ngày|chưa nộp|không hợp lệ)\): .+, 0900 000 \d{3}, tuyengiao\.hn\d{2}@example\.com$/);
    expect(demo.out.split('\n').filter((line) => line.includes('Đúng hạn') && line.includes('@example.com'))).toEqual([]);
    const summary = XLSX.read(fs.readFileSync(path.join(dir, 'Tổng hợp 6 tháng đầu năm 2026.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(summary.Sheets[SUMMARY_SHEETS.status], { header: 1, defval: null });
    const header = rows.find((r) => r.includes('Người phụ trách, liên hệ'))!;
    const col = header.indexOf('Người phụ trách, liên hệ');
    expect(rows.filter((r) => typeof r[col] === 'string' && (r[col] as string).endsWith('@example.com'))).toHaveLength(30);
  });

  test('the summary totals equal the sum over the counted units’ own files', () => {
    const summary = XLSX.read(fs.readFileSync(path.join(dir, 'Tổng hợp 6 tháng đầu năm 2026.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(summary.Sheets[SUMMARY_SHEETS.figures], { header: 1, defval: null });
    const codeRow = rows.findIndex((r) => r.includes('tong_dang_vien'));
    const col = rows[codeRow].indexOf('tong_dang_vien');
    const unitRows = rows.slice(codeRow + 1, codeRow + 31);
    const totalRow = rows[codeRow + 31];
    expect(totalRow[2]).toBe('TỔNG CỘNG');
    // Independent arithmetic: read each counted unit's own file and add its figure.
    let expected = 0;
    for (const f of fs.readdirSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER))) {
      if (f.includes('bản nháp') || f.includes('Ngọc Lâm') || f.includes('Đống Đa')) continue;
      const wb = XLSX.read(fs.readFileSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER, f)));
      const sl = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Số liệu'], { header: 1, defval: null });
      const raw = sl.find((r) => r[0] === 'tong_dang_vien')![3];
      expected += typeof raw === 'number' ? raw : Number(String(raw).replace(/\D/g, ''));
    }
    expect(totalRow[col]).toBe(expected);
    expect(unitRows.reduce((s, r) => s + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0)).toBe(expected);
  });
});

describe('reminders and feedback', () => {
  const readText = (file: string) => {
    const bytes = fs.readFileSync(file);
    // Notepad's Vietnamese: UTF-8 with its mark, lines ending CRLF.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    return text.replace(/\r\n/g, '\n');
  };

  test('the demo writes a reminder for each unit to chase, the letter, and feedback for each report with problems', async () => {
    expect(demo.out).toContain(`5. Nhắc 5 đơn vị chưa nộp, báo cáo còn lỗi hoặc nộp muộn (tin nhắn, thư điện tử, công văn đôn đốc): ${path.join(dir, 'Đôn đốc 6 tháng đầu năm 2026')}`);
    const reminders = fs.readdirSync(path.join(dir, 'Đôn đốc 6 tháng đầu năm 2026')).sort();
    expect(reminders).toEqual(['Công văn đôn đốc 6 tháng đầu năm 2026.docx', 'Đảng ủy phường Cửa Nam.txt', 'Đảng ủy phường Khương Đình.txt', 'Đảng ủy phường Láng.txt', 'Đảng ủy phường Đống Đa.txt', 'Đảng ủy xã Ba Vì.txt'].sort());
    const missing = readText(path.join(dir, 'Đôn đốc 6 tháng đầu năm 2026', 'Đảng ủy phường Cửa Nam.txt'));
    expect(missing).toContain('TIN NHẮN (dán vào Zalo hoặc SMS)\nKính gửi Đảng ủy phường Cửa Nam: Đến ngày 06/07/2026');
    expect(missing).toContain('Gửi tới: tuyengiao.hn05@example.com');
    expect(missing).toContain('Mọi vướng mắc xin liên hệ: Người Lập Mẫu, 0241234567, tonghop@example.vn.');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'Đôn đốc 6 tháng đầu năm 2026', 'Công văn đôn đốc 6 tháng đầu năm 2026.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['V/v đôn đốc gửi báo cáo 6 tháng đầu năm 2026', 'Đảng ủy phường Cửa Nam', 'Đảng ủy phường Đống Đa', 'Hoàng Đức Thảo, 0900 000 005, tuyengiao.hn05@example.com']) expect(xml).toContain(text);
    const feedback = fs.readdirSync(path.join(dir, 'Phản hồi cho đơn vị'));
    expect(demo.out).toContain(`6. Phản hồi cho ${feedback.length} đơn vị có báo cáo còn lỗi hoặc cảnh báo`);
    expect(feedback).toContain('Đảng ủy phường Đống Đa.txt');
    const dongDa = readText(path.join(dir, 'Phản hồi cho đơn vị', 'Đảng ủy phường Đống Đa.txt'));
    expect(dongDa).toMatch(/^PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO\nĐơn vị: Đảng ủy phường Đống Đa\n/);
    expect(dongDa).toMatch(/\[Lỗi\] Trang "Số liệu", ô D\d+: /);
  });

  test('tonghop don-doc: the same round options, a folder of reminders never replaced without --ghi-de', async () => {
    const out = path.join(dir, 'nhắc');
    const args = ['don-doc', path.join(dir, DEMO_SUBMISSIONS_FOLDER), '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '--han-moi', '10/07/2026', '--nguoi-lap', 'Lê Thu Hà', '-o', out];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(first.out).toContain('đến ngày 06/07/2026: 5 đơn vị cần nhắc (1 chưa nộp, 1 báo cáo còn lỗi, 3 nộp muộn).');
    expect(first.out).toContain('Đảng ủy phường Cửa Nam (chưa nộp): Hoàng Đức Thảo, 0900 000 005, tuyengiao.hn05@example.com');
    expect(first.out).toContain('Đề nghị đơn vị gửi báo cáo chậm nhất trong ngày 10/07/2026');
    expect(first.out).toContain(`Đã ghi công văn đôn đốc: ${path.join(out, 'Công văn đôn đốc 6 tháng đầu năm 2026.docx')}`);
    const again = await run(args);
    expect(again.code).toBe(2);
    expect(again.err).toContain('đã có tệp nhắc của lần trước. Dùng --ghi-de');
    expect((await run([...args, '--ghi-de'])).code).toBe(0);
    // don-doc takes --phan-hoi like every command that runs a round: the same feedback as the demo's.
    const feedback = path.join(dir, 'phản hồi đôn đốc');
    const withFeedback = await run([...args, '--ghi-de', '--phan-hoi', feedback]);
    expect(withFeedback.out).toMatch(/Đã ghi \d+ tệp phản hồi cho các đơn vị vào thư mục: /);
    expect(fs.readdirSync(feedback).sort()).toEqual(fs.readdirSync(path.join(dir, 'Phản hồi cho đơn vị')).sort());
    for (const [f, h] of hashes) expect([f, sha(path.join(dir, DEMO_SUBMISSIONS_FOLDER, f))]).toEqual([f, h]);
  });

  test('tonghop kiem-tra --phan-hoi writes the feedback of each file with problems, named after its unit', async () => {
    const out = path.join(dir, 'phản hồi kiểm tra');
    const result = await run(['kiem-tra', path.join(dir, DEMO_SUBMISSIONS_FOLDER), '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '--phan-hoi', out]);
    expect(result.out).toMatch(/Đã ghi \d+ tệp phản hồi cho các đơn vị vào thư mục: /);
    // The unit outside the registry gets its feedback too, under the name written in its file.
    expect(fs.readdirSync(out).sort()).toEqual(['Đảng ủy phường Đống Đa.txt', 'Đảng ủy phường Ngọc Lâm.txt', 'Đảng ủy phường Yên Hòa.txt', 'Đảng ủy xã Gia Lâm.txt'].sort());
  });
});

describe('tonghop bao-cao', () => {
  const summary = () => path.join(dir, 'Tổng hợp 6 tháng đầu năm 2026.xlsx');
  const docxText = async (file: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  };

  test('rebuilds the Word report from the summary the officer edited, never touching the summary', async () => {
    // The demo already wrote the report beside the summary: it is not replaced without --ghi-de.
    const refused = await run(['bao-cao', summary()]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Báo cáo tổng hợp 6 tháng đầu năm 2026.docx" đã có. Dùng --ghi-de');
    const edited = path.join(dir, 'đã sửa.xlsx');
    const wb = XLSX.read(fs.readFileSync(summary()), { cellFormula: true, cellStyles: true });
    const form = wb.Sheets['Báo cáo tổng hợp'];
    form['B4'] = { t: 's', v: 'Số 77-BC/BTGDVTU' };
    const rows = XLSX.utils.sheet_to_json<unknown[]>(form, { header: 1, blankrows: true, defval: null });
    // The first paragraph of the synthesis: the units it comes from are beside it, in column F.
    const first = rows.findIndex((r) => typeof r[5] === 'string' && (r[5] as string).startsWith('Nguồn: '));
    form[XLSX.utils.encode_cell({ r: first, c: 1 })] = { t: 's', v: 'Ban Thường vụ đã chỉ đạo sát sao việc học tập chuyên đề năm 2026.' };
    XLSX.writeFile(wb, edited);
    const before = sha(edited);
    const result = await run(['bao-cao', edited, '-o', path.join(dir, 'bản sửa')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Báo cáo 6 tháng đầu năm 2026: 28/30 đơn vị có số liệu được tổng hợp.');
    expect(result.out).toContain(`Đã ghi báo cáo Word: ${path.join(dir, 'bản sửa.docx')}`);
    // Beside it, every unit's text as the summary's "Nội dung" holds it.
    const compilation = path.join(dir, 'bản sửa - Trích báo cáo các đơn vị.docx');
    expect(result.out).toContain(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${compilation}`);
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const compiled = (await docxText(compilation)).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]);
    expect(compiled).toContain('TRÍCH BÁO CÁO CÁC ĐƠN VỊ');
    const texts = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[SUMMARY_SHEETS.texts], { header: 1, defval: null });
    const unitTexts = texts.filter((r) => typeof r[0] === 'string' && typeof r[1] === 'string' && (r[0] as string).startsWith('Đảng ủy'));
    expect(unitTexts.length).toBeGreaterThan(30);
    for (const [unit, text] of unitTexts as string[][]) for (const word of [unit, ...text.split(/\s+/).slice(0, 5)]) expect(compiled).toContain(word);
    const text = await docxText(path.join(dir, 'bản sửa.docx'));
    expect(text).toContain('Số 77-BC/BTGDVTU');
    expect(text).toContain('Ban Thường vụ đã chỉ đạo sát sao việc học tập chuyên đề năm 2026.');
    expect(text).toContain('BÁO CÁO');
    expect(sha(edited)).toBe(before);
  });

  test('a file that is not a summary is refused with the reason', async () => {
    const unitFile = fs.readdirSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER)).find((f) => f.endsWith('.xlsx') && !f.includes('bản nháp'))!;
    const result = await run(['bao-cao', path.join(dir, DEMO_SUBMISSIONS_FOLDER, unitFile), '-o', path.join(dir, 'không.docx')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Tệp "${unitFile}" không phải bảng tổng hợp do phần mềm này lập, hoặc đã mất trang "Báo cáo tổng hợp".`);
    expect(fs.existsSync(path.join(dir, 'không.docx'))).toBe(false);
    expect((await run(['bao-cao', path.join(dir, 'không có.xlsx')])).err).toContain('Không tìm thấy bảng tổng hợp');
  });
});

describe('tonghop tong-hop', () => {
  test('never overwrites an existing summary without --ghi-de, and never touches the inputs', async () => {
    const target = path.join(dir, 'tong-hop-lai.xlsx');
    const args = ['tong-hop', path.join(dir, DEMO_SUBMISSIONS_FOLDER), '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026', '-o', target];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(first.out).toContain('25 đúng hạn, 3 nộp muộn, 1 chưa nộp, 1 không hợp lệ');
    const second = await run(args);
    expect(second.code).toBe(2);
    expect(second.err).toContain('đã có. Dùng --ghi-de để ghi đè');
    expect(first.out).toContain(`Đã ghi báo cáo Word: ${path.join(dir, 'tong-hop-lai.docx')}`);
    expect(first.out).toContain(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${path.join(dir, 'tong-hop-lai - Trích báo cáo các đơn vị.docx')}`);
    const withFeedback = await run([...args, '--ghi-de', '--phan-hoi', path.join(dir, 'phản hồi tổng hợp'), '--noi-nhan', 'Ban Tuyên giáo và Dân vận Trung ương (để báo cáo);Lưu Văn phòng']);
    expect(withFeedback.code).toBe(0);
    expect(withFeedback.err).not.toContain('nơi nhận');
    expect(withFeedback.out).toMatch(/Đã ghi \d+ tệp phản hồi cho các đơn vị vào thư mục: /);
    expect(fs.readdirSync(path.join(dir, 'phản hồi tổng hợp'))).toContain('Đảng ủy phường Đống Đa.txt');
    const noWord = path.join(dir, 'khong-word.xlsx');
    const without = await run([...args.slice(0, -1), noWord, '--khong-word']);
    expect(without.out).not.toContain('báo cáo Word');
    expect(fs.existsSync(path.join(dir, 'khong-word.docx'))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('khong-word'))).toEqual(['khong-word.xlsx']);
    expect((await run([...args.slice(0, -1), path.join(dir, 'trich.xlsx'), '--so-trang', '1'])).err).toContain('--so-trang: "1" phải là số trang, từ 2 đến 100.');
    for (const [f, h] of hashes) expect([f, sha(path.join(dir, DEMO_SUBMISSIONS_FOLDER, f))]).toEqual([f, h]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('reads a round from a JSON file and a registry from a spreadsheet', async () => {
    const round = path.join(dir, 'dot.json');
    const vanBan = { capTren: 'Tỉnh ủy Nghệ An' };
    fs.writeFileSync(round, JSON.stringify({ ky: '6 tháng', nam: 2026, hanNop: '19/06/2026', coQuan: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', danhSach: 'Danh sách đơn vị (mẫu).xlsx', vanBan }));
    const result = await run(['tong-hop', path.join(dir, DEMO_SUBMISSIONS_FOLDER), '--dot', round, '--hom-nay', '06/07/2026', '-o', path.join(dir, 'theo-dot.xlsx')]);
    expect(result.code).toBe(0);
    // The committee on top, named once; the place and Nơi nhận from it; room for the number.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'theo-dot.docx')));
    const lines = [...(await zip.file('word/document.xml')!.async('string')).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    for (const line of ['TỈNH ỦY NGHỆ AN', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BTGDVTU', 'Nghệ An, ngày 06 tháng 7 năm 2026', '- Thường trực Tỉnh ủy Nghệ An (để báo cáo),', '- Lưu Văn phòng.']) expect(lines).toContain(line);
    expect(result.err).not.toContain('nơi nhận');
    expect(result.out).toContain('hạn nộp 19/06/2026');
    expect(result.out).toMatch(/Nộp muộn 3 ngày/);
  });

  test('every entry of the folder is accounted for: linked reports and Word files are read, the rest listed as skipped with why', async () => {
    const folder = path.join(dir, 'thư mục có đủ thứ');
    fs.mkdirSync(path.join(folder, 'năm trước'), { recursive: true });
    // Three reports of wards in the registry, chosen by name: the order a folder lists its files in is the disk's, not ours.
    const reports = fs.readdirSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER)).filter((f) => f.endsWith('.xlsx') && f.includes(' - phường ')).sort().slice(0, 3);
    // Reports linked into the folder, as an office that keeps one copy of each file does.
    for (const f of reports) fs.symlinkSync(path.join(dir, DEMO_SUBMISSIONS_FOLDER, f), path.join(folder, f));
    fs.writeFileSync(path.join(folder, `~$${reports[0]}`), 'khóa');
    fs.writeFileSync(path.join(folder, 'Báo cáo đã ký.pdf'), '%PDF-1.7');
    fs.writeFileSync(path.join(folder, 'Công văn kèm theo.docx'), 'PK');
    fs.writeFileSync(path.join(folder, 'ghi chú.txt'), 'xem lại số liệu');
    fs.writeFileSync(path.join(folder, 'Thumbs.db'), '');
    fs.symlinkSync(path.join(dir, 'không còn.xlsx'), path.join(folder, 'lối tắt hỏng.xlsx'));
    const target = path.join(dir, 'đủ thứ.xlsx');
    const result = await run(['tong-hop', folder, '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--co-quan', 'Ban Tuyên giáo và Dân vận', '--hom-nay', '06/07/2026', '-o', target]);
    // No recipient named and no committee to name one from: only the archive, and the user is told.
    expect(result.err).toContain('Chú ý: báo cáo chưa có nơi nhận ngoài "Lưu Văn phòng". Ghi --noi-nhan');
    expect(result.code).toBe(0);
    // A .docx is read as a unit's Word report: this one is not a document at all, and is listed as unreadable.
    expect(result.out).toMatch(/4 tệp nhận được \(\d+ ngoài danh sách, 1 không đọc được/);
    expect(result.out).toMatch(/Công văn kèm theo\.docx +Không đọc được/);
    expect(result.out).toContain('bỏ qua 6 mục không phải báo cáo');
    for (const line of [`~$${reports[0]}: Bỏ qua: tệp tạm của Excel`, 'Báo cáo đã ký.pdf: Bỏ qua: tệp .pdf, không phải báo cáo bảng tính hay Word', 'ghi chú.txt: Bỏ qua: tệp .txt', 'Thumbs.db: Bỏ qua: tệp ẩn hoặc tệp hệ thống', 'lối tắt hỏng.xlsx: Bỏ qua: lối tắt (liên kết) trỏ tới tệp không còn tồn tại', 'năm trước: Bỏ qua: thư mục con']) {
      expect(result.out).toContain(line);
    }
    const status = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(fs.readFileSync(target)).Sheets[SUMMARY_SHEETS.status], { header: 1, defval: null });
    const skippedRows = status.filter((r) => r.includes('Bỏ qua'));
    const fileCol = status.find((r) => r.includes('Tệp'))!.indexOf('Tệp');
    expect(skippedRows.map((r) => r[fileCol]).sort()).toEqual(['Báo cáo đã ký.pdf', 'Thumbs.db', 'ghi chú.txt', 'lối tắt hỏng.xlsx', 'năm trước', `~$${reports[0]}`].sort());
  });

  test('explains missing settings in Vietnamese', async () => {
    const noRegistry = await run(['tong-hop', dir, '--ky', 'Q1', '--nam', '2026']);
    expect(noRegistry).toEqual(expect.objectContaining({ code: 2, err: expect.stringContaining('Cần danh sách đơn vị') }));
    const badKind = await run(['tong-hop', dir, '--ky', 'Q5', '--nam', '2026', '--danh-sach-mau']);
    expect(badKind.err).toContain('không phải kỳ báo cáo');
    const unknownOption = await run(['tong-hop', dir, '--bogus']);
    expect(unknownOption).toEqual(expect.objectContaining({ code: 2, err: 'Tùy chọn không hợp lệ: --bogus. Xem "tonghop tong-hop --help".' }));
    // A command's mistakes point to its own help, by its name or its English alias.
    expect((await run(['remind', dir, '--bogus'])).err).toBe('Tùy chọn không hợp lệ: --bogus. Xem "tonghop don-doc --help".');
    expect((await run(['kiem-tra'])).err).toContain('Xem "tonghop kiem-tra --help".');
    expect((await run(['--bogus'])).err).toBe('Tùy chọn không hợp lệ: --bogus. Xem "tonghop --help".');
  });

  test('the commands that run a round accept the same round options, declared once', () => {
    const program = buildProgram({ out: () => undefined, err: () => undefined, errIsTty: false });
    const optionsOf = (name: string) => program.commands.find((c) => c.name() === name)?.options.map((o) => o.long) ?? [];
    const round = optionsOf('don-doc').filter((o) => !['--ra'].includes(o ?? ''));
    expect(round).toEqual(expect.arrayContaining(['--ky', '--danh-sach', '--phan-hoi', '--gioi-han-giay', '--ky-truoc', '--nguoi-lap', '--noi-nhan', '--han-moi', '--cong-ca-ban-sao']));
    for (const name of ['kiem-tra', 'tong-hop']) expect([name, optionsOf(name)]).toEqual([name, expect.arrayContaining(round)]);
  });
});

describe('tonghop kiem-tra', () => {
  test('exits 1 when a file has errors, 0 when it is ready to send', async () => {
    const folder = path.join(dir, DEMO_SUBMISSIONS_FOLDER);
    const bad = fs.readdirSync(folder).find((f) => f.includes('Đống Đa'))!;
    const good = fs.readdirSync(folder).find((f) => f.includes('Ba Đình'))!;
    const withErrors = await run(['kiem-tra', path.join(folder, bad), '--hom-nay', '06/07/2026']);
    expect(withErrors.code).toBe(1);
    expect(withErrors.out).toContain('Lỗi [Số liệu!D');
    expect(withErrors.out).toContain('3 lỗi');
    const clean = await run(['kiem-tra', path.join(folder, good), '--danh-sach-mau', '--ky', 'H1', '--nam', '2026', '--hom-nay', '06/07/2026']);
    expect(clean).toEqual(expect.objectContaining({ code: 0, out: expect.stringContaining('Sẵn sàng gửi') }));
  });

  test('a file that is not a spreadsheet gets a clear message, and --json gives machine-readable output', async () => {
    const pdf = path.join(dir, 'nham.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.4 not really');
    const result = await run(['kiem-tra', pdf, '--json']);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.out);
    expect(parsed[0].loi[0]).toEqual(expect.objectContaining({ code: 'FILE_NOT_SPREADSHEET', thongBao: expect.stringContaining('tệp PDF') }));
  });
});

describe('tonghop mau', () => {
  test('writes a template for a unit and period, and refuses to overwrite', async () => {
    const target = path.join(dir, 'mau.xlsx');
    const args = ['mau', '--ky', 'Q3', '--nam', '2026', '--danh-sach-mau', '--don-vi', 'phường Yên Hoà', '-o', target];
    const made = await run(args);
    expect(made.code).toBe(0);
    expect(made.out).toContain('Đã tạo mẫu báo cáo Quý III/2026 (mẫu hn-kl01, phiên bản 1; hạn nộp 21/09/2026)');
    const wb = XLSX.read(fs.readFileSync(target));
    const info = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Thông tin chung'], { header: 1, defval: null });
    expect(info.find((r) => r[0] === 'don_vi')![2]).toBe('Đảng ủy phường Yên Hòa');
    expect(info.find((r) => r[0] === 'ky_bao_cao')![2]).toBe('Quý III');
    expect((await run(args)).code).toBe(2);
  });

  test('help is in Vietnamese', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('tổng hợp các tệp báo cáo của một đợt');
    expect(help.out).toContain('xem hướng dẫn');
  });
});
