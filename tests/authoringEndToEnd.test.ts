import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { main } from '../src/cli/tonghop';
import { parseReportTemplateText } from '../src/core/template/parseReportTemplate';
import { isCount, type ReportTemplate } from '../src/core/template/ReportTemplate';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { SUMMARY_SHEETS } from '../src/core/workbook/buildSummaryWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { makeSampleEntries } from '../src/sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { PERIOD_H1_2026 } from './helpers/builders';
import { openForEditing, saveEdited, setCell } from './helpers/sheetEdits';

// An office writes next year's template in Excel, publishes it to its catalogue, and runs a round
// in which some units still send last year's version: all through the command line.
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

let dir: string;
const author = () => path.join(dir, 'Soạn mẫu 2027.xlsx');
const catalogue = () => path.join(dir, 'danh-muc');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-soan-mau-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The author's edits: version 2, a new context figure and a new rule, a new section. */
function editForVersion2(bytes: Uint8Array): Uint8Array {
  const wb = openForEditing(bytes);
  setCell(wb, 'Cài đặt', 'B3', 2);
  setCell(wb, 'Cài đặt', 'B7', '16/11/2026');
  // Indicators end at row 26 (25 rows under the header); spare rows follow.
  for (const [row, values] of [
    [27, ['tong_chi_bo', 'chung', 'Tổng số chi bộ trực thuộc', 'chi bộ', 'số đếm', 0, '', '', 'có']],
    [28, ['chi_bo_chuyen_de', 'II.7', 'Chi bộ sinh hoạt chuyên đề về học tập và làm theo Bác', 'chi bộ', 'số đếm', 0, '', 'tong_chi_bo', '']],
  ] as const) {
    values.forEach((v, i) => setCell(wb, 'Chỉ tiêu', `${String.fromCharCode(65 + i)}${row}`, v));
  }
  // The outline ends with IV.2 on row 16: part IV's sections; a new section II.7 goes at the end
  // of part II instead, so insert it by rewriting rows 10–17.
  const outline = wb.Sheets['Đề cương'];
  const rows: (string | number)[][] = [];
  for (let r = 10; r <= 16; r++) rows.push(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => outline[`${c}${r}`]?.v ?? ''));
  ['II.7', 'Việc thực hiện chuyên đề năm ở chi bộ', 2, '6 tháng đầu năm, 9 tháng đầu năm, Năm', 150, ''].forEach((v, i) => setCell(wb, 'Đề cương', `${String.fromCharCode(65 + i)}10`, v));
  rows.forEach((values, k) => values.forEach((v, i) => setCell(wb, 'Đề cương', `${String.fromCharCode(65 + i)}${11 + k}`, v)));
  return saveEdited(wb);
}

test('soan-mau --tao writes an author workbook from the built-in template', async () => {
  const r = await run(['soan-mau', '--tao', author()]);
  expect(r).toMatchObject({ code: 0 });
  expect(r.out).toContain('Đã tạo sổ soạn mẫu từ mẫu "hn-kl01" phiên bản 1');
  const again = await run(['soan-mau', '--tao', author()]);
  expect(again.code).toBe(2);
  expect(again.err).toContain('--ghi-de');
});

test('mistakes are listed with their sheet and cell, and nothing is written', async () => {
  const wb = openForEditing(fs.readFileSync(author()));
  setCell(wb, 'Chỉ tiêu', 'A7', 'dv_hoc_tap');
  setCell(wb, 'Chỉ tiêu', 'K6', '');
  const bad = path.join(dir, 'Soạn mẫu lỗi.xlsx');
  fs.writeFileSync(bad, saveEdited(wb));
  const r = await run(['soan-mau', bad]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('Sổ soạn mẫu "Soạn mẫu lỗi.xlsx" còn 3 lỗi, chưa tạo tệp mẫu:');
  expect(r.err).toContain('Trang "Chỉ tiêu", ô K6: Tỷ lệ "ty_le_hoc_tap" chưa có mẫu số.');
  expect(r.err).toContain('Trang "Chỉ tiêu", ô A7: Mã chỉ tiêu "dv_hoc_tap" bị trùng.');
  expect(r.err).toContain('Trang "Chỉ tiêu", ô N7: Câu mẫu của chỉ tiêu "dv_hoc_tap" có chỗ điền {luot_quan_chung}');
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual([]);
});

let v2: ReportTemplate;

test('soan-mau turns the edited workbook into a template file, a preview and a catalogue entry', async () => {
  fs.writeFileSync(author(), editForVersion2(fs.readFileSync(author())));
  const r = await run(['soan-mau', author(), '--danh-muc', catalogue(), '--hom-nay', '22/11/2026']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('(mã hn-kl01, phiên bản 2): 13 mục, 27 chỉ tiêu.');
  const parsed = parseReportTemplateText(fs.readFileSync(path.join(dir, 'hn-kl01.v2.json'), 'utf8'));
  expect(parsed.ok).toBe(true);
  v2 = (parsed as { template: ReportTemplate }).template;
  expect(v2.published).toBe('2026-11-16');
  expect(v2.sections.find((s) => s.code === 'II.7')).toMatchObject({ group: 'II', requiredFor: ['H1', 'M9', 'Y'], minLength: 150 });
  expect(v2.indicators.find((i) => i.code === 'chi_bo_chuyen_de')).toMatchObject({ section: 'II.7', atMost: 'tong_chi_bo' });
  const preview = readWorkbookGrid(new Uint8Array(fs.readFileSync(path.join(dir, 'hn-kl01.v2 - xem trước.xlsx'))));
  expect(preview.ok && preview.grid.names.some((n) => n.name === 'TH_SL_tong_chi_bo')).toBe(true);
  const index = JSON.parse(fs.readFileSync(path.join(catalogue(), 'index.json'), 'utf8'));
  expect(index.templates).toEqual([expect.objectContaining({ file: 'hn-kl01.v2.json', id: 'hn-kl01', version: 2, published: '2026-11-16' })]);
  expect(fs.readFileSync(path.join(catalogue(), 'hn-kl01.v2.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'hn-kl01.v2.json'), 'utf8'));
});

test('mau, filled by units, then tong-hop accepting version 1 too: exact totals for shared figures', async () => {
  const made = await run(['mau', '--danh-muc', catalogue(), '--mau', 'hn-kl01', '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '-o', path.join(dir, 'mẫu.xlsx')]);
  expect(made.out).toContain('mẫu hn-kl01, phiên bản 2');
  const inbox = path.join(dir, 'nhận');
  fs.mkdirSync(inbox);
  const expected: Record<string, number> = { tong_dang_vien: 0, dv_hoc_tap: 0, tong_chi_bo: 0 };
  for (let i = 0; i < 6; i++) {
    const template = i < 2 ? DEFAULT_TEMPLATE : v2;
    const unit = SAMPLE_REGISTRY.units[i];
    const { entries, figures } = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 500 + i, template });
    const own: Record<string, number> = {};
    for (const ind of template.indicators.filter(isCount)) own[ind.code] = figures[ind.code] ?? (ind.code === 'tong_chi_bo' ? 30 + i : 10 + i);
    entries.indicators = own;
    if (template === v2) entries.sections = { ...entries.sections, 'II.7': 'Các chi bộ duy trì sinh hoạt chuyên đề hằng quý, mỗi buổi gắn một lời dạy của Bác với một việc làm cụ thể của chi bộ; kết quả được đánh giá công khai trong kỳ sinh hoạt sau.' };
    for (const code of Object.keys(expected)) expected[code] += own[code] ?? 0;
    const spec = buildTemplateWorkbook(template, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
    fs.writeFileSync(path.join(inbox, `${unit.name}.xlsx`), await writeWorkbook(fillTemplateWorkbook(spec, template, entries)));
  }
  const target = path.join(dir, 'Tổng hợp.xlsx');
  const onlyV2 = await run(['tong-hop', inbox, '--danh-muc', catalogue(), '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--han-nop', '22/06/2026', '--hom-nay', '06/07/2026', '-o', path.join(dir, 'chỉ v2.xlsx')]);
  expect(onlyV2.out).toContain('2 không hợp lệ');
  const r = await run(['tong-hop', inbox, '--danh-muc', catalogue(), '--nhan-phien-ban', '1', '--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--han-nop', '22/06/2026', '--hom-nay', '06/07/2026', '-o', target]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Phiên bản mẫu: phiên bản 2: 4 đơn vị; phiên bản 1: 2 đơn vị.');
  expect(r.out).toContain('Chỉ tiêu "Tổng số chi bộ trực thuộc" (tong_chi_bo): chỉ có ở phiên bản 2; tổng chỉ tính trên 4 đơn vị');
  const read = readWorkbookGrid(new Uint8Array(fs.readFileSync(target)));
  if (!read.ok) throw new Error('summary unreadable');
  const sheet = read.grid.sheets.find((s) => s.name === SUMMARY_SHEETS.figures)!;
  const codeRow = sheet.rows.findIndex((row) => row?.includes('tong_dang_vien'));
  const totalRow = sheet.rows.findIndex((row) => row?.some((v) => typeof v === 'string' && v.startsWith('TỔNG CỘNG')));
  for (const code of Object.keys(expected)) expect([code, sheet.rows[totalRow][sheet.rows[codeRow].indexOf(code)]]).toEqual([code, expected[code]]);
});

test('kiem-tra: a version 2 report is unknown without the new template, and checked with --tep-mau', async () => {
  const file = fs.readdirSync(path.join(dir, 'nhận')).map((f) => path.join(dir, 'nhận', f)).find((f) => f.includes(SAMPLE_REGISTRY.units[3].name))!;
  const without = await run(['kiem-tra', file, '--hom-nay', '06/07/2026']);
  expect(without.code).toBe(1);
  expect(without.out).toContain('phiên bản 2, nhưng phần mềm chỉ có phiên bản 1');
  const withFile = await run(['kiem-tra', file, '--tep-mau', path.join(dir, 'hn-kl01.v2.json'), '--hom-nay', '06/07/2026', '--danh-sach-mau']);
  expect(withFile.out).toContain('Không có lỗi hay cảnh báo');
  expect(withFile.code).toBe(0);
});
