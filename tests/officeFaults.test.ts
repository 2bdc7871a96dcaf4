import type { OfficeApi } from '../src/adapters/office/officeApi';
import { renderWorkbookSpec } from '../src/adapters/office/renderWorkbookSpec';
import { formatIssue } from '../src/core/issues/issueMessages';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { createSheet, type WorkbookSpec } from '../src/core/workbook/WorkbookSpec';
import { createOfficeHost } from '../src/taskpane/host/createOfficeHost';
import { present } from '../src/core/present';
import { createFakeExcel, newFakeSheet, type InjectedFault } from './fakes/fakeExcel';
import { makeRegistry, PERIOD_H1_2026 } from './helpers/builders';

/*
 * Excel refusing part of the work, injected into the fake Excel at a sync: each refusal is told
 * in Vietnamese with what to do, and the workbook is left as it was (no half-written sheet).
 */

const template = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: makeRegistry(30), deadline: '2026-06-22' });

/** A workbook the officer already has: one sheet of their own, one name. */
function officersWorkbook(fault?: InjectedFault) {
  const own = newFakeSheet('Ghi chép');
  own.cells.set('0,0', { value: 'của tôi', format: {}, locked: true });
  return createFakeExcel({ sheets: [own], names: new Map([['ghi_chu', { sheet: 'Ghi chép', address: 'A1' }]]) }, { fault });
}

function hostOn(excel: ReturnType<typeof createFakeExcel>) {
  const api: OfficeApi = { run: excel.run, createWorkbook: async () => undefined, isSetSupported: () => true, platform: 'PC', settings: { get: () => undefined, set: () => undefined, save: async () => null } };
  return present(createOfficeHost(api).excel, 'Excel operations');
}

const asItWas = (excel: ReturnType<typeof createFakeExcel>) => ({ sheets: excel.state.sheets.map((s) => s.name), names: [...excel.state.names.keys()] });

test.each([
  ['a protected workbook or sheet', 'AccessDenied', 'HOST_PROTECTED', /Excel không cho chèn các trang tính vào sổ làm việc: sổ làm việc đang mở ở chế độ chỉ đọc, hoặc sổ làm việc, trang tính đang được bảo vệ\. Sổ làm việc được giữ nguyên\. Đề nghị lưu thành bản khác/],
  ['a cell in edit mode', 'InvalidOperationInCellEditMode', 'HOST_BUSY', /Excel đang bận \(có thể đang sửa một ô\).+nhấn Enter hoặc Esc/],
  ['the request limit of Excel on the web', 'RequestPayloadSizeLimitExceeded', 'HOST_PAYLOAD_TOO_LARGE', /Dữ liệu quá lớn để Excel trên web nhận một lần/],
] as const)('%s while the sheets are written: told in Vietnamese, and the workbook left as it was', async (_what, code, issue, message) => {
  const excel = officersWorkbook({ code, atSync: 2 });
  const before = asItWas(excel);
  const outcome = await hostOn(excel).insertSheets(template, 'refuse');
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.issue.code).toBe(issue);
  expect(formatIssue(outcome.issue)).toMatch(message);
  expect(asItWas(excel)).toEqual(before);
  expect(excel.state.sheets[0].cells.get('0,0')?.value).toBe('của tôi');
  // One sync to learn the names, the refused one, one to take the partial sheets away: no more.
  expect(excel.stats.syncs).toBe(3);
});

test('a refusal in the middle of a write in several requests removes every sheet already sent', async () => {
  const big = createSheet('Rất lớn', [100]);
  const text = 'Nội dung rất dài của một đơn vị. '.repeat(300);
  for (let r = 0; r < 800; r++) big.cells.push({ row: r, col: 0, value: text });
  const spec: WorkbookSpec = { ...template, sheets: [...template.sheets, big] };
  const clean = createFakeExcel();
  const rendered = await renderWorkbookSpec(clean.run, spec, { capabilities: { pageLayout: true }, onExistingSheet: 'refuse' });
  const syncs = rendered.ok ? rendered.syncs : 0;
  expect(syncs).toBeGreaterThan(3);
  const excel = officersWorkbook({ code: 'AccessDenied', atSync: syncs - 1 });
  const before = asItWas(excel);
  const outcome = await hostOn(excel).insertSheets(spec, 'refuse');
  expect(outcome).toMatchObject({ ok: false, issue: { code: 'HOST_PROTECTED' } });
  expect(asItWas(excel)).toEqual(before);
  expect(excel.stats.syncs).toBe(syncs);
});

test('a workbook closed during the run: told, and nothing more is tried on it', async () => {
  const excel = officersWorkbook({ code: 'InactiveWorkbook', atSync: 2, lasting: true });
  const outcome = await hostOn(excel).insertSheets(template, 'refuse');
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.issue.code).toBe('HOST_WORKBOOK_CLOSED');
  expect(formatIssue(outcome.issue)).toBe('Sổ làm việc đã bị đóng trong khi chèn các trang tính vào sổ làm việc. Đề nghị mở lại sổ làm việc rồi thử lại.');
});

test('without a fault the number of syncs is unchanged (two for a template)', async () => {
  const excel = officersWorkbook();
  const outcome = await hostOn(excel).insertSheets(template, 'refuse');
  expect(outcome.ok).toBe(true);
  expect(excel.stats.syncs).toBe(2);
  expect(excel.state.sheets.length).toBe(1 + template.sheets.length);
});
