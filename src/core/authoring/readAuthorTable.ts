import { present } from '../present';
import type { CellAddress, IssueCode, IssueParams } from '../issues/Issue';
import { foldForMatch, normalizeText } from '../text/normalizeText';
import type { CellValue, GridSheet } from '../workbook/WorkbookGrid';
import type { AuthorColumn } from './authorLayout';

/** A table sheet as rows of cells keyed by column, with where each value came from. */
export interface TableRow<K extends string> {
  row: number;
  /** The column's header as the author layout names it, for messages. */
  header: (key: K) => string;
  value: (key: K) => CellValue;
  text: (key: K) => string;
  cell: (key: K) => CellAddress;
}

/**
 * One sheet of the author workbook read as a table: the header row is found among the top rows
 * by the layout's headers (in any order), blank rows are skipped, and a required column that is
 * missing is reported at the header row. Null when the sheet is absent or a column is missing.
 */
export function readTable<K extends string>(
  sheet: GridSheet | undefined,
  columns: readonly AuthorColumn<K>[],
  add: (code: IssueCode, cell: CellAddress | undefined, params?: IssueParams) => void,
): TableRow<K>[] | null {
  if (!sheet) return null;
  const wanted = new Map(columns.map((c) => [foldForMatch(c.header), c]));
  // The header row is the first of the top rows naming at least two of our columns.
  let headerRow = -1;
  for (let r = 0; r < Math.min(6, sheet.rows.length) && headerRow < 0; r++) {
    const hits = (sheet.rows[r] ?? []).filter((v) => typeof v === 'string' && wanted.has(foldForMatch(v))).length;
    if (hits >= 2) headerRow = r;
  }
  const colOf = new Map<K, number>();
  (sheet.rows[headerRow] ?? []).forEach((v, c) => {
    const column = typeof v === 'string' ? wanted.get(foldForMatch(v)) : undefined;
    if (column && !colOf.has(column.key)) colOf.set(column.key, c);
  });
  let missing = false;
  for (const c of columns) {
    if (c.required && !colOf.has(c.key)) {
      add('AUTHOR_COLUMN_MISSING', { sheet: sheet.name, row: Math.max(0, headerRow), col: 0 }, { sheet: sheet.name, column: c.header });
      missing = true;
    }
  }
  if (missing) return null;
  const rows: TableRow<K>[] = [];
  const width = Math.max(...colOf.values()) + 1;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const value = (key: K): CellValue => {
      const c = colOf.get(key);
      const v = c === undefined ? null : (cells[c] ?? null);
      return typeof v === 'string' && v.trim() === '' ? null : v;
    };
    if (cells.slice(0, width).every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))) continue;
    rows.push({
      row: r,
      header: (key) => present(columns.find((c) => c.key === key), `column ${key}`).header,
      value,
      text: (key) => {
        const v = value(key);
        return v === null ? '' : normalizeText(String(v));
      },
      // A column the sheet lacks (optional) points at the row's first cell.
      cell: (key) => ({ sheet: sheet.name, row: r, col: colOf.get(key) ?? 0 }),
    });
  }
  return rows;
}

