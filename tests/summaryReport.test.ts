import * as XLSX from 'xlsx';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { compareWithPrevious } from '../src/core/consolidation/compareWithPrevious';
import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import type { PreviousPeriod } from '../src/core/consolidation/Consolidation';
import { buildReportDocument } from '../src/core/document/buildReportDocument';
import type { DocumentSpec } from '../src/core/document/DocumentSpec';
import { reportContentOf } from '../src/core/document/ReportContent';
import { readSummaryReport } from '../src/core/workbook/read/readSummaryReport';
import { formatIssue } from '../src/core/issues/issueMessages';
import { ROLLUP_SHEETS } from '../src/core/workbook/rollUpLayout';
import { buildSummaryWorkbook, SUMMARY_SHEETS } from '../src/core/workbook/buildSummaryWorkbook';
import type { WorkbookGrid } from '../src/core/workbook/WorkbookGrid';
import { makeInput, makeOfficialDocument, makeRegistry, PERIOD_H1_2026, TEMPLATE } from './helpers/builders';

const registry = makeRegistry(6);
const document = makeOfficialDocument();
const previous: PreviousPeriod = {
  label: 'Quý I/2026',
  totals: {},
  reportedUnitCodes: [registry.units[0].code, registry.units[1].code],
  byUnit: { [registry.units[0].code]: { tong_dang_vien: 800, dv_hoc_tap: 700 }, [registry.units[1].code]: { tong_dang_vien: 1_500, dv_hoc_tap: 1_400 } },
};

function round() {
  const inputs = [0, 1, 2].map((i) =>
    makeInput(`dv${i}.xlsx`, {
      unit: registry.units[i],
      values: { tong_dang_vien: 1_000 * (i + 1), dv_hoc_tap: 900 * (i + 1) },
      text: { 'II.1': `Đã tổ chức quán triệt tại ${registry.units[i].name}.\nHọc tập chuyên đề năm 2026.`, 'II.2': i === 1 ? '' : `Tuyên truyền ở ${registry.units[i].name}.` },
      nominations: i === 0 ? [{ kind: 'Tập thể', name: 'Chi bộ Tổ dân phố số 3' }] : i === 2 ? [{ kind: 'Tập thể', name: 'Chi bộ Khu phố 5' }] : [],
    }),
  );
  inputs.push(makeInput('dv3.xlsx', { unit: registry.units[3], errors: ['INDICATOR_NEGATIVE'] }));
  inputs.push(makeInput('dv4.xlsx', { unit: registry.units[4], reportDate: '2026-06-25' }));
  return consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: document.issuer, previous }, inputs);
}

async function summaryBytes(): Promise<{ bytes: Uint8Array; expected: DocumentSpec }> {
  const c = round();
  const bytes = await writeWorkbook(buildSummaryWorkbook(c, { generatedOn: '2026-07-06', document }));
  return { bytes, expected: buildReportDocument(reportContentOf(c, compareWithPrevious(c)), { document }) };
}

function rebuild(grid: WorkbookGrid) {
  const read = readSummaryReport(grid, [TEMPLATE], 'Tổng hợp.xlsx');
  if (!('content' in read)) throw new Error(read.failure.map(formatIssue).join('\n'));
  // The body from the form's synthesis, as rebuildReport builds it.
  return { ...read, spec: buildReportDocument(read.content, { document: read.document }) };
}

const gridOf = (bytes: Uint8Array): WorkbookGrid => {
  const read = readWorkbookGrid(bytes);
  if (!read.ok) throw new Error('unreadable');
  return read.grid;
};

/** Every paragraph's text, tables included, in order. */
function textsOf(spec: DocumentSpec): string[] {
  const out: string[] = [];
  const walk = (blocks: DocumentSpec['sections'][number]['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
      else for (const row of b.rows) for (const cell of row.cells) walk(cell.paragraphs);
    }
  };
  for (const s of spec.sections) walk(s.blocks);
  return out;
}

test('rebuilt from an unedited summary, the Word report is the one tong-hop wrote', async () => {
  const { bytes, expected } = await summaryBytes();
  const { spec, issues } = rebuild(gridOf(bytes));
  expect(issues).toEqual([]);
  // The issuer is read back as printed (capitals); everything the document shows is the same.
  expect({ ...spec, creator: '' }).toEqual({ ...expected, creator: '' });
  const text = textsOf(spec).join('\n');
  expect(text).toContain('Các số so với kỳ trước (Quý I/2026) tính trên 2 đơn vị báo cáo cả hai kỳ.');
  expect(text).toContain('Chi bộ Tổ dân phố số 3');
  expect(text).toContain(`1 đơn vị gửi báo cáo còn lỗi, chưa được tổng hợp (${registry.units[3].name})`);
});

test('what the officer edited in the summary is what the Word report says', async () => {
  const { bytes } = await summaryBytes();
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
  const form = wb.Sheets[ROLLUP_SHEETS.form];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(form, { header: 1, blankrows: true, defval: null });
  const rowOf = (pred: (text: string) => boolean, col = 1) => rows.findIndex((r) => typeof r[col] === 'string' && pred(r[col] as string));
  const set = (row: number, col: number, v: string) => (form[XLSX.utils.encode_cell({ r: row, c: col })] = { t: 's', v });
  set(3, 1, 'Số 99-BC/BTGDVTU');
  set(3, 2, 'Tân An, ngày 10 tháng 7 năm 2026');
  set(rowOf((t) => t === 'BÁO CÁO') + 1, 1, 'kết quả công tác tuyên giáo 6 tháng đầu năm 2026 (đã sửa)');
  // The officer rewrites a synthesised paragraph, deletes another, and writes a paragraph of their own.
  const first = rowOf((t) => t.startsWith('Đã tổ chức quán triệt tại'));
  set(first, 1, 'Ban đã chỉ đạo các đơn vị triển khai đầy đủ.\nCác đơn vị đã quán triệt cho toàn bộ đảng viên.');
  const second = rowOf((t) => t.startsWith('Tuyên truyền ở'));
  set(second, 1, '');
  const recipients = rowOf((t) => t === 'Nơi nhận:');
  set(recipients + 2, 1, '- Thường trực Tỉnh ủy và Ủy ban Kiểm tra (để báo cáo),');
  set(recipients, 2, 'T/M BAN THƯỜNG VỤ');
  set(recipients + 1, 2, 'PHÓ BÍ THƯ');
  set(recipients + 6, 2, 'Lê Văn Mới');
  const { spec, document: doc } = rebuild(gridOf(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)));
  const paragraphs = textsOf(spec);
  expect(doc).toMatchObject({ number: '99-BC/BTGDVTU', place: 'Tân An', date: '2026-07-10', issuerKind: 'committee', signer: 'deputy', signerName: 'Lê Văn Mới' });
  for (const line of ['Số 99-BC/BTGDVTU', 'Tân An, ngày 10 tháng 7 năm 2026', 'kết quả công tác tuyên giáo 6 tháng đầu năm 2026 (đã sửa)', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Văn Mới', '- Thường trực Tỉnh ủy và Ủy ban Kiểm tra (để báo cáo),']) {
    expect(paragraphs).toContain(line);
  }
  expect(paragraphs).toContain('Ban đã chỉ đạo các đơn vị triển khai đầy đủ.');
  expect(paragraphs).toContain('Các đơn vị đã quán triệt cho toàn bộ đảng viên.');
  expect(paragraphs.some((p) => p.startsWith('Đã tổ chức quán triệt tại'))).toBe(false);
  expect(paragraphs.some((p) => p.startsWith('Tuyên truyền ở'))).toBe(false);
  // The rewritten paragraph keeps the units written beside it, as its comment.
  const commented = spec.sections[0].blocks.filter((b) => b.kind === 'paragraph' && b.comment).map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
  expect(commented).toContain('Ban đã chỉ đạo các đơn vị triển khai đầy đủ.');
});

test('a figure corrected in "Số liệu" (Excel recomputes the totals) reaches the sentences and Phụ lục 1', async () => {
  const { bytes } = await summaryBytes();
  const grid = gridOf(bytes);
  const figures = grid.sheets.find((s) => s.name === SUMMARY_SHEETS.figures)!;
  const codeRow = figures.rows.findIndex((r) => r?.includes('tong_dang_vien'));
  const col = figures.rows[codeRow].indexOf('tong_dang_vien');
  const unitRow = figures.rows.findIndex((r) => r?.[2] === registry.units[0].name);
  figures.rows[unitRow][col] = 1_234;
  // What Excel's recalculation leaves: the total row and the form's named cell follow the unit's figure.
  const totalRow = figures.rows.findIndex((r) => r?.[2] === 'TỔNG CỘNG');
  const total = (figures.rows[totalRow][col] as number) - 1_000 + 1_234;
  figures.rows[totalRow][col] = total;
  const name = grid.names.find((n) => n.sheet === ROLLUP_SHEETS.form && n.name.includes('tong_dang_vien'))!;
  grid.sheets.find((s) => s.name === ROLLUP_SHEETS.form)!.rows[name.row][name.col] = total;
  const { spec } = rebuild(grid);
  const text = textsOf(spec);
  expect(text.join('\n')).toContain(`là ${total.toLocaleString('de-DE')} người`);
  expect(text).toContain('1.234');
});

test('a date line that does not read is said, and the summary\'s report date used', async () => {
  const { bytes } = await summaryBytes();
  const grid = gridOf(bytes);
  grid.sheets.find((s) => s.name === ROLLUP_SHEETS.form)!.rows[3][2] = 'Tân An, tháng Bảy';
  const { issues, document: doc } = rebuild(grid);
  expect(issues.map((i) => i.code)).toEqual(['SUMMARY_DATE_UNREADABLE']);
  expect(formatIssue(issues[0])).toContain('"Tân An, tháng Bảy"');
  expect(doc.date).toBe('2026-07-06');
});

test('a unit\'s report, or a summary without its sheets, is refused with the reason', async () => {
  const { bytes } = await summaryBytes();
  const grid = gridOf(bytes);
  const without = { ...grid, sheets: grid.sheets.filter((s) => s.name !== ROLLUP_SHEETS.form) };
  const read = readSummaryReport(without, [TEMPLATE], 'Tổng hợp.xlsx');
  expect('failure' in read && read.failure.map(formatIssue)).toEqual([
    'Tệp "Tổng hợp.xlsx" không phải bảng tổng hợp do phần mềm này lập, hoặc đã mất trang "Báo cáo tổng hợp". Đề nghị chọn tệp bảng tổng hợp mà lệnh tong-hop đã ghi (đã sửa trong Excel cũng được, miễn giữ nguyên các trang tính).',
  ]);
  const empty = readSummaryReport({ sheets: [], names: [], date1904: false }, [TEMPLATE], 'x.xlsx');
  expect('failure' in empty && empty.failure[0].code).toBe('TEMPLATE_NOT_RECOGNISED');
});

test('marks over the guidance on "Điển hình" are warned about before the summary goes up', async () => {
  const { bytes } = await summaryBytes();
  const grid = gridOf(bytes);
  expect(rebuild(grid).issues).toEqual([]);
  const sheet = grid.sheets.find((s) => s.name === SUMMARY_SHEETS.nominations)!;
  const header = sheet.rows.findIndex((r) => r?.includes('Gửi cấp trên'));
  const markCol = sheet.rows[header].indexOf('Gửi cấp trên');
  // Pre-marked: the first tập thể only; the office marks the second one too.
  expect(sheet.rows.slice(header + 1).map((r) => r?.[markCol])).toEqual(['x', '']);
  sheet.rows[header + 2][markCol] = 'X';
  const { issues } = rebuild(grid);
  expect(issues.map(formatIssue)).toEqual(['Đã đánh dấu gửi cấp trên 2 tập thể, nhiều hơn 1 theo hướng dẫn. Đề nghị bỏ bớt dấu ở cột "Gửi cấp trên" (trang "Điển hình") trước khi gửi, để cấp trên không phải chọn lại.']);
});
