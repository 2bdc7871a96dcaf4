import { makeIssue, type CellAddress, type Issue } from '../issues/Issue';
import { describeTemplate, type ReportTemplate } from '../template/ReportTemplate';
import { normalizeText } from '../text/normalizeText';
import {
  INPUT_OFFSET,
  NAME_TEMPLATE_ID,
  NAME_TEMPLATE_VERSION,
  TEMPLATE_ID_LABEL,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION_LABEL,
  indicatorCellName,
  metadataCellName,
  nominationCellName,
  nominationRowKey,
  sectionCellName,
} from './templateLayout';
import type { CellValue, WorkbookGrid } from './WorkbookGrid';

/** A value read from an input cell; `cell` is missing when the cell could not be found. */
export interface FoundValue {
  raw: CellValue;
  cell?: CellAddress;
  /** The cell holds a formula saved without its computed value. */
  uncached?: true;
}

export interface ExtractedSubmission {
  template: ReportTemplate;
  metadata: Record<string, FoundValue>;
  sections: Record<string, FoundValue>;
  indicators: Record<string, FoundValue>;
  nominations: Record<string, FoundValue>[];
  date1904: boolean;
}

export type ExtractionResult = { ok: true; submission: ExtractedSubmission; issues: Issue[] } | { ok: false; issues: Issue[] };

const MAX_NOMINATION_ROWS = 20_000;

// Codes are searched only near the left edge, where the template writes them.
const CODE_COLUMNS = 4;

/** Finds cells by defined name first, by the code written beside them second. */
class CellLocator {
  private readonly names = new Map<string, CellAddress>();
  private readonly codes = new Map<string, CellAddress[]>();
  private readonly uncached = new Set<string>();
  fallbacks = 0;

  constructor(private readonly grid: WorkbookGrid) {
    for (const sheet of grid.sheets) for (const [r, c] of sheet.uncached ?? []) this.uncached.add(`${sheet.name}\u0000${r},${c}`);
    const sheetNames = new Set(grid.sheets.map((s) => s.name));
    for (const n of grid.names) if (sheetNames.has(n.sheet)) this.names.set(n.name.toUpperCase(), n);
    for (const sheet of grid.sheets) {
      sheet.rows.forEach((row, r) => {
        for (let c = 0; c < Math.min(CODE_COLUMNS, row?.length ?? 0); c++) {
          const v = row[c];
          if (typeof v !== 'string' || v.length > 40) continue;
          const key = normalizeText(v);
          const list = this.codes.get(key);
          const at = { sheet: sheet.name, row: r, col: c };
          if (list) list.push(at);
          else this.codes.set(key, [at]);
        }
      });
    }
  }

  value(cell: CellAddress): CellValue {
    const v = this.grid.sheets.find((s) => s.name === cell.sheet)?.rows[cell.row]?.[cell.col];
    return v === undefined ? null : v;
  }

  byName(name: string): CellAddress | undefined {
    return this.names.get(name.toUpperCase());
  }

  /** The code's cell, preferring the sheet the template put it on (the sheet may be renamed). */
  byCode(code: string, preferredSheet: string): CellAddress | undefined {
    const hits = this.codes.get(code);
    if (!hits) return undefined;
    return hits.find((h) => h.sheet === preferredSheet) ?? hits[0];
  }

  private found(cell: CellAddress): FoundValue {
    const raw = this.value(cell);
    return raw === null && this.uncached.has(`${cell.sheet}\u0000${cell.row},${cell.col}`) ? { raw, cell, uncached: true } : { raw, cell };
  }

  find(name: string, code: string, preferredSheet: string, offset: number): FoundValue {
    const named = this.byName(name);
    if (named) return this.found(named);
    const codeCell = this.byCode(code, preferredSheet);
    if (!codeCell) return { raw: null };
    this.fallbacks++;
    return this.found({ sheet: codeCell.sheet, row: codeCell.row, col: codeCell.col + offset });
  }

  hasCode(code: string): boolean {
    return this.codes.has(code);
  }
}

function readTemplateId(locator: CellLocator): { id?: string; version?: number } {
  const pick = (name: string, label: string): CellValue => {
    const named = locator.byName(name);
    if (named) return locator.value(named);
    const labelCell = locator.byCode(label, TEMPLATE_SHEETS.templateId);
    return labelCell ? locator.value({ ...labelCell, col: labelCell.col + 1 }) : null;
  };
  const id = pick(NAME_TEMPLATE_ID, TEMPLATE_ID_LABEL);
  const rawVersion = pick(NAME_TEMPLATE_VERSION, TEMPLATE_VERSION_LABEL);
  const version = rawVersion === null || rawVersion === '' ? NaN : Number(rawVersion);
  return {
    id: typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined,
    // Any number written there counts: version 0 of a template we do not have is refused, not guessed.
    version: Number.isFinite(version) ? version : undefined,
  };
}

/**
 * The sheets a submission needs: those holding a cell with one of our defined names, plus any
 * sheet named as in the template. Null when the file has lost its names: then every sheet is
 * read and cells are found by their codes. Lists and instructions are never needed.
 */
export function chooseSheetsToRead(sheetNames: readonly string[], names: readonly { name: string; sheet: string }[]): string[] | null {
  const wanted = new Set(names.filter((n) => /^TH_/i.test(n.name)).map((n) => n.sheet));
  if (wanted.size === 0) return null;
  for (const s of [TEMPLATE_SHEETS.metadata, TEMPLATE_SHEETS.sections, TEMPLATE_SHEETS.indicators, TEMPLATE_SHEETS.nominations, TEMPLATE_SHEETS.templateId]) wanted.add(s);
  return sheetNames.filter((s) => wanted.has(s));
}

/** True when reading every sheet could find what a partial read did not. */
export function mightNeedOtherSheets(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.code.endsWith('_NOT_FOUND') || i.code === 'TEMPLATE_NOT_RECOGNISED' || i.code === 'NAMES_MISSING' || i.code === 'TEMPLATE_ID_MISSING');
}

/** Which template the unit should use instead: the newest version of the same id, else the first offered. */
function unknownTemplateIssue(id: string, version: number | undefined, templates: readonly ReportTemplate[]): Issue {
  const sameId = templates.filter((t) => t.id === id).sort((a, b) => b.version - a.version);
  if (sameId.length > 0) {
    return makeIssue('TEMPLATE_VERSION_UNKNOWN', {}, {
      id,
      title: sameId[0].title,
      version: version ?? '?',
      known: sameId.map((t) => t.version).sort((a, b) => a - b).join(', '),
      expected: describeTemplate(sameId[0]),
    });
  }
  const expected = templates[0];
  return makeIssue('TEMPLATE_UNKNOWN', {}, { id, version: version ?? '?', expected: expected ? describeTemplate(expected) : '' });
}

/** Share of a template's section and indicator codes present in the grid. */
function layoutScore(locator: CellLocator, template: ReportTemplate): number {
  const codes = [...template.sections.map((s) => s.code), ...template.indicators.map((i) => i.code)];
  return codes.filter((c) => locator.hasCode(c)).length / codes.length;
}

/**
 * Reads a filled template (as a plain grid) into raw values per field. It decides which
 * template definition applies, and reports cells it cannot find; checking values is
 * validateSubmission's job.
 */
export function extractSubmission(grid: WorkbookGrid, templates: readonly ReportTemplate[]): ExtractionResult {
  const locator = new CellLocator(grid);
  const issues: Issue[] = [];
  const { id, version } = readTemplateId(locator);
  let template: ReportTemplate | undefined;
  if (id) {
    template = templates.find((t) => t.id === id && (version === undefined || t.version === version));
    if (!template) return { ok: false, issues: [unknownTemplateIssue(id, version, templates)] };
  } else {
    // No id: a copy of the template without its hidden sheet; recognise it by its codes.
    const scored = templates
      .map((t) => ({ t, score: layoutScore(locator, t) }))
      .sort((a, b) => b.score - a.score || b.t.version - a.t.version);
    if (!scored[0] || scored[0].score < 0.6) return { ok: false, issues: [makeIssue('TEMPLATE_NOT_RECOGNISED')] };
    template = scored[0].t;
    issues.push(makeIssue('TEMPLATE_ID_MISSING', {}, { title: template.title, version: template.version }));
  }

  const metadata: Record<string, FoundValue> = {};
  for (const field of template.metadata) {
    const found = locator.find(metadataCellName(field.code), field.code, TEMPLATE_SHEETS.metadata, INPUT_OFFSET.metadata);
    metadata[field.code] = found;
    if (!found.cell) issues.push(makeIssue('METADATA_NOT_FOUND', { field: field.code }, { label: field.label }));
  }
  const sections: Record<string, FoundValue> = {};
  for (const section of template.sections) {
    const found = locator.find(sectionCellName(section.code), section.code, TEMPLATE_SHEETS.sections, INPUT_OFFSET.sections);
    sections[section.code] = found;
    if (!found.cell) issues.push(makeIssue('SECTION_NOT_FOUND', { section: section.code }, { section: section.code, title: section.title }));
  }
  const indicators: Record<string, FoundValue> = {};
  for (const indicator of template.indicators) {
    if (indicator.aggregation !== 'sum') continue; // ratios are recomputed, never read
    const found = locator.find(indicatorCellName(indicator.code), indicator.code, TEMPLATE_SHEETS.indicators, INPUT_OFFSET.indicators);
    indicators[indicator.code] = found;
    if (!found.cell) {
      issues.push(makeIssue('INDICATOR_NOT_FOUND', { section: indicator.section, field: indicator.code }, { label: indicator.label, code: indicator.code }));
    }
  }
  const nominations: Record<string, FoundValue>[] = [];
  // A unit's template has a fixed number of rows; a roll-up report carries every nomination from below.
  const firstColumn = template.nominations.columns[0].code;
  const moreRows = (r: number) => r < MAX_NOMINATION_ROWS && (locator.byName(nominationCellName(r, firstColumn)) !== undefined || locator.hasCode(nominationRowKey(r)));
  for (let r = 0; r < template.nominations.rows || moreRows(r); r++) {
    const row: Record<string, FoundValue> = {};
    template.nominations.columns.forEach((column, c) => {
      row[column.code] = locator.find(
        nominationCellName(r, column.code),
        nominationRowKey(r),
        TEMPLATE_SHEETS.nominations,
        INPUT_OFFSET.nominations + c,
      );
    });
    nominations.push(row);
  }
  if (locator.fallbacks > 0) issues.push(makeIssue('NAMES_MISSING', {}, { count: locator.fallbacks }));
  return { ok: true, submission: { template, metadata, sections, indicators, nominations, date1904: grid.date1904 }, issues };
}
