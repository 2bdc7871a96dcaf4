import { makeIssue, type IssueLocation } from '../issues/Issue';
import { PERIOD_KIND_LABELS, parsePeriodKind } from '../period/ReportingPeriod';
import { createUnitMatcher } from '../registry/UnitRegistry';
import type { MetadataFieldDef } from '../template/ReportTemplate';
import { formatDate, parseDateLike, type IsoDate } from '../text/calendarDate';
import type { ExtractedSubmission, FoundValue } from '../workbook/extractSubmission';
import type { CheckedReport } from './CheckedReport';
import { cellText, flagUncached, readText } from './readText';
import type { ValidationContext } from './ValidationContext';

/** The metadata fields: each read by its type, then the dates checked against each other and the round. */
export function checkMetadata(extracted: ExtractedSubmission, context: ValidationContext, report: CheckedReport): void {
  const { template, metadata, date1904 } = extracted;
  const issues = report.issues;
  const dates: Record<string, IsoDate | undefined> = {};
  for (const field of template.metadata) {
    const found: FoundValue = metadata[field.code] ?? { raw: null };
    if (!found.cell) continue; // already reported as not found
    const location = { field: field.code, cell: found.cell };
    if (flagUncached(found, field.label, location, issues)) continue;
    const text = field.type === 'unit' || field.type === 'text' ? readText(found, field.label, location, issues) : cellText(found.raw);
    if (text === '') {
      if (field.required) issues.push(makeIssue('META_REQUIRED_EMPTY', location, { label: field.label }));
      continue;
    }
    checkField(field, found, text, location, context, report, dates, date1904);
  }
  checkDates(extracted, context, report, dates);
}

/** One filled field, by its type: the unit is matched, the period and year compared with the round's, a date kept. */
function checkField(
  field: MetadataFieldDef,
  found: FoundValue,
  text: string,
  location: IssueLocation,
  context: ValidationContext,
  report: CheckedReport,
  dates: Record<string, IsoDate | undefined>,
  date1904: boolean,
): void {
  const issues = report.issues;
  switch (field.type) {
    case 'unit': {
      report.unitName = text;
      const matcher = context.matcher ?? (context.registry ? createUnitMatcher(context.registry) : undefined);
      if (!matcher) break;
      const match = matcher.match(text);
      if (match.kind === 'found') report.unit = match.unit;
      else if (match.kind === 'ambiguous') {
        issues.push(makeIssue('META_UNIT_AMBIGUOUS', location, { unit: text, candidates: match.candidates.map((u) => u.name).join('; ') }));
      } else issues.push(makeIssue('META_UNIT_UNKNOWN', location, { unit: text }));
      break;
    }
    case 'periodKind': {
      const kind = parsePeriodKind(text);
      if (!kind) issues.push(makeIssue('META_PERIOD_INVALID', location, { raw: text }));
      else {
        report.periodKind = kind;
        if (context.period && kind !== context.period.kind) {
          issues.push(makeIssue('META_PERIOD_MISMATCH', location, { found: PERIOD_KIND_LABELS[kind], expected: PERIOD_KIND_LABELS[context.period.kind] }));
        }
      }
      break;
    }
    case 'year': {
      const n = typeof found.raw === 'number' ? found.raw : Number(text);
      if (!Number.isInteger(n) || n < 1945 || n > 2200) issues.push(makeIssue('META_YEAR_INVALID', location, { raw: text }));
      else {
        report.year = n;
        if (context.period && n !== context.period.year) {
          issues.push(makeIssue('META_YEAR_MISMATCH', location, { found: n, expected: context.period.year }));
        }
      }
      break;
    }
    case 'date': {
      const date = parseDateLike(found.raw, date1904);
      if (!date) issues.push(makeIssue('META_DATE_INVALID', location, { label: field.label, raw: text }));
      else dates[field.code] = date;
      break;
    }
    case 'email':
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) issues.push(makeIssue('META_EMAIL_INVALID', location, { raw: text }));
      break;
    case 'phone': {
      const digits = text.replace(/[\s.()-]/g, '').replace(/^\+84/, '0');
      if (!/^\d{9,11}$/.test(digits)) issues.push(makeIssue('META_PHONE_INVALID', location, { raw: text }));
      break;
    }
    case 'text':
      break;
  }
}

/** The period's dates in the right order and as the round's; the report's date neither in the future nor before the period ends. */
function checkDates(extracted: ExtractedSubmission, context: ValidationContext, report: CheckedReport, dates: Record<string, IsoDate | undefined>): void {
  const { metadata } = extracted;
  const issues = report.issues;
  report.from = dates['tu_ngay'];
  report.to = dates['den_ngay'];
  report.reportDate = dates['ngay_bao_cao'];
  const at = (code: string) => ({ field: code, cell: metadata[code]?.cell });
  if (report.from && report.to) {
    if (report.from > report.to) {
      issues.push(makeIssue('META_DATE_RANGE_REVERSED', at('tu_ngay'), { from: formatDate(report.from), to: formatDate(report.to) }));
    } else if (context.period && report.periodKind === context.period.kind && (report.from !== context.period.from || report.to !== context.period.to)) {
      issues.push(
        makeIssue('META_DATE_RANGE_DIFFERS', at('tu_ngay'), {
          from: formatDate(report.from),
          to: formatDate(report.to),
          expectedFrom: formatDate(context.period.from),
          expectedTo: formatDate(context.period.to),
        }),
      );
    }
  }
  if (report.reportDate) {
    if (report.reportDate > context.today) {
      issues.push(makeIssue('META_REPORT_DATE_FUTURE', at('ngay_bao_cao'), { date: formatDate(report.reportDate), today: formatDate(context.today) }));
    } else if (report.to && report.reportDate < report.to) {
      issues.push(makeIssue('META_REPORT_DATE_EARLY', at('ngay_bao_cao'), { date: formatDate(report.reportDate), to: formatDate(report.to) }));
    }
  }
}
