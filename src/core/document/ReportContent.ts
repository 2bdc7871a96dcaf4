import type { SynthesizedParagraph } from '../synthesis/synthesizeSections';
import { sectionsAsOwn } from '../consolidation/sectionsAsOwn';
import type { PeriodComparison } from '../consolidation/compareWithPrevious';
import type { Consolidation, UnitStatus } from '../consolidation/Consolidation';
import { nominationKind } from '../consolidation/chooseNominations';
import type { ReportingPeriod } from '../period/ReportingPeriod';
import { describeStatus } from '../round/statusLabels';
import type { ReportTemplate } from '../template/ReportTemplate';
import { formatDate, type IsoDate } from '../text/calendarDate';

/** The change against the previous period as the report states it: over how many units, and by how much. */
export interface ComparedFigures {
  previousLabel: string;
  /** Units that reported in both periods; the comparison is over them only. */
  unitCount: number;
  before: Record<string, number | null>;
  now: Record<string, number | null>;
  change: Record<string, number | null>;
}

/** A unit's text for a section; without a unit when the officer wrote it in the summary themselves. */
export interface ReportExcerpt {
  unitName?: string;
  text: string;
}

export interface ReportStatusRow {
  name: string;
  status: UnitStatus;
  /** As the summary says it: "Nộp muộn 2 ngày". */
  statusText: string;
  /** dd/mm/yyyy, or empty. */
  reportDate: string;
  fileName: string;
}

/**
 * What the Word report says, whichever door it comes from: a round just consolidated, or a
 * summary workbook the officer has edited (`tonghop bao-cao`). The document builder reads only this.
 */
export interface ReportContent {
  template: ReportTemplate;
  period: ReportingPeriod;
  deadline: IsoDate;
  /** How the registered units reported. */
  counts: Record<UnitStatus, number>;
  /** Sum over the counted units (null when none gave it), and the ratios recomputed from them. */
  totals: Record<string, number | null>;
  ratios: Record<string, number | null>;
  /** How many counted units gave each count. */
  reportedBy: Record<string, number>;
  /** Each section's texts by section code, in the order they are printed. */
  sections: Record<string, ReportExcerpt[]>;
  /** Units whose report had errors and is not in the totals. */
  invalidUnits: string[];
  /** Every counted unit's counts and ratios, for Phụ lục 1. */
  unitFigures: { name: string; values: Record<string, number | null> }[];
  /** The nominations sent up (marked "Gửi cấp trên"), for Phụ lục 2. */
  nominations: { unitName: string; kind: string; values: Record<string, string> }[];
  /** Every registered unit, for Phụ lục 3. */
  status: ReportStatusRow[];
  comparison: ComparedFigures | null;
  /** The synthesised text of each section, when already made (or as the officer edited it in the summary). */
  synthesis?: Record<string, SynthesizedParagraph[]>;
}

export function comparedFiguresOf(p: PeriodComparison | null): ComparedFigures | null {
  return p ? { previousLabel: p.previousLabel, unitCount: p.unitCodes.length, before: p.before, now: p.now, change: p.change } : null;
}

/**
 * The content of a round just consolidated. Units come in registry order, the office's own
 * order, as in the summary's drafts: rebuilt from an unedited summary, the report is the same.
 */
export function reportContentOf(c: Consolidation, comparison: PeriodComparison | null): ReportContent {
  const counted = c.units.filter((u) => u.counted && u.file?.report);
  return {
    template: c.round.template,
    period: c.round.period,
    deadline: c.round.deadline,
    counts: { on_time: c.counts.on_time, late: c.counts.late, missing: c.counts.missing, invalid: c.counts.invalid, pending: c.counts.pending },
    totals: c.totals,
    ratios: c.ratios,
    reportedBy: c.reportedBy,
    sections: Object.fromEntries(sectionsAsOwn(c).map((s) => [s.section, s.entries.map((e) => ({ unitName: e.unit.name, text: e.text }))])),
    invalidUnits: c.units.filter((u) => u.status === 'invalid' && !u.counted).map((u) => u.unit.name),
    unitFigures: counted.map((u) => ({ name: u.unit.name, values: { ...u.file?.report?.values, ...u.file?.report?.ratios } })),
    // What goes up: the proposals marked "Gửi cấp trên", as in the roll-up the level above reads.
    nominations: c.nominations.filter((n) => n.sendUp).map((n) => ({ unitName: n.unit.name, kind: nominationKind(n), values: n.nomination.values })),
    status: c.units.map((u) => ({ name: u.unit.name, status: u.status, statusText: describeStatus(u), reportDate: u.file?.report?.reportDate ? formatDate(u.file.report.reportDate) : '', fileName: u.file?.fileName ?? '' })),
    comparison: comparedFiguresOf(comparison),
  };
}
