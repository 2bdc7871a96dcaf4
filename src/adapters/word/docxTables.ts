import type { SaxesTagPlain } from 'saxes';
import { attr, borderVisible } from './ooxmlProps';
import { cleanText } from './buildWordParagraph';

/*
 * A w:tbl's rows as the officer sees them: a cell spanning columns (gridSpan) repeated across
 * them, a cell merged down (vMerge) repeating the text of the cell it continues.
 */

export interface TableBuilder {
  /** Takes the table's own elements (rows, cells, spans, borders); false for anything else. */
  open(name: string, parent: string, tag: SaxesTagPlain): boolean;
  close(name: string): void;
  /** A cell is open: paragraphs go into it. */
  inCell(): boolean;
  addText(text: string): void;
  rows(): string[][];
  style?: string;
  sides: Record<string, boolean>;
  cellBorders: boolean;
}

interface Cell {
  parts: string[];
  span: number;
  merge: 'restart' | 'continue' | null;
}

const MAX_SPAN = 64;

export function createTableBuilder(): TableBuilder {
  const rows: string[][] = [];
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let before = 0;
  // The text of the cell last seen at each grid column, for cells merged down.
  const above: string[] = [];
  const finishRow = (cells: Cell[]) => {
    const texts: string[] = Array.from({ length: before }, () => '');
    for (const c of cells) {
      const own = cleanText(c.parts.join('\n'));
      for (let s = 0; s < c.span; s++) {
        const column = texts.length;
        const text = c.merge === 'continue' ? (above[column] ?? '') : own;
        above[column] = text;
        texts.push(text);
      }
    }
    rows.push(texts);
  };
  const builder: TableBuilder = {
    sides: {},
    cellBorders: false,
    open(name, parent, tag) {
      if (name === 'tr') {
        row = [];
        before = 0;
      } else if (name === 'tc') cell = { parts: [], span: 1, merge: null };
      else if (name === 'tblStyle' && parent === 'tblPr') builder.style = attr(tag, 'val');
      else if (parent === 'tblBorders') builder.sides[name] = borderVisible(tag);
      else if (parent === 'tcBorders') builder.cellBorders ||= borderVisible(tag);
      else if (name === 'gridSpan' && parent === 'tcPr' && cell) cell.span = Math.min(MAX_SPAN, Math.max(1, Number(attr(tag, 'val')) || 1));
      else if (name === 'vMerge' && parent === 'tcPr' && cell) cell.merge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
      else if (name === 'gridBefore' && parent === 'trPr') before = Math.min(MAX_SPAN, Math.max(0, Number(attr(tag, 'val')) || 0));
      else return false;
      return true;
    },
    close(name) {
      if (name === 'tc' && cell && row) {
        row.push(cell);
        cell = null;
      } else if (name === 'tr' && row) {
        finishRow(row);
        row = null;
      }
    },
    inCell: () => cell !== null,
    addText(text) {
      cell?.parts.push(text);
    },
    rows: () => rows,
  };
  return builder;
}
