import type ExcelJS from 'exceljs';
import type { CellSpec, CellStyle, SheetSpec, ValidationRule, WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import { serialToIsoDate } from '../../core/text/calendarDate';
import { YEAR_SERIALS } from '../../core/round/limits';
import { encodeRange, renderFormula } from '../a1';

// What both ExcelJS writers share: a cell, its style, a sheet's options and its finishing. Types
// only from ExcelJS, so the streaming writer can load its own part of the package alone.

const MM_PER_INCH = 25.4;

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

/** "A" for column 0, "AA" for 26. */
function columnLetter(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

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
    ...(spec.print.columns ? { printArea: `A1:${columnLetter(spec.print.columns - 1)}${spec.cells.reduce((last, c) => Math.max(last, c.row + 1), 1)}` } : {}),
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
      return { ...common, type: 'date', operator: 'between', formulae: [toDate(rule.min ?? YEAR_SERIALS.min), toDate(rule.max ?? YEAR_SERIALS.max)] };
    }
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [rule.max] };
  }
}
