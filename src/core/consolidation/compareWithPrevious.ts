import { computeRatio } from '../validation/validateSubmission';
import type { Consolidation } from './Consolidation';

/**
 * This period against the previous one, like for like: both sides summed over the same units,
 * those that reported in both periods. Comparing this period's 5 reports with last period's 37
 * would print a fall that never happened; a report must never do that.
 */
export interface PeriodComparison {
  previousLabel: string;
  /** Units counted in both periods, in the order of this period's registry. */
  unitCodes: string[];
  before: Record<string, number | null>;
  now: Record<string, number | null>;
  /** now − before for each indicator both sides have (ratios in percentage points). */
  change: Record<string, number | null>;
}

export function compareWithPrevious(c: Consolidation): PeriodComparison | null {
  const previous = c.round.previous;
  if (!previous) return null;
  const both = c.units.flatMap((row) => (row.counted && row.file?.report && previous.byUnit[row.unit.code] ? [{ code: row.unit.code, now: row.file.report.values, before: previous.byUnit[row.unit.code] }] : []));
  const sumOver = (pick: (u: (typeof both)[number]) => Record<string, number | null | undefined>, code: string): number | null => {
    const values = both.map((u) => pick(u)[code]).filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
  };
  const before: Record<string, number | null> = {};
  const now: Record<string, number | null> = {};
  const change: Record<string, number | null> = {};
  const indicators = c.round.template.indicators;
  for (const ind of indicators) {
    if (ind.aggregation !== 'sum') continue;
    before[ind.code] = sumOver((u) => u.before, ind.code);
    now[ind.code] = sumOver((u) => u.now, ind.code);
  }
  for (const ind of indicators) {
    // Ratios recomputed from the same units' parts, never an average of percentages.
    if (ind.aggregation !== 'ratio') continue;
    before[ind.code] = computeRatio(before[ind.numerator], before[ind.denominator], ind.decimals);
    now[ind.code] = computeRatio(now[ind.numerator], now[ind.denominator], ind.decimals);
  }
  for (const ind of indicators) {
    const a = now[ind.code];
    const b = before[ind.code];
    change[ind.code] = a !== null && b !== null ? Math.round((a - b) * 100) / 100 : null;
  }
  return { previousLabel: previous.label, unitCodes: both.map((u) => u.code), before, now, change };
}
