import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { readWorkbookGrid } from '../adapters/sheetjs/readWorkbookGrid';
import { formatIssue } from '../core/issues/issueMessages';
import { makeIssue, type Issue } from '../core/issues/Issue';
import { buildRegistry, registryRowsFromGrid, type UnitRegistry } from '../core/registry/UnitRegistry';
import { UserError } from './fileIo';

/**
 * Reads the office's own list of units: .json ({ units: [{ code, name, kind }] }), .csv, or a
 * spreadsheet with a sheet "Danh sách đơn vị" (columns Mã, Tên, Loại).
 */
export function readRegistryFile(file: string): { registry: UnitRegistry; issues: Issue[] } {
  if (!fs.existsSync(file)) throw new UserError(`Không tìm thấy danh sách đơn vị "${file}".`);
  const ext = path.extname(file).toLowerCase();
  let rows: (readonly unknown[])[];
  let owner: string | undefined;
  if (ext === '.json') {
    let data: { owner?: string; units?: { code?: unknown; name?: unknown; kind?: unknown }[] };
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new UserError(`Tệp danh sách "${file}" không phải JSON hợp lệ.`);
    }
    if (!Array.isArray(data.units)) throw new UserError(`Tệp danh sách "${file}" thiếu mục "units".`);
    rows = data.units.map((u) => [u.code, u.name, u.kind]);
    owner = data.owner;
  } else if (ext === '.csv' || ext === '.txt') {
    const wb = XLSX.read(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { type: 'string', dense: true, raw: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
    rows = registryRowsFromGrid([{ name: wb.SheetNames[0], rows: grid }]);
  } else {
    const read = readWorkbookGrid(new Uint8Array(fs.readFileSync(file)));
    if (!read.ok) throw new UserError(`Không đọc được danh sách đơn vị "${file}": ${read.issues.map(formatIssue).join(' ')}`);
    rows = registryRowsFromGrid(read.grid.sheets);
  }
  const { registry, problems } = buildRegistry(rows, owner);
  if (registry.units.length === 0) throw new UserError(`Danh sách đơn vị "${file}" không có đơn vị nào (cần các cột Mã, Tên, Loại).`);
  const codes = { 'missing-code': 'REGISTRY_MISSING_CODE', 'missing-name': 'REGISTRY_MISSING_NAME', 'duplicate-code': 'REGISTRY_DUPLICATE_CODE' } as const;
  return { registry, issues: problems.map((p) => makeIssue(codes[p.problem], {}, { row: p.row + 1, value: p.value })) };
}
