import { makeIssue, type Issue } from '../issues/Issue';
import { PERIOD_KIND_LABELS, type PeriodKind } from '../period/ReportingPeriod';
import { isCount, type ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import { parseNumberLike } from '../text/parseCount';
import type { ExtractedSubmission } from '../workbook/extractSubmission';
import type { CheckedReport, Nomination } from './CheckedReport';
import { checkMetadata } from './checkMetadata';
import { checkStaleReferences } from './checkStaleReferences';
import { checkLostCharacters } from './checkLostCharacters';
import { checkGuidelineCopies } from './checkGuidelineCopies';
import { cellText, flagUncached, readText } from './readText';
import type { ValidationContext } from './ValidationContext';

export type { ValidationContext } from './ValidationContext';

/** Checks one extracted submission against its template, the round and the registry. */
export function validateSubmission(extracted: ExtractedSubmission, context: ValidationContext): CheckedReport {
  const { template } = extracted;
  const issues: Issue[] = [];
  const cells: CheckedReport['cells'] = {};
  for (const group of [extracted.metadata, extracted.sections, extracted.indicators]) {
    for (const [code, found] of Object.entries(group)) if (found.cell) cells[code] = found.cell;
  }
  const report: CheckedReport = {
    template,
    unitName: '',
    text: {},
    values: {},
    ratios: {},
    nominations: [],
    cells,
    issues,
  };
  checkMetadata(extracted, context, report);
  const kind = context.period?.kind ?? report.periodKind;
  checkSections(extracted, template, kind, report);
  if (context.period) checkStaleReferences(report, context.period);
  checkLostCharacters(report);
  checkGuidelineCopies(report, template);
  checkIndicators(extracted, template, report);
  checkNominations(extracted, template, report);
  if (isBlank(report)) report.issues.splice(0, report.issues.length, makeIssue('SUBMISSION_BLANK'));
  return report;
}

/** A template sent back unfilled: one clear error rather than one per empty cell. */
function isBlank(report: CheckedReport): boolean {
  return (
    Object.values(report.text).every((t) => t === '') &&
    Object.values(report.values).every((v) => v === null) &&
    report.nominations.length === 0 &&
    // A figure refused for what it holds (text, a negative…) means something was typed after all.
    !report.issues.some((i) => i.code === 'CELL_FORMULA_NO_VALUE' || (i.code.startsWith('INDICATOR_') && i.severity === 'error' && i.code !== 'INDICATOR_REQUIRED_EMPTY'))
  );
}

function checkSections(extracted: ExtractedSubmission, template: ReportTemplate, kind: PeriodKind | undefined, report: CheckedReport): void {
  const periodLabel = kind ? PERIOD_KIND_LABELS[kind] : 'này';
  for (const section of template.sections) {
    const found = extracted.sections[section.code];
    if (!found?.cell) continue;
    const location = { section: section.code, cell: found.cell };
    if (flagUncached(found, `Mục ${section.code}`, location, report.issues)) continue;
    const text = readText(found, `Mục ${section.code}`, location, report.issues, true);
    report.text[section.code] = text;
    const required = kind ? section.requiredFor.includes(kind) : section.requiredFor.length >= template.periodKinds.length;
    if (text === '') {
      if (required) report.issues.push(makeIssue('SECTION_REQUIRED_EMPTY', location, { section: section.code, title: section.title, period: periodLabel }));
    } else if (text.length < section.minLength) {
      report.issues.push(makeIssue('SECTION_TOO_SHORT', location, { section: section.code, length: text.length, minLength: section.minLength }));
    }
  }
}

function checkIndicators(extracted: ExtractedSubmission, template: ReportTemplate, report: CheckedReport): void {
  const counts = template.indicators.filter(isCount);
  for (const indicator of counts) {
    const found = extracted.indicators[indicator.code];
    report.values[indicator.code] = null;
    if (!found?.cell) continue;
    const location = { section: indicator.section, field: indicator.code, cell: found.cell };
    const base = { label: indicator.label, unit: indicator.unit };
    if (flagUncached(found, indicator.label, location, report.issues)) continue;
    const parsed = parseNumberLike(found.raw);
    if (parsed === null) {
      report.issues.push(makeIssue(indicator.required ? 'INDICATOR_REQUIRED_EMPTY' : 'INDICATOR_EMPTY', location, base));
      continue;
    }
    if (!parsed.ok) {
      report.issues.push(makeIssue('INDICATOR_NOT_NUMBER', location, { ...base, raw: parsed.raw }));
      continue;
    }
    const value = parsed.value;
    if (parsed.fromText) report.issues.push(makeIssue('INDICATOR_TEXT_NUMBER', location, { ...base, raw: parsed.raw, value }));
    if (value < 0) report.issues.push(makeIssue('INDICATOR_NEGATIVE', location, { ...base, value }));
    else if (!Number.isInteger(value)) report.issues.push(makeIssue('INDICATOR_NOT_WHOLE', location, { ...base, value }));
    else if (value < indicator.min) report.issues.push(makeIssue('INDICATOR_BELOW_MIN', location, { ...base, value, min: indicator.min }));
    else if (indicator.max !== undefined && value > indicator.max) report.issues.push(makeIssue('INDICATOR_ABOVE_MAX', location, { ...base, value, max: indicator.max }));
    else report.values[indicator.code] = value;
  }
  for (const indicator of counts) {
    if (!indicator.atMost) continue;
    const value = report.values[indicator.code];
    const other = report.values[indicator.atMost];
    if (value === null || other === null || other === undefined || value <= other) continue;
    const otherDef = template.indicators.find((i) => i.code === indicator.atMost);
    report.issues.push(
      makeIssue(
        'INDICATOR_EXCEEDS',
        { section: indicator.section, field: indicator.code, cell: extracted.indicators[indicator.code]?.cell },
        { label: indicator.label, value, otherLabel: otherDef?.label ?? indicator.atMost, otherValue: other },
      ),
    );
  }
  for (const indicator of template.indicators) {
    if (indicator.aggregation !== 'ratio') continue;
    report.ratios[indicator.code] = computeRatio(report.values[indicator.numerator], report.values[indicator.denominator], indicator.decimals);
  }
}

/** numerator / denominator × 100, rounded; null when either is missing or the denominator is 0. */
export function computeRatio(numerator: number | null | undefined, denominator: number | null | undefined, decimals: number): number | null {
  if (numerator === null || numerator === undefined || !denominator) return null;
  const factor = 10 ** decimals;
  return Math.round((numerator / denominator) * 100 * factor) / factor;
}

function checkNominations(extracted: ExtractedSubmission, template: ReportTemplate, report: CheckedReport): void {
  const def = template.nominations;
  const kindColumn = def.columns.find((c) => c.choices === 'kinds');
  const formKeys = new Set(def.forms.map(foldForMatch));
  const counts = new Map<string, number>();
  extracted.nominations.forEach((row, r) => {
    if (def.columns.every((column) => cellText(row[column.code]?.raw ?? null) === '')) return;
    const at = (code: string) => ({ section: 'nominations', field: code, cell: row[code]?.cell, nominationRow: r });
    const values: Record<string, string> = {};
    for (const column of def.columns) values[column.code] = readText(row[column.code], `${column.label} (dòng ${r + 1})`, at(column.code), report.issues);
    let kind = '';
    if (kindColumn) {
      const given = values[kindColumn.code];
      kind = def.kinds.find((k) => foldForMatch(k) === foldForMatch(given)) ?? '';
      if (given !== '' && kind === '') report.issues.push(makeIssue('NOMINATION_KIND_INVALID', at(kindColumn.code), { row: r + 1, raw: given }));
      if (kind !== '') {
        values[kindColumn.code] = kind;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
    }
    for (const column of def.columns) {
      const v = values[column.code];
      if (column.required && v === '') report.issues.push(makeIssue('NOMINATION_FIELD_EMPTY', at(column.code), { row: r + 1, label: column.label }));
      if (column.choices === 'forms' && v !== '' && !formKeys.has(foldForMatch(v))) {
        report.issues.push(makeIssue('NOMINATION_FORM_INVALID', at(column.code), { row: r + 1, raw: v }));
      }
    }
    report.nominations.push({ row: r, kind, values } satisfies Nomination);
  });
  for (const { kind, count } of def.expected) {
    const found = counts.get(kind) ?? 0;
    const location = { section: 'nominations' };
    if (found < count) report.issues.push(makeIssue('NOMINATION_KIND_MISSING', location, { kind: kind.toLowerCase(), expected: count, found }));
    else if (found > count) report.issues.push(makeIssue('NOMINATION_KIND_EXTRA', location, { kind: kind.toLowerCase(), expected: count, found }));
  }
}
