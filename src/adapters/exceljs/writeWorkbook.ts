import ExcelJS from 'exceljs';
import type { CellSpec, CellStyle, SheetSpec, ValidationRule, WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import { serialToIsoDate } from '../../core/text/calendarDate';
import { encodeRange, renderFormula } from '../a1';

const MM_PER_INCH = 25.4;

/** Renders a sheet spec to a styled .xlsx. Writing only: never give ExcelJS an untrusted file. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.properties.creator;
  wb.title = spec.properties.title;
  if (spec.properties.subject) wb.subject = spec.properties.subject;
  // A fixed date keeps the output stable for the same input.
  wb.created = spec.properties.created ? new Date(`${spec.properties.created}T00:00:00Z`) : new Date(0);
  wb.modified = wb.created;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheetSpec of spec.sheets) await renderSheet(wb, sheetSpec, spec.font);
  for (const n of spec.names) wb.definedNames.add(encodeRange(n.range, { absolute: true, withSheet: true }), n.name);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function toFont(style: CellStyle | undefined, font: WorkbookSpec['font']): Partial<ExcelJS.Font> {
  return {
    name: font.name,
    size: style?.size ?? font.size,
    bold: style?.bold,
    italic: style?.italic,
    underline: style?.underline,
    ...(style?.color ? { color: { argb: style.color } } : {}),
  };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export type AnySheet = ExcelJS.Worksheet;

/** A4, fitted to the page width; given when the sheet is created, as the streaming writer needs it then. */
function pageSetupOf(spec: SheetSpec): Partial<ExcelJS.PageSetup> {
  const margins = spec.print.margins ?? { top: 20, bottom: 20, left: 30, right: 15 };
  return {
    paperSize: 9, // A4
    orientation: spec.print.orientation,
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: {
      top: margins.top / MM_PER_INCH,
      bottom: margins.bottom / MM_PER_INCH,
      left: margins.left / MM_PER_INCH,
      right: margins.right / MM_PER_INCH,
      header: 0.3,
      footer: 0.3,
    },
    ...(spec.print.titleRows ? { printTitlesRow: `${spec.print.titleRows.from + 1}:${spec.print.titleRows.to + 1}` } : {}),
  } as Partial<ExcelJS.PageSetup>;
}

export function sheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: spec.state,
    properties: spec.tabColor ? { tabColor: { argb: spec.tabColor } } : {},
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : [{}],
    pageSetup: pageSetupOf(spec),
  } as Partial<ExcelJS.AddWorksheetOptions>;
}

export function writeCell(cell: ExcelJS.Cell, c: CellSpec, sheetName: string, font: WorkbookSpec['font']): void {
  if (c.formula) {
    const result = c.formula.result;
    cell.value = { formula: renderFormula(c.formula, sheetName), ...(result !== undefined && result !== null ? { result } : {}) } as ExcelJS.CellFormulaValue;
  } else if (c.value !== undefined && c.value !== null) {
    cell.value = c.value;
  }
  cell.style = styleOf(c.style, font);
  if (c.note) cell.note = c.note;
}

/**
 * One ExcelJS style object per distinct cell style, shared by every cell that has it: ExcelJS
 * then finds a cell's style id by the object (a WeakMap) instead of rendering its font, fill and
 * border again for each of a summary's hundreds of thousands of cells. Never changed once made.
 */
const styleCache = new WeakMap<WorkbookSpec['font'], Map<string, Partial<ExcelJS.Style>>>();
const byIdentity = new WeakMap<CellStyle, { font: WorkbookSpec['font']; style: Partial<ExcelJS.Style> }>();
const NO_STYLE: CellStyle = {};

function styleOf(s: CellStyle | undefined, font: WorkbookSpec['font']): Partial<ExcelJS.Style> {
  const spec = s ?? NO_STYLE;
  const known = byIdentity.get(spec);
  if (known && known.font === font) return known.style;
  let forFont = styleCache.get(font);
  if (!forFont) styleCache.set(font, (forFont = new Map()));
  const key = JSON.stringify(spec);
  let style = forFont.get(key);
  if (!style) {
    style = { font: toFont(spec, font) };
    if (spec.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: spec.fill } };
    if (spec.border) style.border = THIN;
    if (spec.numFmt) style.numFmt = spec.numFmt;
    if (spec.wrap || spec.hAlign || spec.vAlign || spec.indent) style.alignment = { wrapText: spec.wrap, horizontal: spec.hAlign, vertical: spec.vAlign, indent: spec.indent };
    if (spec.locked === false) style.protection = { locked: false };
    forFont.set(key, style);
  }
  byIdentity.set(spec, { font, style });
  return style;
}

/** Everything but the cells: validations, filter, print setup, footer, protection. */
export async function finishSheet(ws: AnySheet, spec: SheetSpec): Promise<void> {
  // By address, not through each cell: a streamed sheet's rows are already committed here.
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.validations) validations.add(encodeRange(v.range), toValidation(v.rule));
  if (spec.autoFilter) ws.autoFilter = encodeRange(spec.autoFilter);
  ws.pageSetup = pageSetupOf(spec);
  ws.headerFooter.oddFooter = '&C&"Times New Roman"&10Trang &P/&N';
  if (spec.protect) {
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true });
  }
}

async function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, font: WorkbookSpec['font']): Promise<void> {
  const ws = wb.addWorksheet(spec.name, sheetOptions(spec));
  ws.columns = spec.columns.map((width, i) => ({ width, hidden: spec.hiddenColumns?.includes(i), style: { font: { name: font.name, size: font.size } } }));
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  for (const row of spec.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  for (const c of spec.cells) writeCell(ws.getCell(c.row + 1, c.col + 1), c, spec.name, font);
  for (const m of spec.merges) ws.mergeCells(m.row + 1, m.col + 1, m.rowEnd + 1, m.colEnd + 1);
  await finishSheet(ws, spec);
}

function toValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    error: rule.error,
    ...(rule.prompt ? { showInputMessage: true, promptTitle: 'Hướng dẫn', prompt: rule.prompt } : {}),
  } as const;
  switch (rule.type) {
    case 'list':
      return { ...common, type: 'list', formulae: [rule.source] };
    case 'choices':
      return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
    case 'whole':
      return rule.max === undefined
        ? { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [rule.min] }
        : { ...common, type: 'whole', operator: 'between', formulae: [rule.min, rule.max] };
    case 'date': {
      const toDate = (serial: number) => new Date(`${serialToIsoDate(serial)}T00:00:00Z`);
      return { ...common, type: 'date', operator: 'between', formulae: [toDate(rule.min ?? 36526), toDate(rule.max ?? 73415)] };
    }
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.max] };
  }
}
