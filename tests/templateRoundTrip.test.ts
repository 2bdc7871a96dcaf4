import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { convertWorkbook } from '../src/adapters/sheetjs/convertWorkbook';
import { defaultDeadline } from '../src/core/period/ReportingPeriod';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { checkSubmissionGrid } from '../src/core/validation/checkSubmissionGrid';
import type { CheckedReport } from '../src/core/validation/CheckedReport';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { TEMPLATE_SHEETS } from '../src/core/workbook/templateLayout';
import { chooseSheetsToRead } from '../src/core/workbook/extractSubmission';
import { checkFileBytes } from '../src/app/checkFileBytes';
import { makeSampleEntries } from '../src/sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { PERIOD_H1_2026 } from './helpers/builders';
import { insertRows, openForEditing, renameSheet, saveEdited, setCell } from './helpers/sheetEdits';

const unit = SAMPLE_REGISTRY.units[5];
const template = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: defaultDeadline(PERIOD_H1_2026) });
const { entries, figures } = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 7, template: DEFAULT_TEMPLATE });
const context = { today: '2026-07-06', period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY };

let filled: Uint8Array;
beforeAll(async () => {
  filled = await writeWorkbook(fillTemplateWorkbook(template, DEFAULT_TEMPLATE, entries));
});

function check(bytes: Uint8Array): CheckedReport {
  const read = readWorkbookGrid(bytes);
  if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.issues)}`);
  const result = checkSubmissionGrid(read.grid, [DEFAULT_TEMPLATE], context);
  if (!('report' in result)) throw new Error(`refused: ${JSON.stringify(result.failure)}`);
  return result.report;
}

function expectSameValues(report: CheckedReport): void {
  expect(report.unit?.code).toBe(unit.code);
  expect(report.periodKind).toBe('H1');
  expect(report.year).toBe(2026);
  expect(report.from).toBe(PERIOD_H1_2026.from);
  expect(report.to).toBe(PERIOD_H1_2026.to);
  expect(report.reportDate).toBe('2026-06-18');
  expect(report.values).toEqual(figures);
  for (const [code, text] of Object.entries(entries.sections!)) expect([code, report.text[code]]).toEqual([code, text]);
  expect(report.nominations.map((n) => n.values)).toEqual(entries.nominations!.map((n) => ({ ...n, ghi_chu: '' })));
}

test('template → filled → read gives back every value, with no issue', () => {
  const report = check(filled);
  expectSameValues(report);
  expect(report.issues).toEqual([]);
});

test('rows inserted above the inputs and a renamed sheet still read correctly (by defined name)', () => {
  const wb = openForEditing(filled);
  insertRows(wb, TEMPLATE_SHEETS.indicators, 2, 3);
  insertRows(wb, TEMPLATE_SHEETS.sections, 0, 1);
  renameSheet(wb, TEMPLATE_SHEETS.sections, 'Báo cáo của phường');
  setCell(wb, TEMPLATE_SHEETS.indicators, 'B3', 'Ghi chú của đơn vị chèn thêm');
  const report = check(saveEdited(wb));
  expectSameValues(report);
  expect(report.issues).toEqual([]);
  expect(report.cells['II.1'].sheet).toBe('Báo cáo của phường');
});

test('with the defined names deleted, cells are found by their section and indicator codes', () => {
  const wb = openForEditing(filled);
  insertRows(wb, TEMPLATE_SHEETS.indicators, 5, 2);
  renameSheet(wb, TEMPLATE_SHEETS.indicators, 'SL');
  wb.Workbook!.Names = [];
  const report = check(saveEdited(wb));
  expectSameValues(report);
  expect(report.issues.map((i) => i.code)).toEqual(['NAMES_MISSING']);
});

test('without the hidden sheet, the template is recognised by its layout, with a warning', () => {
  const wb = openForEditing(filled);
  wb.SheetNames = wb.SheetNames.filter((n) => n !== TEMPLATE_SHEETS.templateId);
  wb.Workbook!.Names = (wb.Workbook!.Names ?? []).filter((n) => !n.Ref.includes(TEMPLATE_SHEETS.templateId));
  wb.Workbook!.Sheets = wb.Workbook!.Sheets?.slice(0, wb.SheetNames.length);
  const report = check(saveEdited(wb));
  expectSameValues(report);
  expect(report.issues.map((i) => i.code)).toEqual(['TEMPLATE_ID_MISSING']);
});

test.each(['ods', 'xls'] as const)('the same report saved as .%s reads the same', (format) => {
  const report = check(convertWorkbook(filled, format));
  expectSameValues(report);
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('a workbook that is not our template is refused with a clear message', async () => {
  const wb = openForEditing(filled);
  for (const name of wb.SheetNames) wb.Sheets[name] = { '!ref': 'A1', A1: { t: 's', v: 'Bảng chấm công' } };
  wb.Workbook!.Names = [];
  const read = readWorkbookGrid(saveEdited(wb));
  expect(read.ok).toBe(true);
  const result = read.ok ? checkSubmissionGrid(read.grid, [DEFAULT_TEMPLATE], context) : null;
  expect(result && 'failure' in result && result.failure.map((i) => i.code)).toEqual(['TEMPLATE_NOT_RECOGNISED']);
});

test('only the sheets holding inputs are parsed; a sheet the names no longer point to is found by a full read', () => {
  const partial = readWorkbookGrid(filled, { selectSheets: chooseSheetsToRead });
  expect(partial.ok && partial.partial).toBe(true);
  expect(partial.ok && partial.grid.sheets.map((s) => s.name)).toEqual(['Thông tin chung', 'Nội dung', 'Số liệu', 'Điển hình', 'Mã mẫu']);
  const wb = openForEditing(filled);
  renameSheet(wb, TEMPLATE_SHEETS.indicators, 'Bảng số');
  wb.Workbook!.Names = wb.Workbook!.Names!.filter((n) => !n.Name.startsWith('TH_SL_'));
  const bytes = saveEdited(wb);
  const first = readWorkbookGrid(bytes, { selectSheets: chooseSheetsToRead });
  expect(first.ok && first.grid.sheets.some((s) => s.name === 'Bảng số')).toBe(false);
  const checked = checkFileBytes(readWorkbookGrid, bytes, [DEFAULT_TEMPLATE], context);
  if (!('report' in checked)) throw new Error('refused');
  expectSameValues(checked.report);
  expect(checked.report.issues.map((i) => i.code)).toEqual(['NAMES_MISSING']);
});
