import type { CellAddress, Issue } from '../issues/Issue';
import type { PeriodKind } from '../period/ReportingPeriod';
import type { Unit } from '../registry/UnitRegistry';
import type { ReportTemplate } from '../template/ReportTemplate';
import type { IsoDate } from '../text/calendarDate';
import type { IsoInstant } from '../text/instant';
import type { WordReading } from '../wordReport/readWordReport';

export interface Nomination {
  /** Zero-based row of the nominations table in the unit's file. */
  row: number;
  kind: string;
  values: Record<string, string>;
}

/** One submission after reading and checking: clean values, and every issue found. */
export interface CheckedReport {
  template: ReportTemplate;
  /** The unit's name as written in the file (NFC, spaces folded). */
  unitName: string;
  unit?: Unit;
  periodKind?: PeriodKind;
  year?: number;
  from?: IsoDate;
  to?: IsoDate;
  reportDate?: IsoDate;
  /** When the workbook was last saved, by its own properties: which of a unit's files is the newer. */
  savedAt?: IsoInstant;
  text: Record<string, string>;
  /** Valid counts only; a missing or invalid figure is null and is never summed. */
  values: Record<string, number | null>;
  ratios: Record<string, number | null>;
  nominations: Nomination[];
  /** Where each field was read, for provenance and for selecting the cell of an issue. */
  cells: Record<string, CellAddress>;
  issues: Issue[];
  /** A report sent as a Word file: what it was, and what the officer must decide before it counts. */
  word?: WordSubmissionInfo;
}

/** What the officer is shown of a Word report before confirming how it was read. */
export interface WordSubmissionInfo {
  format: 'docx' | 'doc' | 'html';
  toDecide: string[];
  notes: string[];
  /** The file's content key: a decision on it is kept by this. */
  key: string;
  /** Each block placed: its codes, the heading as written, its size and first line, and how sure. */
  sections: { codes: string[]; heading: string; chars: number; firstLine: string; certainty: 'sure' | 'look' | 'decide' }[];
  unplaced: { heading?: string; chars: number; firstLine: string; reason: string }[];
  /** Each figure read, where from, and whether it is sure (a table cell read plainly) or only proposed. */
  figures: { code: string; value: number | null; source: 'bang' | 'cau'; raw: string; where: string; certain: boolean }[];
  /** The reading itself, kept while the office may still decide on it (something to decide, or a decision kept for it). */
  reading?: WordReading;
}
