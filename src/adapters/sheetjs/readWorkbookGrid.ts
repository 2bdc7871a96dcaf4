import * as XLSX from 'xlsx';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import type { CellValue, GridName, GridSheet, WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { decodeReference } from '../a1';

/** A report is a few hundred kilobytes; anything above this is refused before parsing. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type GridReadResult = { ok: true; grid: WorkbookGrid; format: string } | { ok: false; issues: Issue[] };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Names the kind of a file that is not a spreadsheet, from its first bytes. */
function sniffForeign(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'tệp PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'ảnh PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'ảnh JPEG';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'tệp RTF';
  if (startsWith(bytes, [0x50, 0x4b])) return 'tệp nén không hoàn chỉnh';
  return 'không nhận ra định dạng';
}

/**
 * Reads a spreadsheet file (.xlsx, .xls, .ods) into the plain grid the core reads: cell values
 * (cached results for formulas) and defined names. Styles and number formats are not read.
 * Never throws for a bad file: the problem comes back as issues.
 */
export function readWorkbookGrid(bytes: Uint8Array): GridReadResult {
  if (bytes.length === 0) return { ok: false, issues: [makeIssue('FILE_EMPTY')] };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, issues: [makeIssue('FILE_TOO_LARGE', {}, { size: formatSize(bytes.length), limit: formatSize(MAX_FILE_BYTES) })] };
  }
  const foreign = sniffForeign(bytes);
  if (foreign) return { ok: false, issues: [makeIssue('FILE_NOT_SPREADSHEET', {}, { detail: foreign })] };
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellStyles: false,
      cellNF: false,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      bookVBA: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) return { ok: false, issues: [makeIssue('FILE_ENCRYPTED')] };
    return { ok: false, issues: [makeIssue('FILE_UNREADABLE', {}, { detail: describeReadError(message) })] };
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) {
    return { ok: false, issues: [makeIssue('FILE_UNREADABLE', {}, { detail: 'không có trang tính nào' })] };
  }
  const sheets: GridSheet[] = wb.SheetNames.map((name, i) => ({
    name,
    hidden: (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0,
    rows: toRows(wb.Sheets[name]),
  }));
  const names: GridName[] = [];
  for (const n of wb.Workbook?.Names ?? []) {
    if (!n.Name || !n.Ref || n.Name.startsWith('_xlnm')) continue;
    const at = decodeReference(n.Ref);
    if (at) names.push({ name: n.Name, ...at });
  }
  const format = startsWith(bytes, OLE) ? 'xls' : wb.SheetNames && wb.Sheets && (wb as { bookType?: string }).bookType === 'ods' ? 'ods' : 'xlsx';
  return { ok: true, grid: { sheets, names, date1904: Boolean(wb.Workbook?.WBProps?.date1904) }, format };
}

function describeReadError(message: string): string {
  if (/zip|central directory|end of data|corrupt|unsupported/i.test(message)) return 'cấu trúc tệp bị hỏng';
  return 'lỗi định dạng';
}

function toRows(ws: XLSX.WorkSheet | undefined): CellValue[][] {
  const data = (ws?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: CellValue[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) {
      rows.push([]);
      continue;
    }
    const out: CellValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      out[c] = cell && (cell.t === 's' || cell.t === 'n' || cell.t === 'b') && cell.v !== undefined ? (cell.v as CellValue) : null;
    }
    rows.push(out);
  }
  return rows;
}
