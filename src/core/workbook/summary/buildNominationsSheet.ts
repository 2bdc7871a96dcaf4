import type { Consolidation } from '../../consolidation/consolidateReports';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { SheetWriter, createSheet, defineColumns, type SheetSpec } from '../WorkbookSpec';
import { fitCellText } from './buildTextsSheet';
import { SUMMARY_SHEETS } from './summarySheets';

const FIXED = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'unit', header: 'Đơn vị đề xuất', width: 28 },
]);

/** Điển hình: every nomination of the counted units, with the unit that proposed it. */
export function buildNominationsSheet(c: Consolidation): SheetSpec {
  const { col } = FIXED;
  const def = c.round.template.nominations;
  const first = FIXED.last + 1;
  const sheet = createSheet(SUMMARY_SHEETS.nominations, [...FIXED.widths, ...def.columns.map((column) => column.width)], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  const last = first + def.columns.length - 1;
  w.title(def.title.toUpperCase(), last, STYLE.title, 24);
  w.title(`Tổng cộng ${c.nominations.length} đề xuất của các đơn vị được tổng hợp.`, last, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  [...FIXED.headers, ...def.columns.map((column) => column.label)].forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  w.height(headerRow, 34);
  c.nominations.forEach(({ unit, nomination }, i) => {
    const r = w.row++;
    w.set(r, col.index, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, col.unit, unit.name, STYLE.text);
    def.columns.forEach((column, j) => w.set(r, first + j, fitCellText(nomination.values[column.code] ?? ''), STYLE.text));
    // The row is as tall as its fullest cell needs, each cell wrapped in its own width.
    const longest = def.columns.reduce((most, column) => Math.max(most, (nomination.values[column.code] ?? '').length / (column.width / 48)), 0);
    w.height(r, rowHeightFor('x'.repeat(Math.ceil(longest)), 48));
  });
  sheet.freeze = { rows: headerRow + 1, cols: col.unit + 1 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}
