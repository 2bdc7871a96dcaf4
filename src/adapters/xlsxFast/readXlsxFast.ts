import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue, GridName, GridSheet, WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { decodeReference, lettersToColumn } from '../a1';
import type { ZipParts } from './readZipParts';
import { BytesMemo } from './BytesMemo';

/*
 * The fast path for .xlsx files that carry the template: only the parts a report's reading needs
 * are inflated (the workbook, its relationships, the input sheets) and tokenized by a real XML
 * parser; of the shared strings, often hundreds of kilobytes of lists, only the entries the input
 * sheets point to are parsed. SheetJS stays the reference and the fallback: whatever this reader
 * does not recognise comes back as a reason to hand over, never as a guess.
 */

export type FastReadResult = { ok: true; grid: WorkbookGrid; sheetNames: string[] } | { ok: false; handOver: string };

export interface FastReadLimits {
  /** A sheet declaring or holding more rows is handed over (SheetJS then refuses it with the reason). */
  maxRows: number;
  /** Cells declared by all the sheets read. */
  maxCells: number;
}

/** Given the sheet names and defined names, the sheets worth parsing, or null when the file does not look like a template. */
export type SheetChooser = (sheetNames: string[], names: { name: string; sheet: string }[]) => string[] | null;

class HandOver extends Error {}

/** Parts are UTF-8, as Excel and the other writers save them. */
const UTF8 = new TextDecoder('utf-8');

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses a part with saxes, strictly: a well-formedness error, a DTD or an unknown entity hands the file over. */
function parseXml(source: Uint8Array | string, handlers: { open?: (tag: SaxesTagPlain) => void; close?: (name: string) => void; text?: (text: string) => void }): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (error) => {
    throw new HandOver(`XML: ${error.message}`);
  });
  parser.on('doctype', () => {
    throw new HandOver('XML with a DOCTYPE');
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(tag as SaxesTagPlain));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(typeof source === 'string' ? source : UTF8.decode(source)).close();
}

/** `_x000D_` and the like: how OOXML writes characters XML cannot carry; `_x005F_` escapes the underscore. */
const decodeOoxmlEscapes = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

interface WorkbookOutline {
  sheets: { name: string; relId: string; hidden: boolean }[];
  names: { name: string; ref: string; local: boolean }[];
  date1904: boolean;
}

function readWorkbookPart(bytes: Uint8Array): WorkbookOutline {
  const outline: WorkbookOutline = { sheets: [], names: [], date1904: false };
  let definedName: { name: string; ref: string; local: boolean } | null = null;
  parseXml(bytes, {
    open(tag) {
      const name = localName(tag.name);
      const attrs = tag.attributes;
      if (name === 'sheet') {
        const relAttr = Object.keys(attrs).find((a) => a.includes(':') && localName(a) === 'id');
        if (!relAttr || attrs['name'] === undefined) throw new HandOver('a sheet without its name or relationship');
        outline.sheets.push({ name: attrs['name'], relId: attrs[relAttr], hidden: attrs['state'] === 'hidden' || attrs['state'] === 'veryHidden' });
      } else if (name === 'workbookPr') {
        outline.date1904 = attrs['date1904'] === '1' || attrs['date1904'] === 'true';
      } else if (name === 'definedName') {
        definedName = { name: attrs['name'] ?? '', ref: '', local: attrs['localSheetId'] !== undefined };
      }
    },
    text(text) {
      if (definedName) definedName.ref += text;
    },
    close(name) {
      if (name === 'definedName' && definedName) {
        outline.names.push(definedName);
        definedName = null;
      }
    },
  });
  return outline;
}

/**
 * The package's declared content types, by part name ("xl/workbook.xml"). SheetJS finds the
 * workbook and its sheets through them, so this reader takes a file only when they agree with
 * the parts it reads.
 */
function readContentTypes(bytes: Uint8Array): Map<string, string> {
  const types = new Map<string, string>();
  parseXml(bytes, {
    open(tag) {
      if (localName(tag.name) !== 'Override') return;
      const { PartName: part, ContentType: type } = tag.attributes;
      if (part && type) types.set(part.replace(/^\//, ''), type);
    },
  });
  return types;
}

const TYPE_OF = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
};

/** Relationship ids to part paths inside the zip, and the shared strings part if any. */
function readRelationships(bytes: Uint8Array): { targets: Map<string, string>; sharedStrings: string | null } {
  const targets = new Map<string, string>();
  let sharedStrings: string | null = null;
  parseXml(bytes, {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      const { Id: id, Target: target, Type: type, TargetMode: mode } = tag.attributes;
      if (!id || !target || mode === 'External') return;
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
      targets.set(id, path);
      if (type?.endsWith('/sharedStrings')) sharedStrings = path;
    },
  });
  return { targets, sharedStrings };
}

interface SheetCells {
  rows: CellValue[][];
  uncached: [number, number][];
  /** Cells holding shared string indices, resolved once the wanted strings are read. */
  sharedRefs: { row: number; col: number; index: number }[];
  /** The rows the sheet declares (its dimension), for the limits. */
  declared: { rows: number; cells: number };
}

/**
 * One worksheet's cells: numbers, booleans, formula strings, inline strings and shared string
 * references. Errors read as empty, as SheetJS gives them; a formula saved without its result is
 * listed as uncached. A cell without its address, or of a kind this reader does not know (dates
 * written as ISO text), hands the file over.
 */
function readSheetPart(bytes: Uint8Array, limits: FastReadLimits): SheetCells {
  const out: SheetCells = { rows: [], uncached: [], sharedRefs: [], declared: { rows: 0, cells: 0 } };
  let cell: { row: number; col: number; type: string; value: string | null; formula: boolean; inline: string | null } | null = null;
  let inValue = false;
  let inInlineText = 0;
  let inPhonetic = false;
  const place = (row: number, col: number, value: CellValue) => {
    while (out.rows.length <= row) out.rows.push([]);
    const r = out.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
  };
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
        const ref = tag.attributes['ref'] ?? '';
        const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
        if (m) {
          const rows = Number(m[4] ?? m[2]) - Number(m[2]) + 1;
          out.declared = { rows, cells: rows * (lettersToColumn(m[3] ?? m[1]) - lettersToColumn(m[1]) + 1) };
        }
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
        const { row, col, type, value, formula, inline } = cell;
        cell = null;
        if (type === 'inlineStr') {
          place(row, col, inline === null ? null : decodeOoxmlEscapes(inline));
          if (inline === null && formula) out.uncached.push([row, col]);
          return;
        }
        if (value === null) {
          place(row, col, null);
          if (formula) out.uncached.push([row, col]);
          return;
        }
        switch (type) {
          case 'n': {
            const n = Number(value);
            if (value.trim() === '' || !Number.isFinite(n)) throw new HandOver('a number that does not read');
            place(row, col, n);
            return;
          }
          case 's': {
            const index = Number(value);
            if (!Number.isInteger(index) || index < 0) throw new HandOver('a shared string index that does not read');
            place(row, col, null);
            out.sharedRefs.push({ row, col, index });
            return;
          }
          case 'str':
            place(row, col, decodeOoxmlEscapes(value));
            return;
          case 'b':
            if (value !== '0' && value !== '1') throw new HandOver('a boolean that does not read');
            place(row, col, value === '1');
            return;
          case 'e':
            place(row, col, null);
            return;
          default:
            throw new HandOver(`a cell of type "${type}"`);
        }
      }
    },
  });
  return out;
}

/**
 * The shared strings the input sheets point to, and only those: the part is scanned for where
 * each entry starts (tags cannot appear inside text, which escapes "<"), and just the wanted
 * entries are parsed. Rich text runs are joined; phonetic runs are left out, as SheetJS does.
 */
function readSharedStrings(bytes: Uint8Array, wanted: ReadonlySet<number>): Map<number, string> {
  const head = UTF8.decode(bytes.subarray(0, 1024));
  if (/<!DOCTYPE/i.test(head)) throw new HandOver('XML with a DOCTYPE');
  const root = /<([A-Za-z_][\w.-]*:)?sst[\s>/]/.exec(head);
  if (!root) throw new HandOver('shared strings without their root');
  // Where each entry starts, found by scanning the bytes (tags are ASCII, and UTF-8 never puts
  // "<" inside a character): the text itself is decoded only for the entries wanted.
  const open = new TextEncoder().encode(`<${root[1] ?? ''}si`);
  const [first, second] = [open[0], open[1]];
  const starts: number[] = [];
  const last = bytes.length - open.length;
  // Enough once the entry after the last one wanted is found: the lists past it are not scanned.
  let highest = 0;
  for (const index of wanted) highest = Math.max(highest, index);
  for (let at = bytes.indexOf(first); at >= 0 && at < last && starts.length <= highest + 1; at = bytes.indexOf(first, at + 1)) {
    if (bytes[at + 1] !== second) continue;
    let k = 2;
    while (k < open.length && bytes[at + k] === open[k]) k++;
    if (k < open.length) continue;
    const next = bytes[at + open.length];
    // "<si>", "<si/>", "<si …>": not "<sister>".
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) starts.push(at);
  }
  const end = bytes.lastIndexOf(0x3c);
  // The wanted entries, in order, parsed together in one pass inside a root of their own.
  const order = [...wanted].sort((a, b) => a - b);
  const pieces = order.map((index) => {
    if (index >= starts.length) throw new HandOver('a shared string index past the list');
    return UTF8.decode(bytes.subarray(starts[index], index + 1 < starts.length ? starts[index + 1] : end));
  });
  const found = new Map<number, string>();
  let text = '';
  let inText = 0;
  let inPhonetic = false;
  let depth = 0;
  let entry = 0;
  parseXml(`<root>${pieces.join('')}</root>`, {
    open(tag) {
      depth++;
      const name = localName(tag.name);
      if (name === 't') inText++;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(t) {
      if (inText > 0 && !inPhonetic) text += t;
    },
    close(name) {
      depth--;
      if (name === 't') inText--;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && depth === 1) {
        found.set(order[entry++], decodeOoxmlEscapes(text));
        text = '';
      }
    },
  });
  if (entry !== order.length) throw new HandOver('shared strings that do not read');
  return found;
}

// What every file of one template repeats byte for byte (only parts up to 256 KB are kept).
const MEMO_LIMITS = { entries: 64, bytesPerEntry: 256 * 1024 };
const memo = {
  types: new BytesMemo<Map<string, string>>(MEMO_LIMITS),
  workbook: new BytesMemo<WorkbookOutline>(MEMO_LIMITS),
  relationships: new BytesMemo<ReturnType<typeof readRelationships>>(MEMO_LIMITS),
  wellFormed: new BytesMemo<true>(MEMO_LIMITS),
};
const checkWellFormed = (bytes: Uint8Array): true => {
  parseXml(bytes, {});
  return true;
};

/**
 * Reads the chosen sheets of an .xlsx into the grid the core reads, or says why it hands the
 * file over to SheetJS. Screening (size, zip bombs, encryption) has been done by the caller.
 */
export function readXlsxFast(zip: ZipParts | null, choose: SheetChooser, limits: FastReadLimits): FastReadResult {
  try {
    if (!zip) return { ok: false, handOver: 'a zip layout this reader does not take' };
    const typesBytes = zip.read('[Content_Types].xml');
    if (!typesBytes) return { ok: false, handOver: 'no [Content_Types].xml' };
    const types = memo.types.get(typesBytes, readContentTypes);
    const workbooks = [...types].filter(([, type]) => type.includes('.main+xml') || type.includes('macroEnabled'));
    if (workbooks.length !== 1 || workbooks[0][0] !== 'xl/workbook.xml' || workbooks[0][1] !== TYPE_OF.workbook) return { ok: false, handOver: 'a workbook declared otherwise than xl/workbook.xml' };
    const workbookBytes = zip.read('xl/workbook.xml');
    const relsBytes = zip.read('xl/_rels/workbook.xml.rels');
    if (!workbookBytes || !relsBytes) return { ok: false, handOver: 'no xl/workbook.xml or its relationships' };
    const outline = memo.workbook.get(workbookBytes, readWorkbookPart);
    const names: GridName[] = [];
    for (const n of outline.names) {
      if (!n.name || n.local || n.name.startsWith('_xlnm')) continue;
      const at = decodeReference(n.ref);
      if (at) names.push({ name: n.name, ...at });
    }
    const sheetNames = outline.sheets.map((s) => s.name);
    const chosen = choose(sheetNames, names.map((n) => ({ name: n.name, sheet: n.sheet })));
    if (!chosen) return { ok: false, handOver: 'the file does not carry the template\'s names' };
    const { targets, sharedStrings } = memo.relationships.get(relsBytes, readRelationships);
    const sheets: GridSheet[] = [];
    const cellsOf: SheetCells[] = [];
    let declaredCells = 0;
    for (const sheet of outline.sheets) {
      if (!chosen.includes(sheet.name)) continue;
      const path = targets.get(sheet.relId);
      if (!path || types.get(path) !== TYPE_OF.worksheet) return { ok: false, handOver: `sheet "${sheet.name}" not declared as a worksheet` };
      const part = zip.read(path);
      if (!part) return { ok: false, handOver: `the part of sheet "${sheet.name}"` };
      const cells = readSheetPart(part, limits);
      declaredCells += cells.declared.cells;
      if (cells.declared.rows > limits.maxRows || declaredCells > limits.maxCells) return { ok: false, handOver: 'more cells than the limits' };
      cellsOf.push(cells);
      sheets.push({ name: sheet.name, hidden: sheet.hidden, rows: cells.rows, ...(cells.uncached.length > 0 ? { uncached: cells.uncached } : {}) });
    }
    // SheetJS inflates every part and parses the small ones whatever the sheets wanted: a file
    // with any part damaged, or not well-formed XML, is handed to it, so both say the same.
    // The parts already parsed above are well-formed; the rest are checked here (once per
    // distinct content, see BytesMemo).
    const parsedOrSkipped = new Set<string | undefined>(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', sharedStrings ?? undefined]);
    for (const s of outline.sheets) parsedOrSkipped.add(targets.get(s.relId));
    for (const { name } of zip.entries) {
      if (name.endsWith('/')) continue;
      const part = zip.read(name);
      if (!part) return { ok: false, handOver: `part "${name}" does not inflate` };
      if (/\.(xml|rels)$/.test(name) && !parsedOrSkipped.has(name)) memo.wellFormed.get(part, checkWellFormed);
    }
    const wanted = new Set(cellsOf.flatMap((c) => c.sharedRefs.map((r) => r.index)));
    if (wanted.size > 0) {
      const part = sharedStrings && types.get(sharedStrings) === TYPE_OF.sharedStrings ? zip.read(sharedStrings) : null;
      if (!part) return { ok: false, handOver: 'shared strings referenced but not there' };
      const strings = readSharedStrings(part, wanted);
      cellsOf.forEach((cells, i) => {
        for (const ref of cells.sharedRefs) sheets[i].rows[ref.row][ref.col] = strings.get(ref.index) ?? null;
      });
    }
    return { ok: true, grid: { sheets, names, date1904: outline.date1904 }, sheetNames };
  } catch (error) {
    if (error instanceof HandOver) return { ok: false, handOver: error.message };
    return { ok: false, handOver: `unexpected: ${error instanceof Error ? error.message : String(error)}` };
  }
}
