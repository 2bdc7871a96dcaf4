import * as XLSX from 'xlsx';
import { formatFileSize } from '../../core/text/formatFileSize';
import { plausibleInstant } from '../../core/text/instant';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { zipProblem } from '../xlsxFast/screenZip';
import { LIMITS } from '../../core/round/limits';
import { readTemplateFast } from '../xlsxFast/readTemplateFast';
import type { CellValue, GridName, GridSheet } from '../../core/workbook/WorkbookGrid';
import { decodeReference } from '../a1';
import { inspectContainer } from './inspectContainer';
import type { InflateRaw } from '../xlsxFast/readZipParts';
import type { GridReadResult, SheetSelector } from '../GridReadResult';

/** The fast path's inflater: SheetJS's own (browsers), or Node's zlib once `useNativeZlib` ran. */
/** SheetJS's own inflater, for zips read in a browser (workbooks and Word reports). */
export const sheetJsInflateRaw: InflateRaw = (data, size) => (XLSX.CFB.utils as unknown as { _inflateRaw: InflateRaw })._inflateRaw(data, size);
let fastInflate: InflateRaw = sheetJsInflateRaw;
export function useFastInflater(inflate: InflateRaw): void {
  fastInflate = inflate;
}


const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

/**
 * Sheet names and defined names straight from xl/workbook.xml, before any sheet is parsed, so a
 * file's big sheets that hold no input (lists of thousands of units, a unit's own extra tables)
 * need not be parsed at all. Null when the file is not an .xlsx or the part cannot be read.
 */
function readOutline(bytes: Uint8Array): { sheetNames: string[]; names: { name: string; sheet: string }[] } | null {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    const entry = XLSX.CFB.find(cfb, '/xl/workbook.xml') ?? XLSX.CFB.find(cfb, 'xl/workbook.xml');
    if (!entry?.content) return null;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const sheetNames = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
    const names: { name: string; sheet: string }[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
      const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
      const at = name ? decodeReference(unescapeXml(m[2])) : null;
      if (name && at && !/\blocalSheetId=/.test(m[1])) names.push({ name: unescapeXml(name), sheet: at.sheet });
    }
    return sheetNames.length > 0 ? { sheetNames, names } : null;
  } catch {
    return null;
  }
}


function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Names the kind of a file that is not a spreadsheet, from its first bytes. */
function sniffForeign(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'tệp PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'ảnh PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'ảnh JPEG';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'ảnh GIF';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'tệp RTF';
  if (startsWith(bytes, [0x50, 0x4b])) return 'tệp nén không hoàn chỉnh';
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return 'tệp nén RAR';
  return 'không nhận ra định dạng';
}

/** Refuses what must not reach the parser: foreign files, encrypted or oversized ones. */
function screen(bytes: Uint8Array): Issue | null {
  if (bytes.length === 0) return makeIssue('FILE_EMPTY');
  if (bytes.length > LIMITS.file.bytes) return makeIssue('FILE_TOO_LARGE', {}, { size: formatFileSize(bytes.length) });
  const container = inspectContainer(bytes);
  switch (container.kind) {
    case 'zip':
      return zipProblem(container.entries);
    case 'zip-broken':
      return makeIssue('FILE_UNREADABLE', {}, { detail: 'tệp nén bị hỏng hoặc chưa tải về hết' });
    case 'ole': {
      const streams = new Set(container.streams.map((s) => s.slice(s.lastIndexOf('/') + 1)));
      if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) return makeIssue('FILE_ENCRYPTED');
      if (streams.has('WordDocument')) return makeIssue('FILE_NOT_SPREADSHEET', {}, { detail: 'tài liệu Word (.doc)' });
      if (streams.has('PowerPoint Document')) return makeIssue('FILE_NOT_SPREADSHEET', {}, { detail: 'bản trình chiếu PowerPoint (.ppt)' });
      if (!streams.has('Workbook') && !streams.has('Book')) return makeIssue('FILE_NOT_SPREADSHEET', {}, { detail: 'tệp Office không chứa bảng tính' });
      return null;
    }
    case 'ole-broken':
      return makeIssue('FILE_UNREADABLE', {}, { detail: 'tệp Excel 97-2003 bị hỏng' });
    case 'other':
      return makeIssue('FILE_NOT_SPREADSHEET', {}, { detail: sniffForeign(bytes) });
  }
}

/**
 * Reads a spreadsheet file (any of SPREADSHEET_EXTENSIONS) into the plain grid the core reads: cell values
 * (cached results for formulas) and defined names. Styles and number formats are not read.
 * Never throws for a bad file and never modifies the bytes: problems come back as issues.
 */
export function readWorkbookGrid(bytes: Uint8Array, options: { selectSheets?: SheetSelector; fast?: boolean } = {}): GridReadResult {
  const refused = screen(bytes);
  if (refused) return { ok: false, issues: [refused] };
  const { selectSheets } = options;
  // A template's .xlsx: only its input cells' parts, tokenized; anything else goes to SheetJS.
  if (selectSheets && options.fast !== false) {
    const fast = readTemplateFast(bytes, selectSheets, fastInflate);
    if (fast) return fast;
  }
  const outline = selectSheets && startsWith(bytes, [0x50, 0x4b]) ? readOutline(bytes) : null;
  const chosen = outline && selectSheets ? selectSheets(outline.sheetNames, outline.names) : null;
  const partial = chosen !== null && outline !== null && chosen.length < outline.sheetNames.length;
  let wb: XLSX.WorkBook;
  // SheetJS prints notes about odd number formats to the console; a unit's file is not the
  // place for that chatter, and what matters comes back as issues.
  const { warn, error: logError } = console;
  console.warn = console.error = () => undefined;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellStyles: false,
      cellNF: false,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      // Formulas are read only to notice those saved without a computed value.
      cellFormula: true,
      sheetStubs: true,
      bookVBA: false,
      sheetRows: LIMITS.file.rowsPerSheet + 1,
      ...(partial && chosen ? { sheets: chosen } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) return { ok: false, issues: [makeIssue('FILE_ENCRYPTED')] };
    return { ok: false, issues: [makeIssue('FILE_UNREADABLE', {}, { detail: describeReadError(message) })] };
  } finally {
    console.warn = warn;
    console.error = logError;
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) {
    return { ok: false, issues: [makeIssue('FILE_UNREADABLE', {}, { detail: 'không có trang tính nào' })] };
  }
  let declaredCells = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const ref = ws?.['!fullref'] ?? ws?.['!ref'];
    if (!ref) continue;
    const range = XLSX.utils.decode_range(ref);
    const rows = range.e.r - range.s.r + 1;
    declaredCells += rows * (range.e.c - range.s.c + 1);
    if (rows > LIMITS.file.rowsPerSheet || declaredCells > LIMITS.file.cells) {
      return { ok: false, issues: [makeIssue('FILE_TOO_MANY_CELLS', {}, { sheet: name, rows })] };
    }
  }
  const wanted = partial ? new Set(chosen) : null;
  const sheets: GridSheet[] = wb.SheetNames.flatMap((name, i) =>
    wanted && !wanted.has(name) ? [] : [{ name, hidden: (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0, ...toRows(wb.Sheets[name]) }],
  );
  const names: GridName[] = [];
  for (const n of wb.Workbook?.Names ?? []) {
    if (!n.Name || !n.Ref || n.Name.startsWith('_xlnm') || n.Sheet !== undefined) continue;
    const at = decodeReference(n.Ref);
    if (at) names.push({ name: n.Name, ...at });
  }
  const format = startsWith(bytes, [0xd0, 0xcf]) ? 'xls' : (wb as { bookType?: string }).bookType === 'ods' ? 'ods' : 'xlsx';
  const savedAt = plausibleInstant(wb.Props?.ModifiedDate);
  return { ok: true, grid: { sheets, names, date1904: Boolean(wb.Workbook?.WBProps?.date1904), ...(savedAt ? { savedAt } : {}) }, format, partial };
}

function describeReadError(message: string): string {
  if (/zip|central directory|end of data|corrupt|unsupported|inflate|header/i.test(message)) return 'cấu trúc tệp bị hỏng';
  return 'lỗi định dạng';
}

function toRows(ws: XLSX.WorkSheet | undefined): Pick<GridSheet, 'rows' | 'uncached'> {
  const data = (ws?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: CellValue[][] = [];
  const uncached: [number, number][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) {
      rows.push([]);
      continue;
    }
    const out: CellValue[] = new Array(row.length).fill(null);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      if ((cell.t === 's' || cell.t === 'n' || cell.t === 'b') && cell.v !== undefined) out[c] = cell.v as CellValue;
      else if (cell.t === 'z' && cell.f) uncached.push([r, c]);
    }
    rows.push(out);
  }
  return uncached.length > 0 ? { rows, uncached } : { rows };
}
