import * as XLSX from 'xlsx';
import { registryRowsFromGrid } from '../../core/registry/UnitRegistry';
import { readRegistryJson, registryFromRows, type RegistryReadResult } from '../../core/registry/registryFromRows';
import { readWorkbookGrid } from './readWorkbookGrid';

export type { RegistryReadResult };

/**
 * The office's own list of units from a file: .json ({ owner, units: [{ code, name, kind,
 * contact, phone, email }] }), .csv, or a spreadsheet with a sheet "Danh sách đơn vị" (columns
 * Mã, Tên, Loại, and optionally Người phụ trách, Điện thoại, Email).
 */
export function readRegistryBytes(bytes: Uint8Array, fileName: string): RegistryReadResult {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'json') return readRegistryJson(bytes, fileName);
  let rows: (readonly unknown[])[];
  if (ext === 'csv' || ext === 'txt') {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const wb = XLSX.read(text, { type: 'string', dense: true, raw: true });
    const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: null });
    rows = registryRowsFromGrid([{ name: wb.SheetNames[0], rows: grid }]);
  } else {
    const read = readWorkbookGrid(bytes);
    if (!read.ok) return { ok: false, issues: read.issues };
    rows = registryRowsFromGrid(read.grid.sheets);
  }
  return registryFromRows(rows, undefined, fileName);
}
