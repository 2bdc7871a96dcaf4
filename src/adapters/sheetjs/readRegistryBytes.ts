import * as XLSX from 'xlsx';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { buildRegistry, registryRowsFromGrid, type UnitRegistry } from '../../core/registry/UnitRegistry';
import { readWorkbookGrid } from './readWorkbookGrid';

export type RegistryReadResult = { ok: true; registry: UnitRegistry; issues: Issue[] } | { ok: false; issues: Issue[] };

const PROBLEM_CODES = { 'missing-code': 'REGISTRY_MISSING_CODE', 'missing-name': 'REGISTRY_MISSING_NAME', 'duplicate-code': 'REGISTRY_DUPLICATE_CODE' } as const;

/**
 * The office's own list of units from a file: .json ({ owner, units: [{ code, name, kind,
 * contact, phone, email }] }), .csv, or a spreadsheet with a sheet "Danh sách đơn vị" (columns
 * Mã, Tên, Loại, and optionally Người phụ trách, Điện thoại, Email).
 */
export function readRegistryBytes(bytes: Uint8Array, fileName: string): RegistryReadResult {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  let rows: (readonly unknown[])[];
  let owner: string | undefined;
  if (ext === 'json') {
    let data: { owner?: string; units?: { code?: unknown; name?: unknown; kind?: unknown; contact?: unknown; phone?: unknown; email?: unknown }[] };
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return { ok: false, issues: [makeIssue('REGISTRY_UNREADABLE', {}, { file: fileName, detail: 'không phải JSON hợp lệ' })] };
    }
    if (!Array.isArray(data.units)) return { ok: false, issues: [makeIssue('REGISTRY_UNREADABLE', {}, { file: fileName, detail: 'thiếu mục "units"' })] };
    rows = data.units.map((u) => [u.code, u.name, u.kind, u.contact, u.phone, u.email]);
    owner = typeof data.owner === 'string' ? data.owner : undefined;
  } else if (ext === 'csv' || ext === 'txt') {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const wb = XLSX.read(text, { type: 'string', dense: true, raw: true });
    const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: null });
    rows = registryRowsFromGrid([{ name: wb.SheetNames[0], rows: grid }]);
  } else {
    const read = readWorkbookGrid(bytes);
    if (!read.ok) return { ok: false, issues: read.issues };
    rows = registryRowsFromGrid(read.grid.sheets);
  }
  const { registry, problems } = buildRegistry(rows, owner);
  if (registry.units.length === 0) return { ok: false, issues: [makeIssue('REGISTRY_EMPTY', {}, { file: fileName })] };
  return { ok: true, registry, issues: problems.map((p) => makeIssue(PROBLEM_CODES[p.problem], {}, { row: p.row + 1, value: p.value })) };
}
