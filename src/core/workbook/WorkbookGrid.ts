import { normalizeText } from '../text/normalizeText';
import type { CellAddress } from '../issues/Issue';
import type { IsoInstant } from '../text/instant';

export type CellValue = string | number | boolean | null;

export interface GridSheet {
  name: string;
  hidden: boolean;
  /** Dense rows of cell values (cached results for formulas); missing cells are null or absent. */
  rows: CellValue[][];
  /** [row, col] of formulas saved without a computed value (the file was never recalculated). */
  uncached?: [number, number][];
}

/** A defined name that points at one cell (a range is kept as its top-left cell). */
export interface GridName extends CellAddress {
  name: string;
}

/** What every reader (a file, the live workbook) gives the core: values and names, nothing else. */
export interface WorkbookGrid {
  sheets: GridSheet[];
  names: GridName[];
  /** Dates are counted from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** When the workbook says it was last saved (its own document properties), if it says so plausibly. */
  savedAt?: IsoInstant;
}

/** A cell as one line of text: NFC, spaces folded; a number as written; anything else empty. */
export function cellText(value: CellValue | undefined): string {
  return typeof value === 'string' ? normalizeText(value) : typeof value === 'number' ? String(value) : '';
}

export function readCell(grid: WorkbookGrid, address: CellAddress): CellValue {
  const sheet = grid.sheets.find((s) => s.name === address.sheet);
  const value = sheet?.rows[address.row]?.[address.col];
  return value === undefined ? null : value;
}
