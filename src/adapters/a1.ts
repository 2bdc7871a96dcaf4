import { columnLetters } from '../core/issues/issueMessages';
import type { CellRange, FormulaSpec } from '../core/workbook/WorkbookSpec';

// A1 notation lives here, at the edge: the core speaks zero-based { row, col } and knows
// column letters only to show a cell to a person in a message.

export const columnToLetters = columnLetters;

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'Nội dung' → `'Nội dung'`; quotes inside are doubled, as Excel writes them. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function encodeCell(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnToLetters(col)}${d}${row + 1}`;
}

export function encodeRange(range: CellRange, options: { absolute?: boolean; withSheet?: boolean } = {}): string {
  const start = encodeCell(range.row, range.col, options.absolute);
  const { rowEnd } = range;
  const hasEnd = rowEnd !== undefined && (rowEnd !== range.row || (range.colEnd ?? range.col) !== range.col);
  const end = hasEnd ? `:${encodeCell(rowEnd, range.colEnd ?? range.col, options.absolute)}` : '';
  const sheet = options.withSheet && range.sheet ? `${quoteSheetName(range.sheet)}!` : '';
  return `${sheet}${start}${end}`;
}

/** Renders `{0}`, `{1}`… with A1 references; a reference to another sheet carries its name. */
export function renderFormula(formula: FormulaSpec, currentSheet: string): string {
  return formula.text.replace(/\{(\d+)\}/g, (_, i: string) => {
    const ref = formula.refs[Number(i)];
    if (!ref) throw new Error(`Formula reference {${i}} is missing in "${formula.text}"`);
    return encodeRange(ref, { withSheet: ref.sheet !== undefined && ref.sheet !== currentSheet });
  });
}

/** Parses `'Nội dung'!$B$5` or `Sheet1!B5:C9` into the sheet and the top-left cell. */
export function decodeReference(ref: string): { sheet: string; row: number; col: number } | null {
  // SheetJS hands over names from .ods files with XML entities still in them.
  const text = ref.trim().replace(/^=/, '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const m = /^(?:'((?:[^']|'')+)'|([^!'=]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, col: lettersToColumn(m[3]) };
}
