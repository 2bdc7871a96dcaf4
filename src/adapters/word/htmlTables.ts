import { cleanText } from './buildWordParagraph';
import { drawsBorder } from './htmlFormatting';

/*
 * An HTML table's rows as shown: a cell spanning columns (colspan) or rows (rowspan) repeated
 * across them. Borderless when neither the table nor any row or cell draws a line.
 */

export interface HtmlTable {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  inCell(): boolean;
  addText(text: string): void;
  rows(): string[][];
  borderless(): boolean;
}

const MAX_SPAN = 64;
const span = (value: string | undefined) => Math.min(MAX_SPAN, Math.max(1, Number(value) || 1));

export function createHtmlTable(attributes: Record<string, string>): HtmlTable {
  const rows: string[][] = [];
  let bordered = drawsBorder(attributes) || /MsoTableGrid/i.test(attributes['class'] ?? '');
  let row: string[] | null = null;
  let cell: { parts: string[]; colspan: number; rowspan: number } | null = null;
  // Cells spanning down: per column, the text and the rows still to fill.
  const pending: ({ text: string; rows: number } | undefined)[] = [];
  const fillPending = (upTo: number) => {
    if (!row) return;
    while (row.length < upTo) {
      const down = pending[row.length];
      if (!down || down.rows <= 0) return;
      down.rows--;
      row.push(down.text);
    }
  };
  const endCell = () => {
    if (!cell || !row) return;
    const text = cleanText(cell.parts.join('\n'));
    fillPending(Infinity);
    for (let s = 0; s < cell.colspan; s++) {
      if (cell.rowspan > 1) pending[row.length] = { text, rows: cell.rowspan - 1 };
      row.push(text);
    }
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (!row) return;
    fillPending(Infinity);
    rows.push(row);
    row = null;
  };
  return {
    open(name, attrs) {
      bordered ||= drawsBorder(attrs);
      if (name === 'tr') {
        endRow();
        row = [];
      } else {
        endCell();
        row ??= [];
        cell = { parts: [], colspan: span(attrs['colspan']), rowspan: span(attrs['rowspan']) };
      }
    },
    close(name) {
      if (name === 'tr') endRow();
      else endCell();
    },
    inCell: () => cell !== null,
    addText(text) {
      if (!cell) {
        row ??= [];
        cell = { parts: [], colspan: 1, rowspan: 1 };
      }
      cell.parts.push(text);
    },
    rows() {
      endRow();
      return rows;
    },
    borderless: () => !bordered,
  };
}
