import type { Unit } from '../registry/UnitRegistry';
import type { ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import type { Nomination } from '../validation/CheckedReport';

/** A nomination's key in a round: the proposing unit's code and its row in the unit's table ("HN-05#2"). */
export const nominationKey = (unitCode: string, row: number) => `${unitCode}#${row + 1}`;

export interface RoundNomination {
  unit: Unit;
  nomination: Nomination;
  key: string;
  /** Marked "Gửi cấp trên": goes into the roll-up report the level above reads. */
  sendUp: boolean;
}

/** A proposal's kind as written (its kind column, or "loai" when the kind did not read). */
export const nominationKind = (n: { nomination: Nomination }) => n.nomination.kind || (n.nomination.values['loai'] ?? '');
const kindOf = (n: { nomination: Nomination }) => foldForMatch(nominationKind(n));

/**
 * Which proposals go up. The guidance (seed 004) asks each level for as many of each kind as the
 * template expects (01 tập thể, 01 cá nhân), chosen by the office. Until the office chooses,
 * the pre-marks are reproducible and spread over units: for each kind, the first proposals of
 * that kind in registry order from units not yet marked, so two marks come from one unit only
 * when no other unit proposed that kind. `chosen` (keys) replaces them when the office has
 * chosen, even more than the guidance (which is then warned about, not refused).
 */
export function chooseNominations(nominations: readonly { unit: Unit; nomination: Nomination }[], template: ReportTemplate, chosen?: readonly string[]): RoundNomination[] {
  const keyed = nominations.map((n) => ({ ...n, key: nominationKey(n.unit.code, n.nomination.row) }));
  if (chosen) {
    const marked = new Set(chosen);
    return keyed.map((n) => ({ ...n, sendUp: marked.has(n.key) }));
  }
  const left = new Map(template.nominations.expected.map((e) => [foldForMatch(e.kind), e.count]));
  const marked = new Set<string>();
  const markedUnits = new Set<string>();
  // First from units with no mark yet; then, for a kind still short, from any unit.
  for (const spread of [true, false]) {
    for (const n of keyed) {
      const kind = kindOf(n);
      if (marked.has(n.key) || (left.get(kind) ?? 0) === 0 || (spread && markedUnits.has(n.unit.code))) continue;
      left.set(kind, (left.get(kind) ?? 0) - 1);
      marked.add(n.key);
      markedUnits.add(n.unit.code);
    }
  }
  return keyed.map((n) => ({ ...n, sendUp: marked.has(n.key) }));
}

/** Kinds marked more often than the guidance asks: what to warn the office about before it sends. */
export function nominationsOverGuidance(markedKinds: readonly string[], template: ReportTemplate): { kind: string; expected: number; found: number }[] {
  const folded = markedKinds.map(foldForMatch);
  return template.nominations.expected.flatMap(({ kind, count }) => {
    const found = folded.filter((k) => k === foldForMatch(kind)).length;
    return found > count ? [{ kind, expected: count, found }] : [];
  });
}
