import { compareVietnamese } from '../text/compareVietnamese';
import { foldForMatch, normalizeText } from '../text/normalizeText';

export interface Unit {
  /** Stable code, unique in the registry (e.g. "QU-BD" or "X001"). */
  code: string;
  name: string;
  /** Free text: "Đảng ủy phường", "Đảng ủy trực thuộc", "MTTQ", "Đoàn thể"… */
  kind: string;
  /** Whom the office calls about the unit's report; only for the office's own lists, never in a template. */
  contact?: UnitContact;
}

export interface UnitContact {
  person?: string;
  phone?: string;
  email?: string;
}

/** "Nguyễn Văn A, 0912 345 678, a@x.vn": the contact as one line, empty when there is none. */
export function describeContact(contact: UnitContact | undefined): string {
  return contact ? [contact.person, contact.phone, contact.email].filter((v) => v).join(', ') : '';
}

export interface UnitRegistry {
  /** Who consolidates, e.g. "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội". */
  owner?: string;
  /** Registry order is the order of every table we print. */
  units: Unit[];
  /** True for the built-in sample list, which must never be mistaken for real data. */
  sample?: boolean;
}

export type UnitMatch =
  | { kind: 'found'; unit: Unit; exact: boolean }
  | { kind: 'ambiguous'; candidates: Unit[] }
  | { kind: 'none' };

// Words that name the Party body rather than the place; "Đảng ủy phường Ba Đình" and
// "Đảng bộ phường Ba Đình" are the same unit for a report.
const BODY_PREFIXES = [
  'ban thường vụ',
  'ban chấp hành',
  'ban tuyên giáo và dân vận',
  'ban tuyên giáo',
  'ban dân vận',
  'đảng ủy',
  'đảng bộ',
  'chi ủy',
  'chi bộ',
  'cấp ủy',
  'tm',
  't m',
].map(foldForMatch);

// Kinds of place as units shorten them before a name ("Đảng ủy P. Hoàn Kiếm", "ĐU xã …").
const PLACE_ABBREVIATIONS: [string, string][] = [['đu', 'đảng ủy'], ['p', 'phường'], ['x', 'xã'], ['tt', 'thị trấn'], ['q', 'quận'], ['h', 'huyện']].map(([a, b]) => [foldForMatch(a), foldForMatch(b)]);

const spelledOut = (name: string) => {
  for (const [short, long] of PLACE_ABBREVIATIONS) if (name.startsWith(`${short} `)) return `${long} ${name.slice(short.length + 1)}`;
  return name;
};

function stripBodyPrefixes(folded: string): string {
  let current = spelledOut(folded);
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of BODY_PREFIXES) {
      if (current === prefix) continue;
      if (current.startsWith(prefix + ' ')) {
        current = spelledOut(current.slice(prefix.length + 1));
        changed = true;
      }
    }
  }
  return current;
}

export interface UnitMatcher {
  match(nameOrCode: string): UnitMatch;
}

/**
 * Finds a unit by code or by name, tolerant of NFC/NFD, tone placement, case, spacing and
 * prefixes such as "Đảng ủy", "Đảng bộ". A name that fits two units is ambiguous, never guessed.
 */
export function createUnitMatcher(registry: UnitRegistry): UnitMatcher {
  const byCode = new Map<string, Unit>();
  const byName = new Map<string, Unit[]>();
  const byCore = new Map<string, Unit[]>();
  const push = (map: Map<string, Unit[]>, key: string, unit: Unit) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(unit)) list.push(unit);
    } else map.set(key, [unit]);
  };
  for (const unit of registry.units) {
    byCode.set(foldForMatch(unit.code), unit);
    const folded = foldForMatch(unit.name);
    push(byName, folded, unit);
    push(byCore, stripBodyPrefixes(folded), unit);
  }
  return {
    match(nameOrCode: string): UnitMatch {
      const folded = foldForMatch(nameOrCode);
      if (folded === '') return { kind: 'none' };
      const code = byCode.get(folded);
      if (code) return { kind: 'found', unit: code, exact: true };
      const named = byName.get(folded);
      if (named?.length === 1) return { kind: 'found', unit: named[0], exact: true };
      if (named && named.length > 1) return { kind: 'ambiguous', candidates: named };
      const core = byCore.get(stripBodyPrefixes(folded));
      if (core?.length === 1) return { kind: 'found', unit: core[0], exact: false };
      if (core && core.length > 1) return { kind: 'ambiguous', candidates: core };
      return { kind: 'none' };
    },
  };
}

export type RegistryProblem = { row: number; problem: 'missing-code' | 'missing-name' | 'duplicate-code'; value: string };

/**
 * Builds a registry from rows of [code, name, kind, person, phone, email] as read from a sheet
 * "Danh sách đơn vị" or a CSV (the last three optional); blank rows are skipped, and rows with
 * problems are reported, not dropped silently.
 */
export function buildRegistry(rows: readonly (readonly unknown[])[], owner?: string): { registry: UnitRegistry; problems: RegistryProblem[] } {
  const units: Unit[] = [];
  const problems: RegistryProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const [code, name, kind, person, phone, email] = [0, 1, 2, 3, 4, 5].map((i) => (row[i] === null || row[i] === undefined ? '' : normalizeText(String(row[i]))));
    if (code === '' && name === '') return;
    if (code === '') return problems.push({ row: index, problem: 'missing-code', value: name });
    if (name === '') return problems.push({ row: index, problem: 'missing-name', value: code });
    const key = foldForMatch(code);
    if (seen.has(key)) return problems.push({ row: index, problem: 'duplicate-code', value: code });
    seen.add(key);
    const contact = person || phone || email ? { ...(person ? { person } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) } : undefined;
    units.push({ code, name, kind, ...(contact ? { contact } : {}) });
  });
  return { registry: { owner, units }, problems };
}

/** Names in Vietnamese alphabetical order, for lists that are not in registry order. */
export function sortUnitsByName(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => compareVietnamese(a.name, b.name) || compareVietnamese(a.code, b.code));
}

/** The sheet a registry lives in, in a workbook the office keeps. */
export const REGISTRY_SHEET = 'Danh sách đơn vị';

/** The columns a registry may have, in the order `buildRegistry` takes them, and the headers that name each. */
const REGISTRY_COLUMNS: readonly (readonly string[])[] = [
  ['Mã', 'code'],
  ['Tên', 'name'],
  ['Loại', 'kind'],
  ['Người phụ trách', 'Cán bộ phụ trách', 'Người liên hệ', 'Liên hệ', 'contact', 'person'],
  ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'phone'],
  ['Email', 'E-mail', 'Thư điện tử', 'mail'],
].map((names) => names.map(foldForMatch));

/**
 * Rows [code, name, kind, person, phone, email] from a grid: the sheet "Danh sách đơn vị" if
 * present, else the first sheet. A header row (Mã…, Tên…) says which column is which, so the
 * office's own list may add columns (STT, contacts) in any order; without one, the first three
 * columns are code, name and kind.
 */
export function registryRowsFromGrid(sheets: readonly { name: string; rows: readonly (readonly unknown[])[] }[]): (readonly unknown[])[] {
  const sheet = sheets.find((s) => foldForMatch(s.name) === foldForMatch(REGISTRY_SHEET)) ?? sheets[0];
  if (!sheet) return [];
  const rows = sheet.rows.filter((r) => r && r.some((v) => v !== null && v !== undefined && String(v).trim() !== ''));
  const header = (rows[0] ?? []).map((v) => foldForMatch(String(v ?? '')));
  const columnOf = REGISTRY_COLUMNS.map((names) => header.findIndex((h) => names.some((n) => h === n || h.startsWith(`${n} `))));
  if (columnOf[0] < 0 || columnOf[1] < 0) return rows;
  return rows.slice(1).map((r) => columnOf.map((c) => (c >= 0 ? r[c] : null)));
}
