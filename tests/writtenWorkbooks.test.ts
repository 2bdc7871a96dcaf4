import ExcelJS from 'exceljs';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { buildSummaryWorkbook, SUMMARY_SHEETS } from '../src/core/workbook/buildSummaryWorkbook';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { buildRegistryWorkbook } from '../src/core/workbook/buildRegistryWorkbook';
import { readRegistryBytes } from '../src/adapters/sheetjs/readRegistryBytes';
import { INPUT_FILL } from '../src/core/workbook/styles';
import { LIST_NAMES, TEMPLATE_SHEETS, listTemplateCellNames } from '../src/core/workbook/templateLayout';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { makeInput, makeRegistry, PERIOD_H1_2026 } from './helpers/builders';

// ExcelJS opens only files this project wrote itself (trusted), to look at them as Excel would.
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function cellOfName(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = wb.definedNames.getRanges(name).ranges;
  expect(ranges).toHaveLength(1);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(ranges[0])!;
  return wb.getWorksheet(m[1])!.getCell(`${m[2]}${m[3]}`);
}

describe('the template workbook as a user sees it', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
    wb = await load(await writeWorkbook(spec));
  });

  test('has the sheets in order, the lists sheet hidden', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Thông tin chung', 'visible'],
      ['Nội dung', 'visible'],
      ['Số liệu', 'visible'],
      ['Điển hình', 'visible'],
      ['Mã mẫu', 'hidden'],
      ['Danh mục', 'hidden'],
    ]);
    expect(cellOfName(wb, 'TH_MAU_ID').value).toBe('hn-kl01');
    expect(cellOfName(wb, 'TH_MAU_PHIEN_BAN').value).toBe(1);
  });

  test('every input cell has a defined name, is unlocked and yellow; the rest stay locked', () => {
    const inputs = listTemplateCellNames(DEFAULT_TEMPLATE).filter((n) => !n.startsWith('TH_MAU'));
    expect(inputs.length).toBe(10 + 12 + 24 + 6 * 6);
    for (const name of inputs) {
      const cell = cellOfName(wb, name);
      expect([name, cell.protection?.locked]).toEqual([name, false]);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(INPUT_FILL);
    }
    const label = wb.getWorksheet(TEMPLATE_SHEETS.indicators)!.getCell('B6');
    expect(label.protection?.locked).not.toBe(false);
  });

  test('carries no unit\'s contact: the template goes to every unit, the contacts stay with the office', () => {
    expect(SAMPLE_REGISTRY.units.every((u) => u.contact?.phone && u.contact.email && u.contact.person)).toBe(true);
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    const contacts = SAMPLE_REGISTRY.units.flatMap((u) => [u.contact?.phone, u.contact?.email, u.contact?.person]).filter((v): v is string => Boolean(v));
    expect(texts.filter((t) => contacts.some((c) => t.includes(c)))).toEqual([]);
    expect(texts.some((t) => t === SAMPLE_REGISTRY.units[0].name)).toBe(true);
  });

  test('sheets are protected without a password', () => {
    for (const ws of wb.worksheets) {
      const p = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      expect([ws.name, p?.sheet]).toEqual([ws.name, true]);
      expect(p?.hashValue).toBeUndefined();
    }
  });

  test('Times New Roman throughout, A4 fitted to the page width', () => {
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      ws.eachRow((row) => row.eachCell((cell) => expect([ws.name, cell.address, cell.font?.name]).toEqual([ws.name, cell.address, 'Times New Roman'])));
      expect(ws.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }));
    }
    expect(wb.getWorksheet(TEMPLATE_SHEETS.nominations)!.pageSetup.orientation).toBe('landscape');
  });

  test('drop-downs and number validations on the inputs', () => {
    expect(cellOfName(wb, 'TH_TT_don_vi').dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: [LIST_NAMES.units] }));
    expect(cellOfName(wb, 'TH_TT_ky_bao_cao').dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: [LIST_NAMES.periods] }));
    expect(cellOfName(wb, 'TH_TT_ngay_bao_cao').dataValidation.type).toBe('date');
    expect(cellOfName(wb, 'TH_SL_tong_dang_vien').dataValidation).toEqual(expect.objectContaining({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] }));
    expect(cellOfName(wb, 'TH_SL_dv_hoc_tap').dataValidation).toEqual(expect.objectContaining({ type: 'whole', formulae: [0], showErrorMessage: true }));
    expect(cellOfName(wb, 'TH_DH_1_loai').dataValidation.formulae).toEqual([LIST_NAMES.kinds]);
    expect(cellOfName(wb, 'TH_DH_6_hinh_thuc').dataValidation.formulae).toEqual([LIST_NAMES.forms]);
    const units = wb.definedNames.getRanges(LIST_NAMES.units).ranges[0];
    expect(units).toBe("'Danh mục'!$B$2:$B$31");
  });

  test('prefilled period and the derived percentage as a formula', () => {
    expect(cellOfName(wb, 'TH_TT_ky_bao_cao').value).toBe('6 tháng đầu năm');
    expect(cellOfName(wb, 'TH_TT_nam').value).toBe(2026);
    expect(cellOfName(wb, 'TH_TT_tu_ngay').numFmt).toBe('dd/mm/yyyy');
    const ws = wb.getWorksheet(TEMPLATE_SHEETS.indicators)!;
    const num = cellOfName(wb, 'TH_SL_dv_hoc_tap').address;
    const den = cellOfName(wb, 'TH_SL_tong_dang_vien').address;
    let formula = '';
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'ty_le_hoc_tap') formula = (row.getCell(4).value as ExcelJS.CellFormulaValue).formula;
    });
    expect(formula).toBe(`IF(AND(ISNUMBER(${den}),${den}>0,ISNUMBER(${num})),ROUND(${num}/${den}*100,2),"")`);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 4 }));
  });
});

describe('the summary workbook as a user sees it', () => {
  const registry = makeRegistry(4);
  const [u1, u2, u3] = registry.units;
  const c = consolidateReports({ template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận' }, [
    makeInput('a.xlsx', { unit: u1, values: { tong_dang_vien: 100, dv_hoc_tap: 80, vb_chi_dao: 3 }, nominations: [{ kind: 'Tập thể', name: 'Chi bộ A' }] }),
    makeInput('b.xlsx', { unit: u2, reportDate: '2026-06-25', values: { tong_dang_vien: 300, dv_hoc_tap: 120, vb_chi_dao: 4 } }),
    makeInput('c.xlsx', { unit: u3, errors: ['INDICATOR_NEGATIVE'] }),
    makeInput('x.xlsx', { unitName: 'Lạ', errors: ['META_UNIT_UNKNOWN'] }),
  ]);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await writeWorkbook(buildSummaryWorkbook(c, { generatedOn: '2026-07-06' })));
  });

  test('has the summary sheets, the roll-up report and its input sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Báo cáo tổng hợp', 'Tình hình nộp', 'Số liệu', 'Nội dung', 'Điển hình', 'Kiểm tra', 'Trùng lặp, bất thường', 'BC Thông tin chung', 'BC Điển hình', 'Mã mẫu']);
    expect(Object.values(SUMMARY_SHEETS).every((n) => wb.getWorksheet(n))).toBe(true);
  });

  test('Số liệu: one row per registered unit, totals as SUM formulas with their values, ratio recomputed', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEETS.figures)!;
    const codes = ws.getRow(5).values as unknown[];
    const colOf = (code: string) => codes.indexOf(code);
    const totalRow = ws.getRow(10);
    expect(totalRow.getCell(3).value).toBe('TỔNG CỘNG');
    const members = totalRow.getCell(colOf('tong_dang_vien')).value as ExcelJS.CellFormulaValue;
    const letter = ws.getColumn(colOf('tong_dang_vien')).letter;
    expect(members).toEqual({ formula: `SUM(${letter}6:${letter}9)`, result: 400 });
    expect((totalRow.getCell(colOf('vb_chi_dao')).value as ExcelJS.CellFormulaValue).result).toBe(7);
    const ratio = totalRow.getCell(colOf('ty_le_hoc_tap')).value as ExcelJS.CellFormulaValue;
    expect(ratio.result).toBe(50);
    expect(ratio.formula).toMatch(/^IF\([A-Z]+10>0,ROUND\([A-Z]+10\/[A-Z]+10\*100,2\),""\)$/);
    expect(ws.getRow(8).getCell(4).value).toBe('Có lỗi, chưa cộng');
    expect(ws.getRow(8).getCell(colOf('tong_dang_vien')).value).toBeNull();
  });

  test('Tình hình nộp lists every unit with its status, and the other files', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEETS.status)!;
    const statuses: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 4) statuses.push(String(row.getCell(5).value ?? ''));
    });
    expect(statuses.filter((s) => s !== '')).toEqual(['Đúng hạn', 'Nộp muộn 3 ngày', 'Không hợp lệ', 'Chưa nộp', 'Các tệp khác đã nhận (không dùng để tổng hợp)', 'Đơn vị ngoài danh sách']);
  });

  test('dates are real Excel dates shown dd/mm/yyyy, so sorting and filtering by date work', () => {
    const status = wb.getWorksheet(SUMMARY_SHEETS.status)!;
    const late = status.getRow(6).getCell(7);
    expect(late.numFmt).toBe('dd/mm/yyyy');
    expect(late.value).toEqual(new Date(Date.UTC(2026, 5, 25)));
    expect(status.getRow(5).getCell(7).value).toEqual(new Date(Date.UTC(2026, 5, 18)));
    const overview = wb.getWorksheet(SUMMARY_SHEETS.overview)!;
    const dates = new Map<string, ExcelJS.Cell>();
    overview.eachRow((row) => dates.set(String(row.getCell(1).value), row.getCell(2)));
    for (const [label, iso] of [['Hạn nộp', '2026-06-22'], ['Ngày lập bảng tổng hợp', '2026-07-06'], ['Từ ngày (số liệu)', '2025-12-15'], ['Đến ngày (số liệu)', '2026-06-14']]) {
      expect([label, dates.get(label)?.value]).toEqual([label, new Date(`${iso}T00:00:00Z`)]);
      expect(dates.get(label)?.numFmt).toBe('dd/mm/yyyy');
    }
  });

  test('Kiểm tra has every issue with its Vietnamese message', () => {
    const ws = wb.getWorksheet(SUMMARY_SHEETS.issues)!;
    const messages: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 4) messages.push(String(row.getCell(6).value));
    });
    expect(messages).toHaveLength(c.issues.length);
    expect(messages.every((m) => /đề nghị/i.test(m))).toBe(true);
  });

  test('Điển hình carries each nomination with its unit; Tổng quan shows the counts', () => {
    const noms = wb.getWorksheet(SUMMARY_SHEETS.nominations)!;
    expect(noms.getRow(4).values).toEqual(expect.arrayContaining(['STT', 'Gửi cấp trên', 'Đơn vị đề xuất']));
    expect([noms.getRow(5).getCell(2).value, noms.getRow(5).getCell(3).value]).toEqual(['x', u1.name]);
    expect(noms.getCell('B5').dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: ['"x"'] }));
    const overview = wb.getWorksheet(SUMMARY_SHEETS.overview)!;
    const pairs: [unknown, unknown][] = [];
    overview.eachRow((row) => pairs.push([row.getCell(1).value, row.getCell(2).value]));
    expect(pairs).toEqual(expect.arrayContaining([['Đúng hạn', 1], ['Nộp muộn', 1], ['Chưa nộp', 1], ['Tệp của đơn vị ngoài danh sách', 1]]));
  });
});

test('the list of units the tool writes keeps the contacts, and reads back the same', async () => {
  const bytes = await writeWorkbook(buildRegistryWorkbook(SAMPLE_REGISTRY));
  const read = readRegistryBytes(bytes, 'Danh sách đơn vị.xlsx');
  expect(read.ok && read.registry.units).toEqual(SAMPLE_REGISTRY.units);
  const ws = (await load(bytes)).getWorksheet('Danh sách đơn vị')!;
  expect(ws.getRow(1).values).toEqual([undefined, 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Người phụ trách', 'Điện thoại', 'Email']);
  const json = readRegistryBytes(new TextEncoder().encode(JSON.stringify({ units: [{ code: 'A1', name: 'Xã A', kind: 'Đảng ủy xã', contact: 'Lê Văn B', phone: '0900 000 111' }] })), 'ds.json');
  expect(json.ok && json.registry.units).toEqual([{ code: 'A1', name: 'Xã A', kind: 'Đảng ủy xã', contact: { person: 'Lê Văn B', phone: '0900 000 111' } }]);
});
