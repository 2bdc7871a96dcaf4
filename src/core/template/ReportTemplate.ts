import type { PeriodKind } from '../period/ReportingPeriod';
import type { IsoDate } from '../text/calendarDate';

/** A section of the đề cương: a text the unit writes. */
export interface SectionDef {
  code: string;
  title: string;
  /** Group heading code ("II") when the section sits under one. */
  group?: string;
  /** Kinds of period for which the section must not be empty. */
  requiredFor: PeriodKind[];
  /** Below this many characters the text is too short to be a report (a warning). */
  minLength: number;
  /** What the unit should write, shown under the title in the template. */
  hint?: string;
  /** The đề cương's own wording for the section, and how units commonly head it in a Word report. */
  headings?: string[];
}

export interface GroupDef {
  code: string;
  title: string;
  headings?: string[];
}

export type IndicatorDef = CountIndicatorDef | RatioIndicatorDef;

interface IndicatorBase {
  code: string;
  /** Section code, or "context" for figures that describe the unit itself. */
  section: string;
  label: string;
  unit: string;
  /**
   * How the Word report says the figure, with `{code}` for figures of this or other indicators:
   * "đã tổ chức {hn_quan_triet} hội nghị, lớp học tập, quán triệt". Without it, a generic clause.
   */
  phrase?: string;
}

/** A whole number ≥ min, summed over units. */
export interface CountIndicatorDef extends IndicatorBase {
  aggregation: 'sum';
  min: number;
  max?: number;
  /** The value may not exceed this other indicator (e.g. ≤ tong_dang_vien). */
  atMost?: string;
  /** Empty is an error rather than a warning (a denominator must be given). */
  required?: boolean;
}

/** Never typed: numerator / denominator × 100, recomputed after summing. */
export interface RatioIndicatorDef extends IndicatorBase {
  aggregation: 'ratio';
  numerator: string;
  denominator: string;
  decimals: number;
}

export interface NominationColumnDef {
  code: string;
  label: string;
  required: boolean;
  /** Name of a choice list (`kinds` or `forms`) when the column is a drop-down. */
  choices?: 'kinds' | 'forms';
  width: number;
}

export interface NominationsDef {
  title: string;
  kinds: string[];
  forms: string[];
  columns: NominationColumnDef[];
  /** Rows offered in the template. */
  rows: number;
  /** How many of each kind a unit is expected to propose. */
  expected: { kind: string; count: number }[];
}

export type MetadataType = 'unit' | 'periodKind' | 'year' | 'date' | 'text' | 'phone' | 'email';

export interface MetadataFieldDef {
  code: string;
  label: string;
  type: MetadataType;
  required: boolean;
}

export interface ReportTemplate {
  id: string;
  version: number;
  title: string;
  /** The document the template follows, e.g. the guideline that carries the đề cương. */
  basis: string;
  issuer: string;
  /** When this version was issued (shown in the catalogue). */
  published?: IsoDate;
  periodKinds: PeriodKind[];
  groups: GroupDef[];
  sections: SectionDef[];
  indicators: IndicatorDef[];
  nominations: NominationsDef;
  metadata: MetadataFieldDef[];
}

export function isCount(indicator: IndicatorDef): indicator is CountIndicatorDef {
  return indicator.aggregation === 'sum';
}

/** "Báo cáo … (mã hn-kl01, phiên bản 2)", as messages name a template. */
export function describeTemplate(template: ReportTemplate): string {
  return `"${template.title}" (mã ${template.id}, phiên bản ${template.version})`;
}
