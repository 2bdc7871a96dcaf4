import { present } from '../present';
import type { CellAddress } from '../issues/Issue';
import { PERIOD_KINDS, type PeriodKind } from '../period/ReportingPeriod';
import { parseDateLike } from '../text/calendarDate';
import { foldForMatch, normalizeText } from '../text/normalizeText';
import type { CellValue, GridSheet } from '../workbook/WorkbookGrid';
import { SETTINGS, type AuthorSetting } from './authorLayout';
import type { AuthorReader } from './makeAuthorReader';
import { kindsExpected, parseKinds } from './parseKinds';

export interface AuthorSettings {
  id: string;
  version: number;
  title: string;
  basis: string;
  issuer: string;
  published: string | undefined;
  periodKinds: PeriodKind[];
  nominationsTitle: string;
  nominationRows: number;
}

/** Where each setting lands in the template's JSON, so a rule's complaint points back at its cell. */
const SETTING_PATHS: Record<AuthorSetting['key'], string> = {
  id: 'id',
  version: 'version',
  title: 'title',
  basis: 'basis',
  issuer: 'issuer',
  published: 'published',
  periodKinds: 'periodKinds',
  nominationsTitle: 'nominations.title',
  nominationRows: 'nominations.rows',
};

function settingDef(key: AuthorSetting['key']): AuthorSetting {
  return present(SETTINGS.find((s) => s.key === key), `setting ${key}`);
}

/** The settings sheet: label in the first column, value in the second, in any order. */
export function readAuthorSettings(settingsSheet: GridSheet, date1904: boolean, paths: Map<string, CellAddress>, reader: AuthorReader): AuthorSettings {
  const { add, invalid } = reader;
  const settingRows = new Map<string, { row: number; value: CellValue }>();
  settingsSheet.rows.forEach((cells, r) => {
    const label = typeof cells?.[0] === 'string' ? foldForMatch(cells[0]) : '';
    if (label) settingRows.set(label, { row: r, value: cells[1] ?? null });
  });
  const setting = (key: AuthorSetting['key']): { value: CellValue; cell: CellAddress; label: string } | undefined => {
    const def = settingDef(key);
    const found = settingRows.get(foldForMatch(def.label));
    const cell = { sheet: settingsSheet.name, row: found?.row ?? 0, col: found ? 1 : 0 };
    paths.set(SETTING_PATHS[key], cell);
    const value = found?.value ?? null;
    if (value === null || String(value).trim() === '') {
      if (def.required) add('AUTHOR_SETTING_MISSING', cell, { setting: def.label });
      return undefined;
    }
    return { value, cell, label: def.label };
  };
  const settingText = (key: AuthorSetting['key']): string => {
    const s = setting(key);
    return s ? normalizeText(String(s.value)) : '';
  };
  // A whole number ≥ 1 from a setting; the label names it in the message.
  const settingCount = (key: AuthorSetting['key'], fallback: number): number => {
    const s = setting(key);
    if (!s) return fallback;
    const n = Number(String(s.value).trim());
    if (Number.isInteger(n) && n >= 1) return n;
    invalid(s.cell, s.label, s.value, 'cần một số nguyên từ 1 trở lên');
    return fallback;
  };
  // Read in this order: missing settings all point at A1, and issues at one cell keep the order they are added in.
  const id = settingText('id');
  const version = settingCount('version', 1);
  const title = settingText('title');
  const basis = settingText('basis');
  const issuer = settingText('issuer');
  const publishedSetting = setting('published');
  let published: string | undefined;
  if (publishedSetting) {
    published = parseDateLike(publishedSetting.value, date1904) ?? undefined;
    if (!published) invalid(publishedSetting.cell, publishedSetting.label, publishedSetting.value, 'cần ngày dạng ngày/tháng/năm, ví dụ 16/11/2026');
  }
  const kindsSetting = setting('periodKinds');
  let periodKinds: PeriodKind[] = [];
  if (kindsSetting) {
    periodKinds = parseKinds(String(kindsSetting.value), [...PERIOD_KINDS]) ?? [];
    if (periodKinds.length === 0) invalid(kindsSetting.cell, kindsSetting.label, kindsSetting.value, kindsExpected());
  }
  const nominationsTitle = settingText('nominationsTitle');
  const nominationRows = settingCount('nominationRows', 6);
  return { id, version, title, basis, issuer, published, periodKinds, nominationsTitle, nominationRows };
}
