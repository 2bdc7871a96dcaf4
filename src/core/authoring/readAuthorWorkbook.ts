import type { CellAddress, Issue } from '../issues/Issue';
import { checkTemplateRules, checkTemplateSchema } from '../template/parseReportTemplate';
import type { ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import type { GridSheet, WorkbookGrid } from '../workbook/WorkbookGrid';
import { readTable } from './readAuthorTable';
import { AUTHOR_SHEETS, INDICATOR_COLUMNS, LIST_COLUMNS, METADATA_COLUMNS, NOMINATION_COLUMNS, OUTLINE_COLUMNS } from './authorLayout';
import { makeAuthorReader } from './makeAuthorReader';
import { readAuthorIndicators } from './readAuthorIndicators';
import { readAuthorMetadata } from './readAuthorMetadata';
import { readAuthorNominations } from './readAuthorNominations';
import { readAuthorOutline } from './readAuthorOutline';
import { readAuthorSettings } from './readAuthorSettings';

export type AuthorResult = { ok: true; template: ReportTemplate; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Reads an author workbook into a template definition. Every mistake is an issue located at
 * the sheet and cell to fix: values that cannot be read (a level of 3, a type that is neither
 * count nor ratio), then the same rules a template file must pass (unique codes, known
 * sections, rules and ratios naming existing counts), mapped back from JSON paths to cells.
 */
export function readAuthorWorkbook(grid: WorkbookGrid): AuthorResult {
  const issues: Issue[] = [];
  const paths = new Map<string, CellAddress>();
  const reader = makeAuthorReader(issues);
  const { add } = reader;

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

  // Sheet by sheet, in this order: issues at one cell keep the order they are added in.
  const { id, version, title, basis, issuer, published, periodKinds, nominationsTitle, nominationRows } = readAuthorSettings(settingsSheet, grid.date1904, paths, reader);
  const { groups, sections } = readAuthorOutline(outline, periodKinds, paths, reader);
  const indicatorDefs = readAuthorIndicators(indicators, paths, reader);
  const { kinds, forms, expected, columns } = readAuthorNominations(lists, nominations, paths, reader);
  const fields = readAuthorMetadata(metadata, metadataSheet, paths, reader);

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
