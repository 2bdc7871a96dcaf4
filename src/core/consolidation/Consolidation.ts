import type { Issue } from '../issues/Issue';
import type { ReportingPeriod } from '../period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../registry/UnitRegistry';
import type { SkippedFile } from '../round/folderEntries';
import type { ReportTemplate } from '../template/ReportTemplate';
import type { IsoDate } from '../text/calendarDate';
import type { IsoInstant } from '../text/instant';
import type { CheckedReport } from '../validation/CheckedReport';
import type { RoundNomination } from './chooseNominations';
import type { CopyFinding } from './detectCopies';

/*
 * What a consolidation takes and gives, as plain data: no workbook is read or built here. The
 * previous period comes in already read (PreviousPeriod); the summary is built from the result.
 */

/** One round of consolidation: what is expected, from whom, by when. */
export interface ConsolidationRound {
  /** The round's template: its outline and indicators shape the summary. */
  template: ReportTemplate;
  /**
   * Other versions of the same template still accepted in this round (units that filled last
   * year's file). Indicators they share with the round's template are summed; the rest are listed.
   */
  alsoAccept?: readonly ReportTemplate[];
  period: ReportingPeriod;
  deadline: IsoDate;
  /** A new date the office asked units to send or correct by: a unit that sent on time and corrected by then is not late. */
  resendBy?: IsoDate;
  registry: UnitRegistry;
  /** The consolidating body, e.g. "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội". */
  body: string;
  /** Count reports with errors in the totals too (by default they are listed, not summed). */
  includeInvalid?: boolean;
  /** Count a report that copies another unit's whole report too (by default it is held out, like an invalid one). */
  includeCopies?: boolean;
  /** Lateness from the report date written in the file (default) or the day the file was received. */
  dateBasis?: 'report' | 'received';
  /** The previous period's summary, to compare totals and spot units that stopped reporting. */
  previous?: PreviousPeriod;
  /** The nominations the office chose to send up (keys, see `nominationKey`); the pre-marks when absent. */
  sendUp?: readonly string[];
}

/** A file given to the round (received: when the disk says it was saved into the folder): read and checked, or refused with the reasons. */
export type SubmissionInput =
  | { fileName: string; receivedOn?: IsoDate; receivedAt?: IsoInstant; report: CheckedReport }
  | { fileName: string; receivedOn?: IsoDate; receivedAt?: IsoInstant; failure: Issue[] };

/** "pending": a Word report received, waiting for the officer to confirm how it was read; not in the totals, not chased. */
export type UnitStatus = 'on_time' | 'late' | 'missing' | 'invalid' | 'pending';

/** Why a file is or is not in the totals. */
export type FileRole = 'used' | 'invalid' | 'pending' | 'superseded' | 'unknown_unit' | 'unreadable';

export interface ReceivedFile {
  fileName: string;
  role: FileRole;
  unit?: Unit;
  unitName: string;
  reportDate?: IsoDate;
  submittedOn?: IsoDate;
  daysLate: number;
  errors: number;
  warnings: number;
  issues: Issue[];
  report?: CheckedReport;
}

export interface UnitStatusRow {
  unit: Unit;
  status: UnitStatus;
  daysLate: number;
  file?: ReceivedFile;
  /** Counted in totals, texts and nominations. */
  counted: boolean;
}

export interface SectionCompilation {
  section: string;
  entries: { unit: Unit; text: string }[];
}

export interface Consolidation {
  round: ConsolidationRound;
  units: UnitStatusRow[];
  files: ReceivedFile[];
  counts: Record<UnitStatus, number> & { files: number; unknownUnit: number; unreadable: number; superseded: number; skipped: number };
  /** Entries of the folder that were not read (Excel's lock files, a PDF scan, a link to nothing), with why. */
  skipped: SkippedFile[];
  /** Sum over counted units; null when no counted unit gave the figure. */
  totals: Record<string, number | null>;
  /** How many counted units gave each figure. */
  reportedBy: Record<string, number>;
  ratios: Record<string, number | null>;
  sections: SectionCompilation[];
  /** Every proposal of the counted units, each marked whether it goes up. */
  nominations: RoundNomination[];
  issues: { file: ReceivedFile; issue: Issue }[];
  /** Units that reported in the previous period and have not this time. */
  missingSincePrevious: Unit[];
  /** The accepted versions with how many counted units used each, newest first. */
  versions: { template: ReportTemplate; units: number }[];
  /** What the accepted versions do not share; empty when the round has one version. */
  differences: VersionDifference[];
  /** What units' reports share with other units' beyond common wording: copies to look at. */
  copies: CopyFinding[];
}

/** An indicator or section that not every accepted version has (or has with another meaning). */
export interface VersionDifference {
  kind: 'indicator' | 'section';
  code: string;
  label: string;
  /** Versions having it as the round's template defines it. */
  inVersions: number[];
  /** Versions lacking it, or defining it differently (then not summed from them). */
  notInVersions: number[];
  /** Whether the summary carries it (the round's template has it). */
  inSummary: boolean;
}

/** What the summary of the previous period says: its totals, who reported then, and each unit's figures. */
export interface PreviousPeriod {
  label: string;
  totals: Record<string, number | null>;
  reportedUnitCodes: string[];
  /** The counts each unit that reported gave (sheet "Số liệu"), by unit code: what a like-for-like comparison needs. */
  byUnit: Record<string, Record<string, number | null>>;
  /** Each unit's texts then (sheet "Nội dung"), by unit code and section: a text copied over from it is told. */
  textsByUnit?: Record<string, Record<string, string>>;
}
