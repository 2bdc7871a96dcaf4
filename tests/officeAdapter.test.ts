import { planGroups, readOpenWorkbook, selectCell } from '../src/adapters/office/readOpenWorkbook';
import { REQUEST_BUDGET_BYTES, renderWorkbookSpec } from '../src/adapters/office/renderWorkbookSpec';
import { addCharts } from '../src/adapters/office/summaryCharts';
import { describeHostError } from '../src/adapters/office/officeErrors';
import { runSafely } from '../src/taskpane/host/runSafely';
import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import { formatIssue } from '../src/core/issues/issueMessages';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { checkSubmissionGrid } from '../src/core/validation/checkSubmissionGrid';
import { buildSummaryWorkbook } from '../src/core/workbook/buildSummaryWorkbook';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { DEFAULT_FONT, createSheet, type WorkbookSpec } from '../src/core/workbook/WorkbookSpec';
import { makeSampleEntries } from '../src/sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { makeInput, makeRegistry, PERIOD_H1_2026 } from './helpers/builders';
import { RESPONSE_LIMIT_BYTES, createFakeExcel, newFakeSheet } from './fakes/fakeExcel';

const capabilities = { pageLayout: true };
const unit = SAMPLE_REGISTRY.units[3];
const { entries, figures } = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 11, template: DEFAULT_TEMPLATE });
const context = { today: '2026-07-06', period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY };

function templateFor(units: number) {
  const registry = units === SAMPLE_REGISTRY.units.length ? SAMPLE_REGISTRY : makeRegistry(units);
  return buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry, deadline: '2026-06-22' });
}

function summaryFor(units: number): WorkbookSpec {
  const registry = makeRegistry(units);
  const inputs = registry.units.map((u, i) => makeInput(`f${i}.xlsx`, { unit: u, nominations: [{ kind: 'Tập thể', name: `Chi bộ ${i}` }] }));
  return buildSummaryWorkbook(consolidateReports({ template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban' }, inputs), { generatedOn: '2026-07-06' });
}

test('a filled template rendered into Excel reads back with the same values', async () => {
  const excel = createFakeExcel();
  const filled = fillTemplateWorkbook(templateFor(30), DEFAULT_TEMPLATE, entries);
  const rendered = await renderWorkbookSpec(excel.run, filled, { capabilities, onExistingSheet: 'refuse' });
  expect(rendered).toEqual({ ok: true, sheetNames: filled.sheets.map((s) => s.name), syncs: 2 });
  const grid = await readOpenWorkbook(excel.run);
  expect(grid.syncs).toBe(3);
  const checked = checkSubmissionGrid(grid, [DEFAULT_TEMPLATE], context);
  if (!('report' in checked)) throw new Error(JSON.stringify(checked.failure));
  expect(checked.report.issues).toEqual([]);
  expect(checked.report.unit?.code).toBe(unit.code);
  expect(checked.report.values).toEqual(figures);
  expect(checked.report.text['II.1']).toBe(entries.sections!['II.1']);
  expect(grid.sheets.find((s) => s.name === 'Danh mục')?.hidden).toBe(true);
  expect(grid.sheets.find((s) => s.name === 'Mã mẫu')?.hidden).toBe(true);
});

test('the rendered template keeps its protection, validations, names, formats and print setup', async () => {
  const excel = createFakeExcel();
  await renderWorkbookSpec(excel.run, templateFor(30), { capabilities, onExistingSheet: 'refuse' });
  const sheet = (name: string) => excel.state.sheets.find((s) => s.name === name)!;
  expect(sheet('Số liệu').protected).toEqual({ allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true });
  expect(excel.state.names.get('TH_SL_tong_dang_vien')).toEqual({ sheet: 'Số liệu', address: '$D$6' });
  expect(excel.cell('Số liệu', 'D6')?.locked).toBe(false);
  expect(excel.cell('Số liệu', 'B6')?.locked).toBe(true);
  expect(excel.cell('Số liệu', 'B6')?.format['font.name']).toBe('Times New Roman');
  expect(sheet('Thông tin chung').validations.find((v) => v.address === 'C5')?.rule).toEqual({ list: { inCellDropDown: true, source: '=DS_DON_VI' } });
  expect(sheet('Số liệu').validations.find((v) => v.address === 'D6')?.rule).toEqual({ wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } });
  expect(sheet('Số liệu').pageLayout).toEqual({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  expect(sheet('Danh mục').visibility).toBe('Hidden');
  const ratio = [...sheet('Số liệu').cells.values()].find((c) => c.formula?.includes('ROUND'));
  expect(ratio?.formula).toBe('=IF(AND(ISNUMBER(D6),D6>0,ISNUMBER(D11)),ROUND(D11/D6*100,2),"")');
  expect(excel.state.active).toBe('Hướng dẫn');
});

test('the number of syncs does not grow with the number of units', async () => {
  const syncsFor = async (spec: WorkbookSpec) => {
    const excel = createFakeExcel();
    const result = await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'refuse' });
    expect(Math.max(...excel.stats.payloads)).toBeLessThan(5 * 1024 * 1024);
    return { reported: result.ok ? result.syncs : -1, counted: excel.stats.syncs, runs: excel.stats.runs };
  };
  expect(await syncsFor(templateFor(5))).toEqual({ reported: 2, counted: 2, runs: 1 });
  expect(await syncsFor(templateFor(500))).toEqual({ reported: 2, counted: 2, runs: 1 });
  expect(await syncsFor(summaryFor(5))).toEqual({ reported: 2, counted: 2, runs: 1 });
  expect(await syncsFor(summaryFor(500))).toEqual({ reported: 2, counted: 2, runs: 1 });
});

test('reading the open workbook takes three round trips for 5 or 500 units', async () => {
  for (const n of [5, 500]) {
    const excel = createFakeExcel();
    await renderWorkbookSpec(excel.run, summaryFor(n), { capabilities, onExistingSheet: 'refuse' });
    const before = excel.stats.syncs;
    const grid = await readOpenWorkbook(excel.run);
    expect(excel.stats.syncs - before).toBe(3);
    expect(grid.syncs).toBe(3);
    expect(grid.sheets.find((s) => s.name === 'Tình hình nộp')!.rows.length).toBeGreaterThan(n);
  }
});

/** A sheet whose values, read at once, are far above Excel on the web's 5 MB response limit. */
function workbookOfLongTexts(rows: number, offset = { row: 0, col: 0 }) {
  const sheet = newFakeSheet('Nội dung');
  const text = 'Chi bộ đã quán triệt nghị quyết tới từng đảng viên. '.repeat(60);
  for (let r = 0; r < rows; r++) {
    sheet.cells.set(`${offset.row + r},${offset.col}`, { value: `${r + 1}. ${text}`, format: {}, locked: true });
    sheet.cells.set(`${offset.row + r},${offset.col + 2}`, { value: r, format: {}, locked: true });
  }
  const small = newFakeSheet('Thông tin');
  small.cells.set('1,1', { value: 'Đảng bộ xã Tân Lập', format: {}, locked: true });
  return createFakeExcel({ sheets: [small, sheet] });
}

test('a workbook too large for one response is read in several, each under 5 MB, with every value in place', async () => {
  const excel = workbookOfLongTexts(4_000, { row: 3, col: 1 });
  const grid = await readOpenWorkbook(excel.run);
  expect(Math.max(...excel.stats.responses)).toBeLessThanOrEqual(RESPONSE_LIMIT_BYTES);
  expect(excel.stats.responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * RESPONSE_LIMIT_BYTES);
  expect(excel.stats.refusedResponses).toBeGreaterThan(0);
  expect(grid.syncs).toBe(excel.stats.syncs);
  const sheet = grid.sheets[1];
  expect(sheet.rows).toHaveLength(4_003);
  expect(sheet.rows[2]).toEqual([]);
  expect(sheet.rows[3].slice(0, 4)).toEqual([null, expect.stringMatching(/^1\. Chi bộ/), null, 0]);
  expect(sheet.rows[4_002][3]).toBe(3_999);
  expect(sheet.rows.slice(3).every((row, r) => typeof row[1] === 'string' && row[1].startsWith(`${r + 1}. `) && row[3] === r)).toBe(true);
  expect(grid.sheets[0].rows[1]).toEqual([null, 'Đảng bộ xã Tân Lập']);
});

test('a single row above the response limit is reported as Excel said, not retried for ever', async () => {
  const sheet = newFakeSheet('Một dòng');
  for (let c = 0; c < 200; c++) sheet.cells.set(`0,${c}`, { value: 'x'.repeat(32_000), format: {}, locked: true });
  const excel = createFakeExcel({ sheets: [sheet] });
  const failure = await readOpenWorkbook(excel.run).catch((e: unknown) => e);
  expect(failure).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  expect(formatIssue(describeHostError(failure, 'đọc sổ làm việc đang mở'))).toContain('quá lớn');
});

test('values are asked for in groups of whole rows under the cell budget', () => {
  const groups = planGroups([{ row: 0, col: 0, rows: 10, cols: 4 }, null, { row: 2, col: 1, rows: 3, cols: 20 }], 60);
  expect(groups).toEqual([
    [{ sheet: 0, start: 0, end: 9 }, { sheet: 2, start: 0, end: 0 }],
    [{ sheet: 2, start: 1, end: 2 }],
  ]);
  expect(planGroups([{ row: 0, col: 0, rows: 2, cols: 100 }], 60)).toEqual([[{ sheet: 0, start: 0, end: 0 }], [{ sheet: 0, start: 1, end: 1 }]]);
});

test('a payload above the budget is sent in several requests, each under 5 MB', async () => {
  const sheet = createSheet('Rất lớn', [100]);
  const text = 'Nội dung rất dài của một đơn vị. '.repeat(300);
  for (let r = 0; r < 800; r++) sheet.cells.push({ row: r, col: 0, value: text });
  const excel = createFakeExcel();
  const result = await renderWorkbookSpec(excel.run, { sheets: [sheet], names: [], properties: { title: 't', creator: 'c' }, font: { name: 'Times New Roman', size: 13 } }, { capabilities, onExistingSheet: 'refuse' });
  expect(result.ok && result.syncs).toBeGreaterThan(2);
  expect(excel.stats.syncs).toBe(result.ok ? result.syncs : -1);
  for (const p of excel.stats.payloads) expect(p).toBeLessThan(REQUEST_BUDGET_BYTES * 1.25);
});

test('an existing sheet is never replaced silently', async () => {
  const excel = createFakeExcel();
  const spec = templateFor(5);
  await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'refuse' });
  excel.cell('Số liệu', 'D6')!.value = 123;
  const refused = await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'refuse' });
  expect(refused).toEqual({ ok: false, existing: spec.sheets.map((s) => s.name) });
  expect(excel.cell('Số liệu', 'D6')!.value).toBe(123);
  const renamed = await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'rename' });
  expect(renamed.ok && renamed.sheetNames).toEqual(spec.sheets.map((s) => `${s.name} (2)`));
  expect(excel.cell('Số liệu', 'D6')!.value).toBe(123);
  const ratio = [...excel.state.sheets.find((s) => s.name === 'Số liệu (2)')!.cells.values()].find((c) => c.formula?.includes('ROUND'));
  expect(ratio?.formula).toContain('D6');
});

test('text that looks like a formula stays text', async () => {
  const sheet = createSheet('Văn bản', [40]);
  sheet.cells.push({ row: 0, col: 0, value: '=HYPERLINK("http://x","bấm")' }, { row: 1, col: 0, value: '-Đã làm tốt' }, { row: 2, col: 0, value: '+84 912' }, { row: 3, col: 0, value: '@mention' });
  const excel = createFakeExcel();
  await renderWorkbookSpec(excel.run, { sheets: [sheet], names: [], properties: { title: 't', creator: 'c' }, font: { name: 'Times New Roman', size: 13 } }, { capabilities, onExistingSheet: 'refuse' });
  for (const [address, text] of [['A1', '=HYPERLINK("http://x","bấm")'], ['A2', '-Đã làm tốt'], ['A3', '+84 912'], ['A4', '@mention']]) {
    expect(excel.cell('Văn bản', address)).toEqual(expect.objectContaining({ value: text, formula: undefined }));
  }
});

/** A sheet with an indented cell (format.indentLevel needs ExcelApi 1.9). */
function indented(): WorkbookSpec {
  const sheet = createSheet('Thụt lề', [30]);
  sheet.cells.push({ row: 0, col: 0, value: 'Mục con', style: { indent: 2 } });
  return { sheets: [sheet], names: [], properties: { title: 'Thử', creator: 'Tổng hợp báo cáo' }, font: DEFAULT_FONT };
}

test('on an Excel with only ExcelApi 1.8 (the manifest floor) nothing newer is used: page layout and indents are left alone', async () => {
  // The fake refuses every member above 1.8 here, as that Excel would.
  const excel = createFakeExcel(undefined, { excelApi: 1.8 });
  await renderWorkbookSpec(excel.run, templateFor(5), { capabilities: { pageLayout: false }, onExistingSheet: 'refuse' });
  await renderWorkbookSpec(excel.run, indented(), { capabilities: { pageLayout: false }, onExistingSheet: 'rename' });
  expect(excel.state.sheets[0].pageLayout).toEqual({});
  expect(excel.state.sheets.flatMap((s) => [...s.cells.values()]).some((c) => 'indentLevel' in c.format)).toBe(false);
});

test('with ExcelApi 1.9 the indents are set', async () => {
  const excel = createFakeExcel(undefined, { excelApi: 1.9 });
  await renderWorkbookSpec(excel.run, indented(), { capabilities, onExistingSheet: 'refuse' });
  expect(excel.state.sheets.flatMap((s) => [...s.cells.values()]).some((c) => 'indentLevel' in c.format)).toBe(true);
});

test('charts for the summary are added in one round trip', async () => {
  const excel = createFakeExcel();
  const spec = summaryFor(12);
  await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'refuse' });
  const before = excel.stats.syncs;
  await addCharts(excel.run, spec.charts ?? []);
  expect(excel.stats.syncs - before).toBe(1);
  expect(excel.state.sheets[0].charts.map((c) => [c.type, c.title])).toEqual([
    ['Pie', 'Tình hình nộp báo cáo'],
    ['BarClustered', 'Số liệu chính theo đơn vị'],
  ]);
  expect(excel.state.sheets[0].charts[1].source).toBe('Tổng quan!E5:G17');
});

test('selecting the cell of an issue', async () => {
  const excel = createFakeExcel();
  await renderWorkbookSpec(excel.run, templateFor(5), { capabilities, onExistingSheet: 'refuse' });
  await selectCell(excel.run, { sheet: 'Số liệu', row: 5, col: 3 });
  expect(excel.state.selected).toEqual({ sheet: 'Số liệu', address: 'D6' });
  expect(excel.state.active).toBe('Số liệu');
});

test('a host failure becomes a Vietnamese message, never a swallowed log', async () => {
  const failing = await runSafely('chèn mẫu báo cáo', async () => {
    throw Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' });
  });
  expect(failing.ok).toBe(false);
  if (!failing.ok) expect(formatIssue(failing.issue)).toContain('quá lớn để Excel trên web nhận một lần khi chèn mẫu báo cáo');
  expect(describeHostError(new Error('boom'), 'đọc sổ làm việc').code).toBe('HOST_FAILED');
  expect(formatIssue(describeHostError({ code: 'InvalidOperationInCellEditMode' }, 'đọc sổ làm việc'))).toContain('Excel đang bận');
  expect(formatIssue(describeHostError({ code: 'ResponsePayloadSizeLimitExceeded' }, 'đọc sổ làm việc đang mở'))).toContain('quá lớn để Excel trên web gửi về một lần khi đọc sổ làm việc đang mở');
  expect(formatIssue(describeHostError(Object.assign(new Error('PivotTable'), { code: 'UnsupportedFeature' }), 'đọc sổ làm việc đang mở'))).toContain('Excel trên web không hỗ trợ khi đọc sổ làm việc đang mở (PivotTable)');
  expect(formatIssue(describeHostError({ code: 'NotImplemented' }, 'vẽ biểu đồ'))).toContain('chưa có chức năng cần để vẽ biểu đồ');
  const fine = await runSafely('x', async () => 42);
  expect(fine).toEqual({ ok: true, value: 42 });
});

test('the fake refuses to read what was not loaded, as Office does', async () => {
  const excel = createFakeExcel();
  await expect(
    excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      return sheets.items.length;
    }),
  ).rejects.toThrow('has not been loaded');
});

test('a sheet of 150,000 rows renders (a province of 10,000 units lists 140,000 texts)', async () => {
  const excel = createFakeExcel();
  const sheet = createSheet('Nội dung', [30]);
  for (let r = 0; r < 150_000; r++) sheet.cells.push({ row: r, col: 0, value: r });
  const spec: WorkbookSpec = { sheets: [sheet], names: [], properties: { title: 'Thử', creator: 'Tổng hợp báo cáo' }, font: { name: 'Times New Roman', size: 13 } };
  const result = await renderWorkbookSpec(excel.run, spec, { capabilities, onExistingSheet: 'refuse' });
  expect(result.ok).toBe(true);
  expect(excel.stats.syncs).toBe(2);
  expect(Math.max(...excel.stats.payloads)).toBeLessThan(5 * 1024 * 1024);
}, 60_000);
