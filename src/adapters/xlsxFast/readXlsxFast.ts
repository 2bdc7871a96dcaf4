import type { GridName, GridSheet, WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { decodeReference } from '../a1';
import type { ZipParts } from './readZipParts';
import { BytesMemo } from './BytesMemo';
import { readSavedAt } from './readSavedAt';
import { HandOver, localName, parseXml } from './parseXml';
import { readSharedStrings } from './readSharedStrings';
import { readSheetPart, type SheetCells } from './readSheetPart';

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

/** The package's content types, workbook outline and relationships, checked to agree with each other. */
function readPackage(zip: ZipParts) {
  const typesBytes = zip.read('[Content_Types].xml');
  if (!typesBytes) throw new HandOver('no [Content_Types].xml');
  const types = memo.types.get(typesBytes, readContentTypes);
  const workbooks = [...types].filter(([, type]) => type.includes('.main+xml') || type.includes('macroEnabled'));
  if (workbooks.length !== 1 || workbooks[0][0] !== 'xl/workbook.xml' || workbooks[0][1] !== TYPE_OF.workbook) throw new HandOver('a workbook declared otherwise than xl/workbook.xml');
  const workbookBytes = zip.read('xl/workbook.xml');
  const relsBytes = zip.read('xl/_rels/workbook.xml.rels');
  if (!workbookBytes || !relsBytes) throw new HandOver('no xl/workbook.xml or its relationships');
  const outline = memo.workbook.get(workbookBytes, readWorkbookPart);
  const names: GridName[] = [];
  for (const n of outline.names) {
    if (!n.name || n.local || n.name.startsWith('_xlnm')) continue;
    const at = decodeReference(n.ref);
    if (at) names.push({ name: n.name, ...at });
  }
  return { types, outline, names, relsBytes };
}

/** The chosen sheets' cells, within the limits, each part declared as a worksheet. */
function readChosenSheets(zip: ZipParts, chosen: string[], outline: WorkbookOutline, types: Map<string, string>, targets: Map<string, string>, limits: FastReadLimits) {
  const sheets: GridSheet[] = [];
  const cellsOf: SheetCells[] = [];
  let declaredCells = 0;
  for (const sheet of outline.sheets) {
    if (!chosen.includes(sheet.name)) continue;
    const path = targets.get(sheet.relId);
    if (!path || types.get(path) !== TYPE_OF.worksheet) throw new HandOver(`sheet "${sheet.name}" not declared as a worksheet`);
    const part = zip.read(path);
    if (!part) throw new HandOver(`the part of sheet "${sheet.name}"`);
    const cells = readSheetPart(part, limits);
    declaredCells += cells.declared.cells;
    if (cells.declared.rows > limits.maxRows || declaredCells > limits.maxCells) throw new HandOver('more cells than the limits');
    cellsOf.push(cells);
    sheets.push({ name: sheet.name, hidden: sheet.hidden, rows: cells.rows, ...(cells.uncached.length > 0 ? { uncached: cells.uncached } : {}) });
  }
  return { sheets, cellsOf };
}

/**
 * SheetJS inflates every part and parses the small ones whatever the sheets wanted: a file
 * with any part damaged, or not well-formed XML, is handed to it, so both say the same.
 * The parts already parsed are well-formed; the rest are checked here (once per distinct
 * content, see BytesMemo).
 */
function checkOtherParts(zip: ZipParts, outline: WorkbookOutline, targets: Map<string, string>, sharedStrings: string | null): void {
  const parsedOrSkipped = new Set<string | undefined>(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', sharedStrings ?? undefined]);
  for (const s of outline.sheets) parsedOrSkipped.add(targets.get(s.relId));
  for (const { name } of zip.entries) {
    if (name.endsWith('/')) continue;
    const part = zip.read(name);
    if (!part) throw new HandOver(`part "${name}" does not inflate`);
    if (/\.(xml|rels)$/.test(name) && !parsedOrSkipped.has(name)) memo.wellFormed.get(part, checkWellFormed);
  }
}

/** Puts the shared strings the sheets point to into their cells. */
function resolveSharedStrings(zip: ZipParts, types: Map<string, string>, sharedStrings: string | null, sheets: GridSheet[], cellsOf: SheetCells[]): void {
  const wanted = new Set(cellsOf.flatMap((c) => c.sharedRefs.map((r) => r.index)));
  if (wanted.size === 0) return;
  const part = sharedStrings && types.get(sharedStrings) === TYPE_OF.sharedStrings ? zip.read(sharedStrings) : null;
  if (!part) throw new HandOver('shared strings referenced but not there');
  const strings = readSharedStrings(part, wanted);
  cellsOf.forEach((cells, i) => {
    for (const ref of cells.sharedRefs) sheets[i].rows[ref.row][ref.col] = strings.get(ref.index) ?? null;
  });
}

/**
 * Reads the chosen sheets of an .xlsx into the grid the core reads, or says why it hands the
 * file over to SheetJS. Screening (size, zip bombs, encryption) has been done by the caller.
 */
export function readXlsxFast(zip: ZipParts | null, choose: SheetChooser, limits: FastReadLimits): FastReadResult {
  try {
    if (!zip) return { ok: false, handOver: 'a zip layout this reader does not take' };
    const { types, outline, names, relsBytes } = readPackage(zip);
    const sheetNames = outline.sheets.map((s) => s.name);
    const chosen = choose(sheetNames, names.map((n) => ({ name: n.name, sheet: n.sheet })));
    if (!chosen) return { ok: false, handOver: 'the file does not carry the template\'s names' };
    const { targets, sharedStrings } = memo.relationships.get(relsBytes, readRelationships);
    const { sheets, cellsOf } = readChosenSheets(zip, chosen, outline, types, targets, limits);
    checkOtherParts(zip, outline, targets, sharedStrings);
    resolveSharedStrings(zip, types, sharedStrings, sheets, cellsOf);
    const savedAt = readSavedAt(zip, types);
    return { ok: true, grid: { sheets, names, date1904: outline.date1904, ...(savedAt ? { savedAt } : {}) }, sheetNames };
  } catch (error) {
    if (error instanceof HandOver) return { ok: false, handOver: error.message };
    return { ok: false, handOver: `unexpected: ${error instanceof Error ? error.message : String(error)}` };
  }
}
