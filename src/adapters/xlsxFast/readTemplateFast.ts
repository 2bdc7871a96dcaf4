import type { GridReadResult, SheetSelector } from '../GridReadResult';
import { readXlsxFast } from './readXlsxFast';
import { readZipParts, type InflateRaw } from './readZipParts';
import { zipProblem } from './screenZip';
import { LIMITS } from '../../core/round/limits';

/**
 * The fast path alone, with no spreadsheet library loaded: a template's .xlsx that passes the
 * screening and that the fast reader takes comes back read; anything else is null, and the
 * caller reads it with SheetJS (which screens it again and says what is wrong). readWorkbookGrid
 * goes through here, and so does a Node reading thread before it ever loads SheetJS.
 */
export function readTemplateFast(bytes: Uint8Array, selectSheets: SheetSelector, inflate: InflateRaw): GridReadResult | null {
  if (bytes.length === 0 || bytes.length > LIMITS.file.bytes || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return null;
  // The directory is read once: screened as the full reader screens it, then its parts inflated.
  const zip = readZipParts(bytes, inflate);
  if (!zip || zipProblem(zip.entries)) return null;
  const fast = readXlsxFast(zip, selectSheets, { maxRows: LIMITS.file.rowsPerSheet, maxCells: LIMITS.file.cells });
  return fast.ok ? { ok: true, grid: fast.grid, format: 'xlsx', partial: fast.grid.sheets.length < fast.sheetNames.length } : null;
}
