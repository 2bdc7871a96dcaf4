import { execFileSync } from 'node:child_process';
import { hasTools, toPdf, withLibreOffice } from './helpers/libreOffice';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { runDemo } from '../src/cli/runDemo';
import { readSummaryReport } from '../src/core/workbook/read/readSummaryReport';
import { BUILTIN_TEMPLATES } from '../src/core/template/builtinTemplates';
import { checkSubmissionGrid } from '../src/core/validation/checkSubmissionGrid';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { formatVietnameseNumber } from '../src/core/text/formatVietnameseNumber';

const maybe = withLibreOffice;

const outDir = path.join(__dirname, '..', 'out', 'pdf');


// One demo run serves every test here: its template, summary and Word report.
let work: string;
let demo: Awaited<ReturnType<typeof runDemo>>;
beforeAll(async () => {
  if (!hasTools && !process.env.CI) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-lo-'));
  demo = await runDemo(work, { out: () => undefined });
  fs.mkdirSync(outDir, { recursive: true });
}, 120_000);
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

maybe(
  'the template and the summary open in LibreOffice and print their content',
  () => {
    const templatePdf = toPdf(demo.templatePath, work);
    const summaryPdf = toPdf(demo.summaryPath, work);
    const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    const t = text(templatePdf);
    for (const expected of ['MẪU BÁO CÁO', 'CÁCH ĐIỀN MẪU', 'THÔNG TIN CHUNG', 'NỘI DUNG BÁO CÁO', 'SỐ LIỆU', 'Tổng số đảng viên của đảng bộ']) expect(t).toContain(expected);
    const s = text(summaryPdf);
    for (const expected of ['BẢNG TỔNG HỢP BÁO CÁO', 'TÌNH HÌNH NỘP BÁO CÁO', 'Nộp muộn 9 ngày', 'TỔNG CỘNG', 'KẾT QUẢ KIỂM TRA']) expect(s).toContain(expected);
    fs.copyFileSync(templatePdf, path.join(outDir, 'mau-bao-cao.pdf'));
    fs.copyFileSync(summaryPdf, path.join(outDir, 'tong-hop.pdf'));
    // The roll-up report as a person sees it printed: its pages as PNGs under out/rollup/.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [summaryPdf], { encoding: 'utf8' }))![1]);
    const formPages: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      if (page.includes('ĐẢNG CỘNG SẢN VIỆT NAM') || (formPages.length > 0 && formPages[formPages.length - 1] === p - 1 && !page.includes('TÌNH HÌNH NỘP BÁO CÁO'))) formPages.push(p);
    }
    expect(formPages.length).toBeGreaterThan(0);
    const rollup = path.join(__dirname, '..', 'out', 'rollup');
    fs.rmSync(rollup, { recursive: true, force: true });
    fs.mkdirSync(rollup, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(formPages[0]), '-l', String(formPages[formPages.length - 1]), summaryPdf, path.join(rollup, 'bao-cao-tong-hop')]);
    const first = execFileSync('pdftotext', ['-f', String(formPages[0]), '-l', String(formPages[0]), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const expected of ['THÀNH ỦY (DỮ LIỆU MẪU)', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số 45-BC/BTGDVTU', 'Hà Nội, ngày 06 tháng 7 năm 2026', 'BÁO CÁO']) expect(first).toContain(expected);
    const last = execFileSync('pdftotext', ['-f', String(formPages[formPages.length - 1]), '-l', String(formPages[formPages.length - 1]), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const expected of ['Nơi nhận:', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Người Ký Mẫu']) expect(last).toContain(expected);
    expect(fs.readdirSync(rollup).filter((f) => f.endsWith('.png')).length).toBe(formPages.length);
  },
  240_000,
);

maybe(
  'the Word report converts to an A4 PDF with its header, headings, totals and signature',
  () => {
    const pdf = toPdf(demo.reportPath, work);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // A4 portrait is 595 × 842 points.
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    const expected = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'Số 45-BC/BTGDVTU', 'Nơi nhận:', 'K/T TRƯỞNG BAN', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'TỔNG CỘNG'];
    for (const e of expected) expect(text).toContain(e);
    for (const section of DEFAULT_TEMPLATE.sections) expect(text.toLocaleUpperCase('vi')).toContain(section.title.toLocaleUpperCase('vi').slice(0, 40));
    // The total of party members as a Vietnamese number, as in the summary.
    const summary = XLSX.read(fs.readFileSync(demo.summaryPath));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(summary.Sheets['Số liệu'], { header: 1, defval: null });
    const codeRow = rows.findIndex((r) => r.includes('tong_dang_vien'));
    const total = rows.find((r) => r[2] === 'TỔNG CỘNG')![rows[codeRow].indexOf('tong_dang_vien')] as number;
    expect(text).toContain(`${formatVietnameseNumber(total)} người`);
    // The first page and an appendix page as PNGs, for a person to look at.
    const shots = path.join(__dirname, '..', 'out', 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    let appendixPage = pages;
    for (let p = 1; p <= pages; p++) {
      if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).includes('Phụ lục 1')) {
        appendixPage = p;
        break;
      }
    }
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, path.join(shots, 'bao-cao-word-trang-1')]);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(appendixPage), '-l', String(appendixPage), pdf, path.join(shots, 'bao-cao-word-phu-luc-1')]);
    expect(fs.existsSync(path.join(shots, 'bao-cao-word-trang-1.png'))).toBe(true);
    expect(fs.existsSync(path.join(shots, 'bao-cao-word-phu-luc-1.png'))).toBe(true);
    fs.copyFileSync(pdf, path.join(outDir, 'bao-cao-word.pdf'));
  },
  240_000,
);

/** Opens a workbook in LibreOffice recalculating every formula (as Excel does on save) and saves it as .xlsx. */
function recalculate(file: string, workDir: string): string {
  const profile = path.join(workDir, 'lo-recalc-profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  // LibreOffice keeps the cached results of .xlsx files unless told to recalculate on load.
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  const outDir = path.join(workDir, 'recalculated');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  return path.join(outDir, path.basename(file));
}

maybe(
  'marks changed on "Điển hình": once the spreadsheet recalculates, BC Điển hình, the report\'s list, the level above and the Word report follow',
  () => {
    const wb = XLSX.read(fs.readFileSync(demo.summaryPath), { cellFormula: true, cellStyles: true });
    const sheet = wb.Sheets['Điển hình'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, blankrows: true });
    const header = rows.findIndex((r) => r.includes('Gửi cấp trên'));
    const [markCol, kindCol, nameCol] = ['Gửi cấp trên', 'Tập thể / Cá nhân', 'Tên tập thể hoặc họ và tên'].map((h) => rows[header].indexOf(h));
    const proposals = rows.slice(header + 1).filter((r) => typeof r[nameCol] === 'string' && r[nameCol] !== '');
    // The office unmarks the first tập thể and marks the third one instead.
    const tapThe = proposals.map((r, i) => ({ r, i })).filter(({ r }) => r[kindCol] === 'Tập thể');
    const unmark = tapThe[0].i;
    const mark = tapThe[2].i;
    sheet[XLSX.utils.encode_cell({ r: header + 1 + unmark, c: markCol })] = { t: 's', v: '' };
    sheet[XLSX.utils.encode_cell({ r: header + 1 + mark, c: markCol })] = { t: 's', v: 'x' };
    const edited = path.join(work, 'đã đổi dấu.xlsx');
    XLSX.writeFile(wb, edited);
    const saved = recalculate(edited, work);
    const read = readWorkbookGrid(new Uint8Array(fs.readFileSync(saved)));
    if (!read.ok) throw new Error('unreadable');
    // The level above reads the new choice: the third tập thể and the cá nhân kept.
    const checked = checkSubmissionGrid(read.grid, BUILTIN_TEMPLATES, { today: '2026-07-06' });
    if (!('report' in checked)) throw new Error('refused');
    const caNhan = proposals.find((r, i) => r[kindCol] === 'Cá nhân' && rows[header + 1 + i][markCol] === 'x');
    expect(checked.report.nominations.map((n) => n.values['ten'])).toEqual(expect.arrayContaining([proposals[mark][nameCol], caNhan?.[nameCol]]));
    expect(checked.report.nominations.map((n) => n.values['ten'])).not.toContain(proposals[unmark][nameCol]);
    expect(checked.report.nominations).toHaveLength(2);
    // The report's own list follows; bao-cao's Word appendix too, with no warning.
    const form = read.grid.sheets.find((s) => s.name === 'Báo cáo tổng hợp')!.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(form.some((line) => /^\d\. Tập thể: /.test(line) && line.includes(proposals[mark][nameCol] as string))).toBe(true);
    const report = readSummaryReport(read.grid, BUILTIN_TEMPLATES, 'đã đổi dấu.xlsx');
    if (!('content' in report)) throw new Error('not a summary');
    expect(report.issues.map((i) => i.code)).toEqual([]);
    expect(report.content.nominations.map((n) => n.values['ten'])).toContain(proposals[mark][nameCol]);
  },
  240_000,
);
