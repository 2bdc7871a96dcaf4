import { addDays, makeIsoDate, weekday, formatDate, type IsoDate } from '../text/calendarDate';

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'M9', 'Y', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportingPeriod {
  kind: PeriodKind;
  year: number;
  /** Data range; for the standard kinds it defaults to Nghị định 09/2019, Điều 12. */
  from: IsoDate;
  to: IsoDate;
}

/** The words a unit picks in the template's drop-down, and that we print. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
  H1: '6 tháng đầu năm',
  M9: '9 tháng đầu năm',
  Y: 'Năm',
  custom: 'Khoảng thời gian khác',
};

export function isPeriodKind(value: string): value is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(value);
}

/**
 * Default data range (Nghị định 09/2019/NĐ-CP, Điều 12): a quarter runs from the 15th of the
 * month before it to the 14th of its last month; 6 months, 9 months and a year start on 15/12
 * of the year before and end on 14/6, 14/9 and 14/12.
 */
export function defaultDataRange(kind: Exclude<PeriodKind, 'custom'>, year: number): { from: IsoDate; to: IsoDate } {
  const quarterIndex = { Q1: 0, Q2: 1, Q3: 2, Q4: 3 } as const;
  if (kind in quarterIndex) {
    const q = quarterIndex[kind as keyof typeof quarterIndex];
    const firstMonth = q * 3 + 1;
    const from = firstMonth === 1 ? date(year - 1, 12, 15) : date(year, firstMonth - 1, 15);
    return { from, to: date(year, firstMonth + 2, 14) };
  }
  const endMonth = kind === 'H1' ? 6 : kind === 'M9' ? 9 : 12;
  return { from: date(year - 1, 12, 15), to: date(year, endMonth, 14) };
}

export function makePeriod(kind: PeriodKind, year: number, range?: { from: IsoDate; to: IsoDate }): ReportingPeriod {
  if (kind === 'custom') {
    if (!range) throw new Error('A custom period needs its data range');
    return { kind, year, ...range };
  }
  return { kind, year, ...(range ?? defaultDataRange(kind, year)) };
}

/** "Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024", "Từ 15/05/2023 đến 14/05/2024". */
export function labelPeriod(period: ReportingPeriod): string {
  switch (period.kind) {
    case 'Q1':
    case 'Q2':
    case 'Q3':
    case 'Q4':
      return `${PERIOD_KIND_LABELS[period.kind]}/${period.year}`;
    case 'H1':
    case 'M9':
      return `${PERIOD_KIND_LABELS[period.kind]} ${period.year}`;
    case 'Y':
      return `Năm ${period.year}`;
    case 'custom':
      return `Từ ${formatDate(period.from)} đến ${formatDate(period.to)}`;
  }
}

/**
 * A sensible default deadline: six days after the data range closes (the 20th for the
 * standard kinds), moved to the next working day if it falls on a weekend. The national
 * regime asks for at least one working day between the two; provinces set their own, so a
 * round may always override it.
 */
export function defaultDeadline(period: ReportingPeriod): IsoDate {
  let deadline = addDays(period.to, 6);
  while (weekday(deadline) === 0 || weekday(deadline) === 6) deadline = addDays(deadline, 1);
  return deadline;
}

/** Reads a kind as a person writes it: "Q1", "quý I", "quy 1", "6 tháng", "9t", "năm", "cả năm". */
export function parsePeriodKind(text: string): PeriodKind | null {
  const t = text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (isPeriodKind(text.trim())) return text.trim() as PeriodKind;
  const roman: Record<string, PeriodKind> = { i: 'Q1', ii: 'Q2', iii: 'Q3', iv: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' };
  let m = /^(?:q|quý|quy)\s*\.?\s*(iv|iii|ii|i|[1-4])$/.exec(t);
  if (m) return roman[m[1]];
  m = /^(6|9)\s*(?:t|th|tháng|thang)(?: đầu năm| dau nam)?$/.exec(t);
  if (m) return m[1] === '6' ? 'H1' : 'M9';
  if (/^(?:năm|nam|cả năm|ca nam|y|year)$/.test(t)) return 'Y';
  if (/^(?:khác|khac|tùy chỉnh|tuy chinh|khoảng thời gian khác|custom)$/.test(t)) return 'custom';
  for (const kind of PERIOD_KINDS) if (PERIOD_KIND_LABELS[kind].toLowerCase() === t) return kind;
  return null;
}

function date(year: number, month: number, day: number): IsoDate {
  return makeIsoDate(year, month, day) as IsoDate;
}
