import { makeIssue, type Issue } from '../issues/Issue';
import { buildRegistry, type UnitRegistry } from './UnitRegistry';

export type RegistryReadResult = { ok: true; registry: UnitRegistry; issues: Issue[] } | { ok: false; issues: Issue[] };

const PROBLEM_CODES = { 'missing-code': 'REGISTRY_MISSING_CODE', 'missing-name': 'REGISTRY_MISSING_NAME', 'duplicate-code': 'REGISTRY_DUPLICATE_CODE' } as const;

/** The list from its rows (code, name, kind, contact, phone, email): empty is refused, bad rows are warnings. */
export function registryFromRows(rows: readonly (readonly unknown[])[], owner: string | undefined, fileName: string): RegistryReadResult {
  const { registry, problems } = buildRegistry(rows, owner);
  if (registry.units.length === 0) return { ok: false, issues: [makeIssue('REGISTRY_EMPTY', {}, { file: fileName })] };
  return { ok: true, registry, issues: problems.map((p) => makeIssue(PROBLEM_CODES[p.problem], {}, { row: p.row + 1, value: p.value })) };
}

/** The list as JSON: { owner, units: [{ code, name, kind, contact, phone, email }] }. No spreadsheet reader needed. */
export function readRegistryJson(bytes: Uint8Array, fileName: string): RegistryReadResult {
  let data: { owner?: string; units?: { code?: unknown; name?: unknown; kind?: unknown; contact?: unknown; phone?: unknown; email?: unknown }[] };
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, issues: [makeIssue('REGISTRY_UNREADABLE', {}, { file: fileName, detail: 'không phải JSON hợp lệ' })] };
  }
  if (!Array.isArray(data.units)) return { ok: false, issues: [makeIssue('REGISTRY_UNREADABLE', {}, { file: fileName, detail: 'thiếu mục "units"' })] };
  const rows = data.units.map((u) => [u.code, u.name, u.kind, u.contact, u.phone, u.email]);
  return registryFromRows(rows, typeof data.owner === 'string' ? data.owner : undefined, fileName);
}
