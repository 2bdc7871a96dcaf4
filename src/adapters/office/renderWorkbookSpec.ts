import type { CellSpec, CellStyle, SheetSpec, ValidationRule, WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import { serialToIsoDate } from '../../core/text/calendarDate';
import { LIMITS, YEAR_DATES, YEAR_SERIALS } from '../../core/round/limits';
import { encodeRange, renderFormula } from '../a1';
import type { ExcelRun, HostCapabilities } from './excelRun';

/** Excel on the web refuses requests over LIMITS.excel.webRequestBytes; stay well below it (4 MB of 5). */
export const REQUEST_BUDGET_BYTES = (LIMITS.excel.webRequestBytes / 5) * 4;

export interface RenderOptions {
  capabilities: HostCapabilities;
  /** What to do when a sheet name is taken: never overwrite; refuse, or add " (2)", " (3)"… */
  onExistingSheet: 'refuse' | 'rename';
}

export type RenderResult = { ok: true; sheetNames: string[]; syncs: number } | { ok: false; existing: string[] };

const POINTS_PER_CHAR = 7; // Excel's column width unit is about one digit of the default font

/** Excel's rule: 31 characters, none of : \ / ? * [ ] */
function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, 31 - suffix.length) + suffix;
}

/**
 * Renders a sheet spec into the live workbook. A constant number of `context.sync()` calls:
 * one to learn the sheet names already there, one to write everything, plus one more for each
 * REQUEST_BUDGET_BYTES of payload so that Excel on the web never sees a request over its limit.
 */
export async function renderWorkbookSpec(run: ExcelRun, spec: WorkbookSpec, options: RenderOptions): Promise<RenderResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name');
    await context.sync();
    let syncs = 1;
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const takenNames = new Set(names.items.map((n) => n.name.toLowerCase()));
    const clashes = spec.sheets.filter((s) => taken.has(s.name.toLowerCase())).map((s) => s.name);
    if (clashes.length > 0 && options.onExistingSheet === 'refuse') return { ok: false, existing: clashes };
    const finalName = new Map<string, string>();
    for (const s of spec.sheets) {
      let name = s.name;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = withSuffix(s.name, n);
      taken.add(name.toLowerCase());
      finalName.set(s.name, name);
    }
    const rename = (sheet: string) => finalName.get(sheet) ?? sheet;

    let pending = 0;
    // Called before queuing a request of this size: sends what is queued if it would not fit.
    const spend = async (bytes: number) => {
      if (pending > 0 && pending + bytes > REQUEST_BUDGET_BYTES) {
        await context.sync();
        syncs++;
        pending = 0;
      }
      pending += bytes;
    };

    const added: string[] = [];
    const addedNames: string[] = [];
    try {
      for (const sheetSpec of spec.sheets) {
        const ws = sheets.add(rename(sheetSpec.name));
        added.push(rename(sheetSpec.name));
        await writeSheet(ws, { ...sheetSpec, cells: sheetSpec.cells.map((c) => (c.formula ? { ...c, formula: { ...c.formula, refs: c.formula.refs.map((r) => (r.sheet ? { ...r, sheet: rename(r.sheet) } : r)) } } : c)) }, rename(sheetSpec.name), spec.font, options.capabilities, spend);
      }
      for (const n of spec.names) {
        // A name already in the workbook (from an earlier template) is left as it is.
        if (takenNames.has(n.name.toLowerCase())) continue;
        const target = sheets.getItem(rename(n.range.sheet)).getRange(encodeRange(n.range, { absolute: true }));
        context.workbook.names.add(n.name, target);
        addedNames.push(n.name);
      }
      const first = spec.sheets.find((s) => s.state === 'visible');
      if (first) sheets.getItem(rename(first.name)).activate();
      await context.sync();
      syncs++;
    } catch (error) {
      await removePartial(context, added, addedNames);
      throw error;
    }
    return { ok: true, sheetNames: spec.sheets.map((s) => rename(s.name)), syncs };
  });
}

/**
 * After Excel refused part of the work (a protected workbook, a cell being edited, the request
 * limit), the sheets and names already added are removed, so the workbook is left as it was:
 * never a half-written sheet. If Excel refuses that too (the workbook was closed), the first
 * refusal is the one told.
 */
async function removePartial(context: Excel.RequestContext, sheets: readonly string[], names: readonly string[]): Promise<void> {
  try {
    for (const name of names) context.workbook.names.getItem(name).delete();
    for (const name of [...sheets].reverse()) context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  } catch {
    // Nothing more can be done from here; the caller reports the first error.
  }
}

/** Text a unit typed must never become a formula: a leading ' keeps it literal. */
function literal(value: CellSpec['value']): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

function styleKey(style: CellStyle | undefined): string {
  return style ? JSON.stringify(style) : '';
}

/**
 * Groups styled cells into rectangles: for each style, the runs of consecutive rows in each
 * column, then neighbouring columns with the same runs side by side.
 */
export function styleRectangles(cells: readonly CellSpec[]): { style: CellStyle; range: { row: number; col: number; rowEnd: number; colEnd: number } }[] {
  const byStyle = new Map<string, { style: CellStyle; columns: Map<number, number[]> }>();
  for (const c of cells) {
    if (!c.style) continue;
    const key = styleKey(c.style);
    let entry = byStyle.get(key);
    if (!entry) byStyle.set(key, (entry = { style: c.style, columns: new Map() }));
    const rows = entry.columns.get(c.col) ?? [];
    rows.push(c.row);
    entry.columns.set(c.col, rows);
  }
  const out: { style: CellStyle; range: { row: number; col: number; rowEnd: number; colEnd: number } }[] = [];
  for (const { style, columns } of byStyle.values()) {
    const runsByColumn = new Map<number, string>();
    const runsOf = new Map<number, [number, number][]>();
    for (const [col, rows] of columns) {
      rows.sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const r of rows) {
        const last = runs[runs.length - 1];
        if (last && r === last[1] + 1) last[1] = r;
        else if (!last || r > last[1]) runs.push([r, r]);
      }
      runsOf.set(col, runs);
      runsByColumn.set(col, JSON.stringify(runs));
    }
    const cols = [...runsOf.keys()].sort((a, b) => a - b);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1 && runsByColumn.get(cols[j + 1]) === runsByColumn.get(cols[i])) j++;
      for (const [from, to] of runsOf.get(cols[i]) ?? []) out.push({ style, range: { row: from, col: cols[i], rowEnd: to, colEnd: cols[j] } });
      i = j + 1;
    }
  }
  return out;
}

async function writeSheet(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  sheetName: string,
  font: WorkbookSpec['font'],
  capabilities: HostCapabilities,
  spend: (bytes: number) => Promise<void>,
): Promise<void> {
  // reduce, not Math.max(...cells): spreading 130,000 cells as arguments overflows the call stack.
  const lastRow = spec.cells.reduce((m, c) => Math.max(m, c.row), 0);
  const lastCol = spec.cells.reduce((m, c) => Math.max(m, c.col), spec.columns.length - 1);
  // Values and formulas as 2-D blocks of whole rows, as few as the request budget allows.
  const grid: (string | number | boolean)[][] = Array.from({ length: lastRow + 1 }, () => new Array(lastCol + 1).fill(''));
  const rowBytes = new Array(lastRow + 1).fill((lastCol + 1) * 3);
  for (const c of spec.cells) {
    const v = c.formula ? `=${renderFormula(c.formula, sheetName)}` : literal(c.value);
    grid[c.row][c.col] = v;
    rowBytes[c.row] += typeof v === 'string' ? v.length * 3 + 8 : 16; // UTF-8 worst case
  }
  const all = ws.getRange(encodeRange({ row: 0, col: 0, rowEnd: lastRow, colEnd: lastCol }));
  all.format.font.name = font.name;
  all.format.font.size = font.size;
  let start = 0;
  let blockBytes = 0;
  for (let r = 0; r <= lastRow + 1; r++) {
    const full = r <= lastRow && blockBytes + rowBytes[r] > REQUEST_BUDGET_BYTES / 2 && r > start;
    if (r === lastRow + 1 || full) {
      await spend(blockBytes);
      ws.getRange(encodeRange({ row: start, col: 0, rowEnd: r - 1, colEnd: lastCol })).formulas = grid.slice(start, r);
      start = r;
      blockBytes = 0;
    }
    if (r <= lastRow) blockBytes += rowBytes[r];
  }

  spec.columns.forEach((width, col) => {
    ws.getRange(encodeRange({ row: 0, col, rowEnd: 0, colEnd: col })).format.columnWidth = width * POINTS_PER_CHAR;
  });
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;

  // Styles: one request per rectangle of cells that share a style (a column of 500 figures is one).
  for (const { style, range } of styleRectangles(spec.cells)) {
    await spend(160 + Object.keys(style).length * 90 + (style.border ? 450 : 0) + (style.numFmt ? (range.rowEnd - range.row + 1) * (range.colEnd - range.col + 1) * (style.numFmt.length + 4) : 0));
    applyStyle(ws.getRange(encodeRange(range)), { rows: range.rowEnd - range.row + 1, cols: range.colEnd - range.col + 1 }, style, font, capabilities);
  }
  for (const m of spec.merges) ws.getRange(encodeRange(m)).merge(false);
  for (const col of spec.hiddenColumns ?? []) ws.getRange(encodeRange({ row: 0, col, rowEnd: 0, colEnd: col })).columnHidden = true;
  for (const row of spec.hiddenRows ?? []) ws.getRange(`${row + 1}:${row + 1}`).rowHidden = true;
  for (const v of spec.validations) {
    const range = ws.getRange(encodeRange(v.range));
    range.dataValidation.rule = toRule(v.rule);
    range.dataValidation.errorAlert = { message: v.rule.error, showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ' };
    if (v.rule.prompt) range.dataValidation.prompt = { message: v.rule.prompt, showPrompt: true, title: 'Hướng dẫn' };
  }
  if (spec.freeze) {
    if (spec.freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRange(encodeRange({ row: 0, col: 0, rowEnd: Math.max(0, spec.freeze.rows - 1), colEnd: spec.freeze.cols - 1 })));
    else if (spec.freeze.rows > 0) ws.freezePanes.freezeRows(spec.freeze.rows);
  }
  if (spec.tabColor) ws.tabColor = `#${spec.tabColor.slice(2)}`;
  if (capabilities.pageLayout) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (spec.state === 'hidden') ws.visibility = 'Hidden';
  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true });
}

function applyStyle(range: Excel.Range, size: { rows: number; cols: number }, style: CellStyle, font: WorkbookSpec['font'], capabilities: HostCapabilities): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline) f.font.underline = 'Single';
  if (style.size !== undefined && style.size !== font.size) f.font.size = style.size;
  if (style.color) f.font.color = `#${style.color.slice(2)}`;
  if (style.fill) f.fill.color = `#${style.fill.slice(2)}`;
  if (style.wrap) f.wrapText = true;
  if (style.hAlign) f.horizontalAlignment = style.hAlign === 'left' ? 'Left' : style.hAlign === 'center' ? 'Center' : 'Right';
  if (style.vAlign) f.verticalAlignment = style.vAlign === 'top' ? 'Top' : style.vAlign === 'middle' ? 'Center' : 'Bottom';
  // format.indentLevel is ExcelApi 1.9, above the manifest's floor: skipped where Excel lacks it.
  if (style.indent && capabilities.pageLayout) f.indentLevel = style.indent;
  if (style.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      f.borders.getItem(edge).style = 'Continuous';
    }
  }
  if (style.numFmt) range.numberFormat = Array.from({ length: size.rows }, () => new Array(size.cols).fill(style.numFmt));
  if (style.locked === false) f.protection.locked = false;
}

function toRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: `=${rule.source}` } };
    case 'choices':
      // Office takes a literal list as its values separated by commas.
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'whole':
      return rule.max === undefined
        ? { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } }
        : { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: serialToIsoDate(rule.min ?? YEAR_SERIALS.min) ?? YEAR_DATES.min, formula2: serialToIsoDate(rule.max ?? YEAR_SERIALS.max) ?? YEAR_DATES.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}
