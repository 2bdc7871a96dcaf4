import { present } from '../present';
import { makeIssue, type CellAddress, type Issue, type IssueCode, type IssueParams } from '../issues/Issue';
import { parsePeriodKind, PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '../period/ReportingPeriod';
import { checkTemplateRules, checkTemplateSchema } from '../template/parseReportTemplate';
import type { IndicatorDef, MetadataFieldDef, MetadataType, NominationColumnDef, ReportTemplate, SectionDef } from '../template/ReportTemplate';
import { parseDateLike } from '../text/calendarDate';
import { foldForMatch, normalizeParagraphs, normalizeText } from '../text/normalizeText';
import type { CellValue, GridSheet, WorkbookGrid } from '../workbook/WorkbookGrid';
import { readTable, type TableRow } from './readAuthorTable';
import {
  AGGREGATIONS,
  ALL_KINDS,
  AUTHOR_SHEETS,
  CONTEXT_SECTION,
  INDICATOR_COLUMNS,
  INDICATOR_TYPES,
  LIST_COLUMNS,
  LIST_NAMES,
  METADATA_COLUMNS,
  METADATA_TYPES,
  NOMINATION_COLUMNS,
  OUTLINE_COLUMNS,
  SETTINGS,
  type AuthorSetting,
  YES,
} from './authorLayout';

export type AuthorResult = { ok: true; template: ReportTemplate; issues: Issue[] } | { ok: false; issues: Issue[] };

const TRUE_WORDS = new Set(['có', 'co', 'x', 'yes', 'true', '1', 'bắt buộc']);
const FALSE_WORDS = new Set(['', 'không', 'khong', 'no', 'false', '0']);


/**
 * Reads an author workbook into a template definition. Every mistake is an issue located at
 * the sheet and cell to fix: values that cannot be read (a level of 3, a type that is neither
 * count nor ratio), then the same rules a template file must pass (unique codes, known
 * sections, rules and ratios naming existing counts), mapped back from JSON paths to cells.
 */
export function readAuthorWorkbook(grid: WorkbookGrid): AuthorResult {
  const issues: Issue[] = [];
  const paths = new Map<string, CellAddress>();
  const add = (code: IssueCode, cell: CellAddress | undefined, params: IssueParams = {}) => issues.push(makeIssue(code, cell ? { cell } : {}, params));

  const sheetOf = (name: string): GridSheet | undefined => {
    const sheet = grid.sheets.find((s) => foldForMatch(s.name) === foldForMatch(name));
    if (!sheet) add('AUTHOR_SHEET_MISSING', undefined, { sheet: name });
    return sheet;
  };
  const settingsSheet = sheetOf(AUTHOR_SHEETS.settings);
  const metadataSheet = sheetOf(AUTHOR_SHEETS.metadata);
  const tables = {
    outline: readTable(sheetOf(AUTHOR_SHEETS.outline), OUTLINE_COLUMNS, add),
    indicators: readTable(sheetOf(AUTHOR_SHEETS.indicators), INDICATOR_COLUMNS, add),
    lists: readTable(sheetOf(AUTHOR_SHEETS.lists), LIST_COLUMNS, add),
    nominations: readTable(sheetOf(AUTHOR_SHEETS.nominations), NOMINATION_COLUMNS, add),
    metadata: readTable(metadataSheet, METADATA_COLUMNS, add),
  };
  if (!settingsSheet || Object.values(tables).some((t) => t === null)) return { ok: false, issues };
  const { outline, indicators, lists, nominations, metadata } = tables as { [K in keyof typeof tables]: NonNullable<(typeof tables)[K]> };

  const invalid = (cell: CellAddress, header: string, value: CellValue, expected: string) =>
    add('AUTHOR_VALUE_INVALID', cell, { label: `${cell.sheet} › ${header}`, value: String(value ?? ''), expected });
  const invalidIn = <K extends string>(row: TableRow<K>, key: K, expected: string) => invalid(row.cell(key), row.header(key), row.value(key), expected);
  const integer = <K extends string>(row: TableRow<K>, key: K, fallback: number | undefined, min = 0): number | undefined => {
    const raw = row.value(key);
    if (raw === null || raw === '') return fallback;
    const n = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= min) return n;
    invalidIn(row, key, `cần một số nguyên từ ${min} trở lên`);
    return fallback;
  };
  const yesNo = <K extends string>(row: TableRow<K>, key: K): boolean => {
    const t = row.text(key).toLowerCase();
    if (TRUE_WORDS.has(t)) return true;
    if (!FALSE_WORDS.has(t)) invalidIn(row, key, `ghi "${YES}" hoặc để trống`);
    return false;
  };
  const choose = <T extends string, K extends string>(row: TableRow<K>, key: K, options: Record<T, string>): T | undefined => {
    const t = foldForMatch(row.text(key));
    const found = (Object.keys(options) as T[]).find((k) => foldForMatch(options[k]) === t || foldForMatch(k) === t);
    if (found === undefined) invalidIn(row, key, `chọn một trong: ${Object.values<string>(options).map((o) => `"${o}"`).join(', ')}`);
    return found;
  };

  // Settings: label in the first column, value in the second, in any order.
  const settingRows = new Map<string, { row: number; value: CellValue }>();
  settingsSheet.rows.forEach((cells, r) => {
    const label = typeof cells?.[0] === 'string' ? foldForMatch(cells[0]) : '';
    if (label) settingRows.set(label, { row: r, value: cells[1] ?? null });
  });
  const settingPaths: Record<AuthorSetting['key'], string> = {
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
  const setting = (key: AuthorSetting['key']): { value: CellValue; cell: CellAddress; label: string } | undefined => {
    const def = settingDef(key);
    const found = settingRows.get(foldForMatch(def.label));
    const cell = { sheet: settingsSheet.name, row: found?.row ?? 0, col: found ? 1 : 0 };
    paths.set(settingPaths[key], cell);
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
  const id = settingText('id');
  const version = settingCount('version', 1);
  const title = settingText('title');
  const basis = settingText('basis');
  const issuer = settingText('issuer');
  const publishedSetting = setting('published');
  let published: string | undefined;
  if (publishedSetting) {
    published = parseDateLike(publishedSetting.value, grid.date1904) ?? undefined;
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

  // Outline: a level-1 row followed by level-2 rows is a part (a heading); otherwise a section.
  const groups: ReportTemplate['groups'] = [];
  const sections: SectionDef[] = [];
  const levelOf = outline.map((row) => {
    const level = integer(row, 'level', 1, 1);
    if (level !== undefined && level > 2) {
      invalidIn(row, 'level', 'cấp chỉ là 1 hoặc 2');
      return 1;
    }
    return level ?? 1;
  });
  let currentGroup: string | undefined;
  outline.forEach((row, i) => {
    const code = row.text('code');
    const isPart = levelOf[i] === 1 && levelOf[i + 1] === 2;
    if (isPart) {
      paths.set(`groups[${groups.length}]`, row.cell('code'));
      paths.set(`groups[${groups.length}].code`, row.cell('code'));
      paths.set(`groups[${groups.length}].title`, row.cell('title'));
      groups.push({ code, title: row.text('title') });
      currentGroup = code;
      return;
    }
    if (levelOf[i] === 1) currentGroup = undefined;
    else if (currentGroup === undefined) add('AUTHOR_LEVEL_ORPHAN', row.cell('level'), { code });
    const at = `sections[${sections.length}]`;
    // The section's JSON keys are the outline's column keys, but its level column decides the group.
    for (const c of OUTLINE_COLUMNS) paths.set(`${at}.${c.key === 'level' ? 'group' : c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const requiredText = row.text('requiredFor');
    const requiredFor = parseKinds(requiredText, periodKinds);
    if (requiredFor === null) invalidIn(row, 'requiredFor', kindsExpected());
    const hint = normalizeParagraphs(String(row.value('hint') ?? ''));
    sections.push({
      code,
      title: row.text('title'),
      ...(levelOf[i] === 2 && currentGroup !== undefined ? { group: currentGroup } : {}),
      requiredFor: requiredFor ?? [],
      minLength: integer(row, 'minLength', 0) ?? 0,
      ...(hint ? { hint } : {}),
    });
  });

  const indicatorDefs: IndicatorDef[] = [];
  indicators.forEach((row) => {
    const at = `indicators[${indicatorDefs.length}]`;
    for (const c of INDICATOR_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const type = choose(row, 'type', INDICATOR_TYPES);
    const aggregationText = row.text('aggregation');
    if (aggregationText !== '' && type !== undefined && foldForMatch(aggregationText) !== foldForMatch(AGGREGATIONS[type])) {
      invalidIn(row, 'aggregation', `chỉ tiêu ${INDICATOR_TYPES[type]} thì cách tổng hợp là "${AGGREGATIONS[type]}"`);
    }
    const sectionText = row.text('section');
    const phrase = row.text('phrase');
    const common = { code: row.text('code'), section: foldForMatch(sectionText) === CONTEXT_SECTION || sectionText === 'context' ? 'context' : sectionText, label: row.text('label'), unit: row.text('unit'), ...(phrase ? { phrase } : {}) };
    if (type === 'ratio') {
      indicatorDefs.push({ ...common, aggregation: 'ratio', numerator: row.text('numerator'), denominator: row.text('denominator'), decimals: integer(row, 'decimals', 2) ?? 2 });
    } else {
      const max = integer(row, 'max', undefined);
      const atMost = row.text('atMost');
      indicatorDefs.push({
        ...common,
        aggregation: 'sum',
        min: integer(row, 'min', 0) ?? 0,
        ...(max !== undefined ? { max } : {}),
        ...(atMost ? { atMost } : {}),
        ...(yesNo(row, 'required') ? { required: true } : {}),
      });
    }
  });

  const kinds: string[] = [];
  const forms: string[] = [];
  const expected: { kind: string; count: number }[] = [];
  lists.forEach((row) => {
    const list = choose(row, 'list', LIST_NAMES);
    const value = row.text('value');
    if (list === 'kinds') {
      paths.set(`nominations.kinds[${kinds.length}]`, row.cell('value'));
      kinds.push(value);
      const count = integer(row, 'count', undefined);
      if (count !== undefined) {
        paths.set(`nominations.expected[${expected.length}].kind`, row.cell('value'));
        paths.set(`nominations.expected[${expected.length}].count`, row.cell('count'));
        expected.push({ kind: value, count });
      }
    } else if (list === 'forms') {
      paths.set(`nominations.forms[${forms.length}]`, row.cell('value'));
      forms.push(value);
    }
  });
  const lastListRow = lists.length > 0 ? lists[lists.length - 1].cell('list') : undefined;
  if (lastListRow) {
    paths.set('nominations.kinds', lastListRow);
    paths.set('nominations.forms', lastListRow);
  }

  const columns: NominationColumnDef[] = [];
  nominations.forEach((row) => {
    const at = `nominations.columns[${columns.length}]`;
    for (const c of NOMINATION_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const choicesText = row.text('choices');
    const choices = choicesText === '' ? undefined : choose(row, 'choices', LIST_NAMES);
    columns.push({
      code: row.text('code'),
      label: row.text('label'),
      required: yesNo(row, 'required'),
      ...(choices ? { choices } : {}),
      width: integer(row, 'width', 20, 4) ?? 20,
    });
  });

  const fields: MetadataFieldDef[] = [];
  metadata.forEach((row) => {
    const at = `metadata[${fields.length}]`;
    for (const c of METADATA_COLUMNS) paths.set(`${at}.${c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const type = choose<MetadataType, (typeof METADATA_COLUMNS)[number]['key']>(row, 'type', METADATA_TYPES) ?? 'text';
    fields.push({ code: row.text('code'), label: row.text('label'), type, required: yesNo(row, 'required') });
  });
  paths.set('metadata', { sheet: metadataSheet?.name ?? AUTHOR_SHEETS.metadata, row: 0, col: 0 });

  const candidate: ReportTemplate = {
    id,
    version,
    title,
    basis,
    issuer,
    ...(published ? { published } : {}),
    periodKinds,
    groups,
    sections,
    indicators: indicatorDefs,
    nominations: { title: nominationsTitle, kinds, forms, columns, rows: nominationRows, expected },
    metadata: fields,
  };

  // Rules first (their messages are the precise ones), then the schema for formats, skipping
  // places already reported.
  const placed = new Set(issues.flatMap((i) => (i.location.cell ? [cellKey(i.location.cell)] : [])));
  const ruleIssues = checkTemplateRules(candidate);
  const schemaIssues = checkTemplateSchema(candidate);
  for (const issue of [...ruleIssues, ...schemaIssues]) {
    const cell = locate(issue.location.path ?? '', paths);
    if (cell && issue.code === 'DEF_INVALID' && placed.has(cellKey(cell))) continue;
    if (cell) placed.add(cellKey(cell));
    issues.push({ ...issue, location: { ...issue.location, ...(cell ? { cell } : {}) } });
  }
  sortByPlace(issues, grid);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  // The same schema and rules as parseReportTemplate have passed: the candidate is the template.
  return { ok: true, template: candidate, issues };
}

function settingDef(key: AuthorSetting['key']): AuthorSetting {
  return present(SETTINGS.find((s) => s.key === key), `setting ${key}`);
}

/** "6 tháng đầu năm, Năm" → ['H1', 'Y']; "tất cả các kỳ" → every kind of the template; "" → []. */
function parseKinds(text: string, all: PeriodKind[]): PeriodKind[] | null {
  const t = normalizeText(text);
  if (t === '') return [];
  if (foldForMatch(t) === foldForMatch(ALL_KINDS) || foldForMatch(t) === foldForMatch('tất cả')) return [...all];
  const kinds: PeriodKind[] = [];
  for (const part of t.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const kind = parsePeriodKind(part);
    if (!kind) return null;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

function kindsExpected(): string {
  return `ghi các kỳ cách nhau bằng dấu phẩy (${PERIOD_KINDS.map((k) => PERIOD_KIND_LABELS[k]).join(', ')}), hoặc "${ALL_KINDS}"`;
}

/** The cell for a JSON path, or for the nearest enclosing path that has one. */
function locate(path: string, paths: Map<string, CellAddress>): CellAddress | undefined {
  let p = path;
  while (p !== '') {
    const cell = paths.get(p);
    if (cell) return cell;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return undefined;
}

const cellKey = (c: CellAddress) => `${c.sheet}!${c.row}:${c.col}`;

function sortByPlace(issues: Issue[], grid: WorkbookGrid): void {
  const sheetIndex = (name?: string) => (name === undefined ? -1 : grid.sheets.findIndex((s) => s.name === name));
  issues.sort((a, b) => {
    const ca = a.location.cell;
    const cb = b.location.cell;
    return sheetIndex(ca?.sheet) - sheetIndex(cb?.sheet) || (ca?.row ?? 0) - (cb?.row ?? 0) || (ca?.col ?? 0) - (cb?.col ?? 0);
  });
}
