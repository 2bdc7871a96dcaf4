import type { CellValue } from '../../core/workbook/WorkbookGrid';
import { lettersToColumn } from '../a1';
import { HandOver, decodeOoxmlEscapes, localName, parseXml } from './parseXml';

export interface SheetCells {
  rows: CellValue[][];
  uncached: [number, number][];
  /** Cells holding shared string indices, resolved once the wanted strings are read. */
  sharedRefs: { row: number; col: number; index: number }[];
  /** The rows the sheet declares (its dimension), for the limits. */
  declared: { rows: number; cells: number };
}

/** A `<c>` element as read so far: its address, type, and the texts of its value or inline string. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  value: string | null;
  formula: boolean;
  inline: string | null;
}

function place(out: SheetCells, row: number, col: number, value: CellValue): void {
  while (out.rows.length <= row) out.rows.push([]);
  const r = out.rows[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
}

/** The `<dimension>` a sheet declares, as rows and cells, or null when its reference does not read. */
function readDimension(ref: string): SheetCells['declared'] | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!m) return null;
  const rows = Number(m[4] ?? m[2]) - Number(m[2]) + 1;
  return { rows, cells: rows * (lettersToColumn(m[3] ?? m[1]) - lettersToColumn(m[1]) + 1) };
}

/** Places a closed cell's value by its type; a kind this reader does not know hands the file over. */
function placeCell(out: SheetCells, cell: OpenCell): void {
  const { row, col, type, value, formula, inline } = cell;
  if (type === 'inlineStr') {
    place(out, row, col, inline === null ? null : decodeOoxmlEscapes(inline));
    if (inline === null && formula) out.uncached.push([row, col]);
    return;
  }
  if (value === null) {
    place(out, row, col, null);
    if (formula) out.uncached.push([row, col]);
    return;
  }
  switch (type) {
    case 'n': {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) throw new HandOver('a number that does not read');
      place(out, row, col, n);
      return;
    }
    case 's': {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0) throw new HandOver('a shared string index that does not read');
      place(out, row, col, null);
      out.sharedRefs.push({ row, col, index });
      return;
    }
    case 'str':
      place(out, row, col, decodeOoxmlEscapes(value));
      return;
    case 'b':
      if (value !== '0' && value !== '1') throw new HandOver('a boolean that does not read');
      place(out, row, col, value === '1');
      return;
    case 'e':
      place(out, row, col, null);
      return;
    default:
      throw new HandOver(`a cell of type "${type}"`);
  }
}

/**
 * One worksheet's cells: numbers, booleans, formula strings, inline strings and shared string
 * references. Errors read as empty, as SheetJS gives them; a formula saved without its result is
 * listed as uncached. A cell without its address, or of a kind this reader does not know (dates
 * written as ISO text), hands the file over.
 */
export function readSheetPart(bytes: Uint8Array, limits: { maxRows: number }): SheetCells {
  const out: SheetCells = { rows: [], uncached: [], sharedRefs: [], declared: { rows: 0, cells: 0 } };
  let cell: OpenCell | null = null;
  let inValue = false;
  let inInlineText = 0;
  let inPhonetic = false;
  parseXml(bytes, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'c') {
        const ref = tag.attributes['r'];
        const m = ref ? /^([A-Z]{1,3})(\d+)$/.exec(ref) : null;
        if (!m) throw new HandOver('a cell without its address');
        const row = Number(m[2]) - 1;
        if (row > limits.maxRows) throw new HandOver('more rows than the limit');
        cell = { row, col: lettersToColumn(m[1]), type: tag.attributes['t'] ?? 'n', value: null, formula: false, inline: null };
      } else if (name === 'v' && cell) {
        inValue = true;
        cell.value = '';
      } else if (name === 'f' && cell) {
        cell.formula = true;
      } else if (name === 'is' && cell) {
        cell.inline = '';
      } else if (name === 't' && cell && cell.inline !== null) {
        inInlineText++;
      } else if (name === 'rPh') {
        inPhonetic = true;
      } else if (name === 'dimension') {
        out.declared = readDimension(tag.attributes['ref'] ?? '') ?? out.declared;
      }
    },
    text(text) {
      if (!cell) return;
      if (inValue && cell.value !== null) cell.value += text;
      else if (inInlineText > 0 && !inPhonetic && cell.inline !== null) cell.inline += text;
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 't' && inInlineText > 0) inInlineText--;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        const closed: OpenCell = cell;
        cell = null;
        placeCell(out, closed);
      }
    },
  });
  return out;
}
