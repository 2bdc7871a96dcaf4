import { makeIssue, type Issue, type IssueCode } from '../issues/Issue';
import { formatVietnamesePercent } from '../text/formatVietnameseNumber';
import { quoteText } from '../text/quoteText';
import type { CheckedReport } from '../validation/CheckedReport';
import { savedAtOf } from './chooseUnitFile';
import type { ConsolidationRound, SubmissionInput } from './Consolidation';
import { detectCopies, type CopyFinding, type CopyKind } from './detectCopies';
import { unitNames } from './findUnitsNamed';

/** A passage quoted in a message up to this length (the whole is in the unit's file). */
const QUOTE_CHARACTERS = 200;

const CODE_OF: Record<CopyKind, IssueCode> = {
  whole_report: 'COPY_WHOLE_REPORT',
  section: 'COPY_SECTION',
  figures: 'COPY_FIGURES',
  names_other_unit: 'COPY_NAMES_OTHER_UNIT',
  nominations: 'COPY_NOMINATIONS',
  previous_period: 'COPY_PREVIOUS_PERIOD',
};

/**
 * Looks for copies between the units' files that count, and tells each on its file: a whole copy
 * is an error (held out of the totals like an invalid report) unless the office counts copies.
 */
export function flagCopies(round: ConsolidationRound, kept: ReadonlyMap<string, { input: SubmissionInput; report?: CheckedReport; issues: Issue[] }>): CopyFinding[] {
  const files = [...kept.values()].flatMap((draft) => (draft.report?.unit ? [{ draft, unit: draft.report.unit, report: draft.report }] : []));
  const candidates = files.map(({ draft, unit, report }) => ({ unit, report, order: `${report.reportDate ?? ''}|${savedAtOf(draft)}|${draft.input.fileName}` }));
  const before = round.previous?.textsByUnit ? { label: round.previous.label, textsByUnit: round.previous.textsByUnit } : undefined;
  const findings = detectCopies(candidates, round.template, unitNames(round.registry), before);
  const fileOf = new Map(files.map((f) => [f.unit.code, f.draft]));
  for (const finding of findings) {
    const code = finding.kind === 'whole_report' && round.includeCopies ? 'COPY_WHOLE_REPORT_COUNTED' : CODE_OF[finding.kind];
    const location = finding.section ? { section: finding.section, cell: fileOf.get(finding.unit.code)?.report?.cells[finding.section] } : {};
    fileOf.get(finding.unit.code)?.issues.push(makeIssue(code, location, { other: finding.other.name, period: finding.period ?? '', section: finding.section ?? '', share: formatVietnamesePercent(finding.share * 100, 0), passage: quoteText(finding.passage, QUOTE_CHARACTERS) }));
  }
  return findings;
}
