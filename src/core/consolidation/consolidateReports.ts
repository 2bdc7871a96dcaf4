import { countBySeverity, makeIssue, type Issue } from '../issues/Issue';
import type { Unit } from '../registry/UnitRegistry';
import { describeTemplate, isCount, type ReportTemplate } from '../template/ReportTemplate';
import { daysBetween, formatDate, type IsoDate } from '../text/calendarDate';
import { compareVietnamese } from '../text/compareVietnamese';
import type { CheckedReport } from '../validation/CheckedReport';
import { computeRatio } from '../validation/validateSubmission';
import type { SkippedFile } from '../round/folderEntries';
import { acceptedTemplates, compareVersions, sameVersion, sharesIndicator } from './acceptedVersions';
import { chooseNominations } from './chooseNominations';
import { chooseUnitFile, savedAtOf } from './chooseUnitFile';
import { flagCopies } from './flagCopies';
import { formatInstant } from '../text/instant';
import type { Consolidation, ConsolidationRound, FileRole, ReceivedFile, SectionCompilation, SubmissionInput, UnitStatus, UnitStatusRow } from './Consolidation';

function submittedOn(input: Extract<SubmissionInput, { report: CheckedReport }>, basis: 'report' | 'received'): IsoDate | undefined {
  return basis === 'received' ? (input.receivedOn ?? input.report.reportDate) : (input.report.reportDate ?? input.receivedOn);
}

/**
 * Consolidates the files of a round: a status per registered unit, totals and recomputed
 * ratios, every unit's text per section, all nominations and all issues. Output order depends
 * only on the registry and the file names, never on the order the files were given.
 */
export function consolidateReports(round: ConsolidationRound, inputs: readonly SubmissionInput[], skipped: readonly SkippedFile[] = []): Consolidation {
  const basis = round.dateBasis ?? 'report';
  const sorted = [...inputs].sort((a, b) => compareVietnamese(a.fileName, b.fileName) || (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const registryIndex = new Map(round.registry.units.map((u, i) => [u.code, i]));
  const accepted = acceptedTemplates(round);

  // First what each file is, then every file built once with its final role and issues.
  const drafts = sorted.map((input) => draftFile(input, round, accepted, basis));
  const kept = keepLatestPerUnit(drafts, registryIndex);
  const copies = flagCopies(round, kept);
  const fileOf = new Map(drafts.map((draft) => [draft, buildReceivedFile(draft)]));
  const files = [...fileOf.values()];

  const units: UnitStatusRow[] = round.registry.units.map((unit) => {
    const draft = kept.get(unit.code);
    const file = draft ? fileOf.get(draft) : undefined;
    if (!file || !draft) return { unit, status: 'missing', daysLate: 0, counted: false };
    const daysLate = correctedInTime(round, draft, drafts) ? 0 : file.daysLate;
    const status: UnitStatus = file.role === 'pending' ? 'pending' : file.errors > 0 ? 'invalid' : daysLate > 0 ? 'late' : 'on_time';
    return { unit, status, daysLate, file, counted: status === 'on_time' || status === 'late' || (status === 'invalid' && round.includeInvalid === true) };
  });

  const files_ = orderFiles(files, registryIndex);
  const counted: CountedUnit[] = units.flatMap((row) => (row.counted && row.file?.report ? [{ unit: row.unit, file: row.file, report: row.file.report }] : []));
  const { totals, reportedBy } = sumCounts(round, accepted, counted);
  const ratios: Record<string, number | null> = {};
  for (const indicator of round.template.indicators) {
    // Recomputed from the summed parts, never an average of the units' percentages.
    if (indicator.aggregation === 'ratio') ratios[indicator.code] = computeRatio(totals[indicator.numerator], totals[indicator.denominator], indicator.decimals);
  }
  const sections: SectionCompilation[] = round.template.sections.map((section) => ({
    section: section.code,
    entries: counted.map(({ unit, report }) => ({ unit, text: report.text[section.code] ?? '' })).filter((e) => e.text !== ''),
  }));
  const nominations = chooseNominations(
    counted.flatMap(({ unit, report }) => report.nominations.map((nomination) => ({ unit, nomination }))),
    round.template,
    round.sendUp,
  );
  const issues = files_.flatMap((file) => file.issues.map((issue) => ({ file, issue })));
  const counts = countRound(units, files, skipped);
  const before = new Set(round.previous?.reportedUnitCodes ?? []);
  const missingSincePrevious = units.filter((u) => u.status === 'missing' && before.has(u.unit.code)).map((u) => u.unit);
  const versions = accepted.map((template) => ({ template, units: counted.filter(({ report }) => sameVersion(report.template, template)).length }));
  const differences = compareVersions(round.template, accepted);
  return { round, units, files: files_, skipped: [...skipped], counts, totals, reportedBy, ratios, sections, nominations, issues, missingSincePrevious, versions, differences, copies };
}

/**
 * A unit that sent its report on time and a correction by the new date the office set (--han-moi)
 * is not late for the correction: it did what it was asked, when it was asked.
 */
function correctedInTime(round: ConsolidationRound, kept: FileDraft, drafts: readonly FileDraft[]): boolean {
  if (!round.resendBy || !kept.submittedOn || kept.daysLate === 0 || kept.submittedOn > round.resendBy) return false;
  const code = kept.report?.unit?.code;
  return drafts.some((d) => d !== kept && d.report?.unit?.code === code && d.submittedOn !== undefined && d.submittedOn <= round.deadline);
}

/** One unit, several files: the one that counts by chooseUnitFile; the others are marked replaced, with why. */
function keepLatestPerUnit(drafts: readonly FileDraft[], registryIndex: ReadonlyMap<string, number>): Map<string, FileDraft> {
  const byUnit = new Map<string, FileDraft[]>();
  for (const draft of drafts) {
    const code = draft.report?.unit?.code;
    if (code !== undefined && registryIndex.has(code)) byUnit.set(code, [...(byUnit.get(code) ?? []), draft]);
  }
  const kept = new Map<string, FileDraft>();
  for (const [code, list] of byUnit) {
    const { kept: first, replaced } = chooseUnitFile(list);
    kept.set(code, first);
    const keptSaved = savedAtOf(first);
    for (const { file: other, because } of replaced) {
      other.superseded = true;
      other.issues.push(makeIssue('SUBMISSION_SUPERSEDED', {}, {
        unit: first.report?.unit?.name ?? '',
        date: other.report?.reportDate ? formatDate(other.report.reportDate) : '?',
        keptFile: first.input.fileName,
        keptDate: first.report?.reportDate ? formatDate(first.report.reportDate) : '?',
        keptSaved: keptSaved ? formatInstant(keptSaved) : '',
        because,
      }));
    }
  }
  return kept;
}

/** The round's counts summed over the counted units, each from the versions that mean the same thing by it. */
function sumCounts(round: ConsolidationRound, accepted: readonly ReportTemplate[], counted: readonly CountedUnit[]): Pick<Consolidation, 'totals' | 'reportedBy'> {
  const totals: Record<string, number | null> = {};
  const reportedBy: Record<string, number> = {};
  // A figure from another version counts only where that version means the same thing; decided
  // once per version, not once per unit and indicator.
  const sharedBy = accepted.map((t) => ({ t, codes: new Set(round.template.indicators.filter((i) => sharesIndicator(t, i)).map((i) => i.code)) }));
  const none = new Set<string>();
  const sharedOfRow = counted.map(({ report }) => sharedBy.find(({ t }) => sameVersion(t, report.template))?.codes ?? none);
  for (const indicator of round.template.indicators.filter(isCount)) {
    let sum = 0;
    let n = 0;
    for (const [k, { report }] of counted.entries()) {
      if (!sharedOfRow[k].has(indicator.code)) continue;
      const v = report.values[indicator.code];
      if (v !== null && v !== undefined) {
        sum += v;
        n++;
      }
    }
    totals[indicator.code] = n > 0 ? sum : null;
    reportedBy[indicator.code] = n;
  }
  return { totals, reportedBy };
}

function countRound(units: readonly UnitStatusRow[], files: readonly ReceivedFile[], skipped: readonly SkippedFile[]): Consolidation['counts'] {
  return {
    on_time: units.filter((u) => u.status === 'on_time').length,
    late: units.filter((u) => u.status === 'late').length,
    missing: units.filter((u) => u.status === 'missing').length,
    invalid: units.filter((u) => u.status === 'invalid').length,
    pending: units.filter((u) => u.status === 'pending').length,
    files: files.length,
    unknownUnit: files.filter((f) => f.role === 'unknown_unit').length,
    unreadable: files.filter((f) => f.role === 'unreadable').length,
    superseded: files.filter((f) => f.role === 'superseded').length,
    skipped: skipped.length,
  };
}

/** A unit whose report is in the totals: its file and the report in it are there by construction. */
interface CountedUnit {
  unit: Unit;
  file: ReceivedFile;
  report: CheckedReport;
}

/** A file while the round decides what it is: its issues grow until the file is built. */
interface FileDraft {
  input: SubmissionInput;
  report?: CheckedReport;
  issues: Issue[];
  submittedOn?: IsoDate;
  daysLate: number;
  superseded: boolean;
}

function draftFile(input: SubmissionInput, round: ConsolidationRound, accepted: readonly ReportTemplate[], basis: 'report' | 'received'): FileDraft {
  if ('failure' in input) return { input, issues: [...input.failure], submittedOn: input.receivedOn, daysLate: 0, superseded: false };
  const report = input.report;
  const issues = [...report.issues];
  if (!accepted.some((t) => sameVersion(t, report.template))) {
    issues.push(makeIssue('TEMPLATE_NOT_IN_ROUND', {}, {
      title: report.template.title,
      id: report.template.id,
      version: report.template.version,
      accepted: accepted.map((t) => `phiên bản ${t.version}`).join(' hoặc '),
      expected: describeTemplate(round.template),
    }));
  }
  const on = submittedOn(input, basis);
  return { input, report, issues, submittedOn: on, daysLate: on ? Math.max(0, daysBetween(round.deadline, on)) : 0, superseded: false };
}

function buildReceivedFile(draft: FileDraft): ReceivedFile {
  const { errors, warnings } = countBySeverity(draft.issues);
  const { report } = draft;
  const common = { fileName: draft.input.fileName, submittedOn: draft.submittedOn, daysLate: draft.daysLate, errors, warnings, issues: draft.issues };
  if (!report) return { ...common, role: 'unreadable', unitName: '' };
  const pending = (report.word?.toDecide.length ?? 0) > 0;
  const role: FileRole = draft.superseded ? 'superseded' : !report.unit ? 'unknown_unit' : pending ? 'pending' : errors > 0 ? 'invalid' : 'used';
  return { ...common, role, unit: report.unit, unitName: report.unitName, reportDate: report.reportDate, report };
}

/** Registered units' files in registry order, then the others by file name. */
function orderFiles(files: ReceivedFile[], registryIndex: Map<string, number>): ReceivedFile[] {
  const rank = (f: ReceivedFile) => (f.unit ? (registryIndex.get(f.unit.code) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  const roleRank = (f: ReceivedFile) => (f.role === 'superseded' ? 1 : 0);
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || roleRank(a.f) - roleRank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
