import { isCount, type ReportTemplate } from '../template/ReportTemplate';
import type { Unit } from '../registry/UnitRegistry';
import { foldForMatch } from '../text/normalizeText';
import { sentenceKeys } from '../text/sentenceKeys';
import { splitSentences } from '../text/splitSentences';
import type { CheckedReport } from '../validation/CheckedReport';
import { BODY_OPENERS_AS_TYPED, findUnitsNamed, type UnitNames } from './findUnitsNamed';

/** What one unit's report shares with another's, beyond what many units write alike. */
export type CopyKind = 'whole_report' | 'section' | 'figures' | 'names_other_unit' | 'nominations' | 'previous_period';

export interface CopyFinding {
  /** The unit whose report shows the copy (the later of the two, or the one naming the other). */
  unit: Unit;
  kind: CopyKind;
  /** The other unit: whose report it copies, or whom it names as itself (the unit itself for its previous period). */
  other: Unit;
  /** The period copied from, for a text carried over from the unit's own previous report. */
  period?: string;
  section?: string;
  /** The share of the unit's own text (or figures, nominations) found in the other's, 0 to 1. */
  share: number;
  /** A passage they share, quoted as the unit wrote it. */
  passage: string;
}

export interface CopyCandidate {
  unit: Unit;
  report: CheckedReport;
  /** Orders two reports in time (saved, received, named): the later is taken for the copy. */
  order: string;
}

/** A section is a copy when this share of its own text is found in one other unit's report… */
export const SECTION_COPY_SHARE = 0.6;
/** …and a whole report when every section is, at this share, with identical figures. */
export const WHOLE_COPY_SHARE = 0.8;
/** Own text shorter than this (after what many units share) is too little to judge. */
const MIN_OWN_CHARACTERS = 120;
/** Identical figures say something only when this many are non-zero. */
const MIN_FIGURES = 5;

/**
 * Copies between the units of a round, near-linear in the amount of text: each sentence is keyed
 * (case, spacing, punctuation and numbers ignored) and looked up, never compared with every other.
 * A sentence that many units write alike (an opening "Thực hiện Kế hoạch số …") is boilerplate and
 * is left out of both sides of the share, so shared openings are never taken for copying.
 */
export function detectCopies(candidates: readonly CopyCandidate[], template: ReportTemplate, names: UnitNames, previous?: { label: string; textsByUnit: Record<string, Record<string, string>> }): CopyFinding[] {
  const keyed = candidates.map((c) => Object.entries(c.report.text).map(([section, text]) => ({ section, text, ...sentenceKeys(text) })));
  // Who writes each sentence: the units, each once, in order (a unit repeating itself is one).
  const holders = new Map<number, number[]>();
  keyed.forEach((sections, i) => {
    for (const { keys } of sections) {
      for (const key of keys) {
        const who = holders.get(key);
        if (!who) holders.set(key, [i]);
        else if (who[who.length - 1] !== i) who.push(i);
      }
    }
  });
  const writers = keyed.filter((sections) => sections.some((s) => s.keys.length > 0)).length;
  const boilerplate = Math.max(4, Math.ceil(writers / 10));
  const findings: CopyFinding[] = [];
  const textShares = candidates.map((_, i) => sectionShares(keyed[i], holders, boilerplate, i));
  const figuresAlike = identicalFigures(candidates, template);
  candidates.forEach((c, i) => {
    const later = (j: number) => isLater(candidates, i, j);
    const shares = textShares[i];
    const judged = shares.filter((s) => s.own >= MIN_OWN_CHARACTERS);
    const whole = [...new Set(judged.flatMap((s) => [...s.shared.keys()]))].find(
      (j) => figuresAlike.get(i)?.has(j) && judged.length > 0 && judged.every((s) => (s.shared.get(j)?.length ?? 0) / s.own >= WHOLE_COPY_SHARE) && later(j),
    );
    if (whole !== undefined) {
      const passage = judged.map((s) => s.shared.get(whole)?.passage).find(Boolean) ?? '';
      findings.push({ unit: c.unit, kind: 'whole_report', other: candidates[whole].unit, share: 1, passage });
      return;
    }
    // One source per section, and one for the figures: the closest, the earliest of equals, so
    // a text a hundred units share gives a hundred findings, not five thousand.
    for (const s of judged) {
      const best = [...s.shared].filter(([j, shared]) => shared.length / s.own >= SECTION_COPY_SHARE && later(j)).sort(([a, x], [b, y]) => y.length - x.length || a - b)[0];
      if (best) findings.push({ unit: c.unit, kind: 'section', other: candidates[best[0]].unit, section: s.section, share: best[1].length / s.own, passage: best[1].passage });
    }
    const before = previous?.textsByUnit[c.unit.code];
    if (before) findings.push(...carriedOver(c.unit, keyed[i], before, holders, boilerplate, previous?.label ?? ''));
    const firstAlike = [...(figuresAlike.get(i) ?? [])].filter(later).sort((a, b) => a - b)[0];
    if (firstAlike !== undefined) findings.push({ unit: c.unit, kind: 'figures', other: candidates[firstAlike].unit, share: 1, passage: '' });
  });
  findings.push(...namesOfOthers(candidates, names), ...sharedNominations(candidates));
  // A whole copy says it all: the same pair is not told again part by part.
  const wholePairs = new Set(findings.filter((f) => f.kind === 'whole_report').map((f) => `${f.unit.code}>${f.other.code}`));
  return findings.filter((f) => f.kind === 'whole_report' || !wholePairs.has(`${f.unit.code}>${f.other.code}`));
}

/** Of two reports alike, the later (by its order, then its place in the round) is taken for the copy. */
function isLater(candidates: readonly CopyCandidate[], i: number, j: number): boolean {
  return candidates[i].order > candidates[j].order || (candidates[i].order === candidates[j].order && i > j);
}

type SectionShare = { section: string; own: number; shared: Map<number, { length: number; passage: string }> };

type KeyedSection = { section: string; text: string; keys: number[]; starts: number[]; ends: number[] };

function sectionShares(sections: KeyedSection[], holders: Map<number, number[]>, boilerplate: number, self: number): SectionShare[] {
  return sections.map(({ section, text, keys, starts, ends }) => {
    const shared = new Map<number, { length: number; passage: string }>();
    const longest = new Map<number, number>();
    let own = 0;
    keys.forEach((key, k) => {
      const who = holders.get(key);
      if (!who || who.length >= boilerplate) return;
      const length = ends[k] - starts[k];
      own += length;
      for (const j of who) {
        if (j === self) continue;
        const entry = shared.get(j) ?? { length: 0, passage: '' };
        entry.length += length;
        if (length > (longest.get(j) ?? 0)) {
          longest.set(j, length);
          entry.passage = text.slice(starts[k], ends[k]).trim();
        }
        shared.set(j, entry);
      }
    });
    return { section, own, shared };
  });
}

/** A section whose own text is mostly the unit's own text of the previous period, sentence for sentence. */
function carriedOver(unit: Unit, sections: KeyedSection[], before: Record<string, string>, holders: Map<number, number[]>, boilerplate: number, label: string): CopyFinding[] {
  return sections.flatMap(({ section, text, keys, starts, ends }) => {
    if (!before[section]) return [];
    const then = new Set(sentenceKeys(before[section]).keys);
    let own = 0;
    let shared = 0;
    let passage = '';
    keys.forEach((key, k) => {
      if ((holders.get(key)?.length ?? 0) >= boilerplate) return;
      const length = ends[k] - starts[k];
      own += length;
      if (!then.has(key)) return;
      shared += length;
      if (length > passage.length) passage = text.slice(starts[k], ends[k]).trim();
    });
    return own >= MIN_OWN_CHARACTERS && shared / own >= WHOLE_COPY_SHARE ? [{ unit, kind: 'previous_period' as const, other: unit, period: label, section, share: shared / own, passage }] : [];
  });
}

/** Units whose counts are identical, at least MIN_FIGURES of them non-zero. */
function identicalFigures(candidates: readonly CopyCandidate[], template: ReportTemplate): Map<number, Set<number>> {
  const codes = template.indicators.filter(isCount).map((i) => i.code);
  const byKey = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const values = codes.map((code) => c.report.values[code] ?? null);
    if (values.filter((v) => v !== null && v !== 0).length < MIN_FIGURES) return;
    const key = JSON.stringify(values);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const alike = new Map<number, Set<number>>();
  for (const group of byKey.values()) for (const i of group) if (group.length > 1) alike.set(i, new Set(group.filter((j) => j !== i)));
  return alike;
}

/** A paragraph of a unit's text that opens with another unit's name, as a unit writes of itself. */
function namesOfOthers(candidates: readonly CopyCandidate[], names: UnitNames): CopyFinding[] {
  // Only a paragraph opening with a word a unit's name may open with is looked at closely.
  // Compared as typed, in lower case: the first word of a name or a body ("xã", "phường", "đảng") has one spelling.
  const openers = new Set([...names.values()].flatMap((u) => (u ? [u.name.toLowerCase().split(' ')[0]] : [])).concat(BODY_OPENERS_AS_TYPED, [...names.keys()].map((n) => n.split(' ')[0])));
  const opensLikeAName = (line: string) => {
    const space = line.indexOf(' ');
    return openers.has((space < 0 ? line : line.slice(0, space)).toLowerCase());
  };
  const out: CopyFinding[] = [];
  for (const c of candidates) {
    // A paragraph opening with the unit's own name, as most that open with a name do, is passed over at once.
    const own = [c.unit.name, c.unit.name.replace(/^(Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ)\s+/i, '')].map((n) => n.toLowerCase());
    for (const [section, text] of Object.entries(c.report.text)) {
      for (const line of text.split('\n')) {
        const opening = line.trim();
        const lower = opening.slice(0, 80).toLowerCase();
        if (own.some((n) => lower.startsWith(n)) || !opensLikeAName(opening)) continue;
        const other = findUnitsNamed(opening, names);
        if (!other || other.code === c.unit.code) continue;
        out.push({ unit: c.unit, kind: 'names_other_unit', other, section, share: 1, passage: splitSentences(opening)[0] ?? opening });
        break;
      }
    }
  }
  return out;
}

/** Nominations of one unit that are another's, the same people or collectives by name. */
function sharedNominations(candidates: readonly CopyCandidate[]): CopyFinding[] {
  const nameOf = (values: Record<string, string>) => foldForMatch(values['ten'] ?? '');
  const holders = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const name of new Set(c.report.nominations.map((n) => nameOf(n.values)))) if (name.split(' ').length >= 2) holders.set(name, [...(holders.get(name) ?? []), i]);
  });
  const out: CopyFinding[] = [];
  candidates.forEach((c, i) => {
    const mine = [...new Set(c.report.nominations.map((n) => nameOf(n.values)))].filter((n) => n.split(' ').length >= 2);
    const counts = new Map<number, string[]>();
    for (const name of mine) for (const j of holders.get(name) ?? []) if (j !== i) counts.set(j, [...(counts.get(j) ?? []), name]);
    const best = [...counts]
      .filter(([j, shared]) => isLater(candidates, i, j) && (shared.length >= 2 || (shared.length === mine.length && shared.length > 0)))
      .sort(([a, x], [b, y]) => y.length - x.length || a - b)[0];
    if (best) {
      const written = c.report.nominations.filter((n) => best[1].includes(nameOf(n.values))).map((n) => n.values['ten']);
      out.push({ unit: c.unit, kind: 'nominations', other: candidates[best[0]].unit, share: best[1].length / mine.length, passage: [...new Set(written)].join('; ') });
    }
  });
  return out;
}
