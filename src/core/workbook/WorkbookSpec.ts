/**
 * A format-neutral description of a styled workbook. The core builds it; an adapter renders
 * it (ExcelJS to a file, Office.js into the live workbook). Addresses are zero-based.
 */
export interface CellRange {
  sheet?: string;
  row: number;
  col: number;
  rowEnd?: number;
  colEnd?: number;
}

/** A formula whose cell references are given as ranges; `{0}`, `{1}`… in `text` mark where. */
export interface FormulaSpec {
  text: string;
  refs: CellRange[];
  /** The value to store as the cached result, so readers that do not recalculate see it. */
  result?: string | number | null;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  border?: boolean;
  numFmt?: string;
  /** Input cells are unlocked; everything else stays locked when the sheet is protected. */
  locked?: boolean;
  indent?: number;
}

export interface CellSpec {
  row: number;
  col: number;
  value?: string | number | boolean | null;
  formula?: FormulaSpec;
  style?: CellStyle;
  /** A short note shown on hover (provenance, hints). */
  note?: string;
}

export type ValidationRule =
  | { type: 'list'; source: string; prompt?: string; error: string }
  /** A drop-down of a few fixed values written in the rule itself ("x"), not a named list. */
  | { type: 'choices'; values: string[]; prompt?: string; error: string }
  | { type: 'whole'; min: number; max?: number; prompt?: string; error: string }
  | { type: 'date'; min?: number; max?: number; prompt?: string; error: string }
  | { type: 'textLength'; max: number; prompt?: string; error: string };

export interface SheetSpec {
  name: string;
  state: 'visible' | 'hidden';
  /** Column widths in characters, by column index. */
  columns: number[];
  /** Columns kept for the reader (codes) but not shown or printed. */
  hiddenColumns?: number[];
  /** Rows kept for the reader but not shown or printed. */
  hiddenRows?: number[];
  rowHeights: Record<number, number>;
  cells: CellSpec[];
  merges: { row: number; col: number; rowEnd: number; colEnd: number }[];
  validations: { range: CellRange; rule: ValidationRule }[];
  /** Protected without a password: guards the layout against slips, not against people. */
  protect: boolean;
  freeze?: { rows: number; cols: number };
  print: {
    orientation: 'portrait' | 'landscape';
    fitToWidth: boolean;
    margins?: { top: number; bottom: number; left: number; right: number };
    titleRows?: { from: number; to: number };
    /** Only the first this many columns are printed (the rest are notes for the screen). */
    columns?: number;
  };
  tabColor?: string;
  autoFilter?: CellRange;
}

/** A native chart, drawn where the host can (Excel); a file writer without charts skips it. */
export interface ChartSpec {
  sheet: string;
  type: 'pie' | 'column' | 'bar';
  title: string;
  /** Category labels in the first column, one series per further column. */
  source: CellRange;
  anchor: { row: number; col: number };
  size: { rows: number; cols: number };
}

export interface DefinedNameSpec {
  name: string;
  range: CellRange & { sheet: string };
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: DefinedNameSpec[];
  charts?: ChartSpec[];
  properties: { title: string; subject?: string; creator: string; created?: string };
  /** Font for every cell unless a style says otherwise. */
  font: { name: string; size: number };
}

export const DEFAULT_FONT = { name: 'Times New Roman', size: 13 } as const;

export function createSheet(name: string, columns: number[], overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    state: 'visible',
    columns,
    rowHeights: {},
    cells: [],
    merges: [],
    validations: [],
    protect: false,
    print: { orientation: 'portrait', fitToWidth: true },
    ...overrides,
  };
}

/** Small helper so that builders read as a list of rows rather than index arithmetic. */
export class SheetWriter {
  row = 0;
  constructor(readonly sheet: SheetSpec) {}

  set(row: number, col: number, value: CellSpec['value'], style?: CellStyle, note?: string): CellSpec {
    const cell: CellSpec = { row, col, value, style, ...(note ? { note } : {}) };
    this.sheet.cells.push(cell);
    return cell;
  }

  formula(row: number, col: number, formula: FormulaSpec, style?: CellStyle): CellSpec {
    const cell: CellSpec = { row, col, formula, style };
    this.sheet.cells.push(cell);
    return cell;
  }

  merge(row: number, col: number, rowEnd: number, colEnd: number): void {
    this.sheet.merges.push({ row, col, rowEnd, colEnd });
  }

  /** Writes a title across columns [0, lastCol] on the current row and moves down. */
  title(text: string, lastCol: number, style: CellStyle, height?: number): void {
    this.set(this.row, 0, text, { wrap: true, vAlign: 'middle', ...style });
    if (lastCol > 0) this.merge(this.row, 0, this.row, lastCol);
    if (height) this.sheet.rowHeights[this.row] = height;
    this.row++;
  }

  height(row: number, points: number): void {
    this.sheet.rowHeights[row] = points;
  }
}

export interface ColumnDef<K extends string> {
  key: K;
  header: string;
  width: number;
}

/** A table's columns by name: builders write `col.status`, never a bare index. */
export function defineColumns<K extends string>(columns: readonly ColumnDef<K>[]): { headers: string[]; widths: number[]; col: Record<K, number>; last: number } {
  const col = Object.fromEntries(columns.map((c, i) => [c.key, i])) as Record<K, number>;
  return { headers: columns.map((c) => c.header), widths: columns.map((c) => c.width), col, last: columns.length - 1 };
}
