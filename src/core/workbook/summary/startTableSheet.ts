import { STYLE } from '../styles';
import { SheetWriter, createSheet, type SheetSpec } from '../WorkbookSpec';

/**
 * A landscape list sheet of the summary: a title, a note under it, a blank row, then the
 * header row. The writer stands on the first data row.
 */
export function startTableSheet(name: string, columns: { headers: string[]; widths: number[]; last: number }, heading: { title: string; note: string; headerHeight?: number }): { sheet: SheetSpec; w: SheetWriter; headerRow: number } {
  const sheet = createSheet(name, columns.widths, { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  w.title(heading.title, columns.last, STYLE.title, 24);
  w.title(heading.note, columns.last, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  columns.headers.forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  if (heading.headerHeight !== undefined) w.height(headerRow, heading.headerHeight);
  return { sheet, w, headerRow };
}

/** The header row frozen, filtered over the rows written, and printed on every page. */
export function finishTableSheet(sheet: SheetSpec, headerRow: number, rows: number, last: number): SheetSpec {
  sheet.freeze = { rows: headerRow + 1, cols: 0 };
  sheet.autoFilter = { row: headerRow, col: 0, rowEnd: Math.max(headerRow, headerRow + rows), colEnd: last };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}
