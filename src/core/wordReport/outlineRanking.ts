import type { Candidate } from './headingCandidates';
import type { OutlineEntry, OutlineIndex } from './outlineMatch';

/** Scores at or above which a heading is said to be a section: sure, or worth a look. */
export const SURE = 0.5;
export const LIKELY = 0.3;
export const UNNUMBERED = 0.4;
/** A title this close to a section's says it whatever its place. */
export const PLAIN = 0.7;
/** Each side of a heading joining two sections must say its section this clearly. */
export const MERGED = 0.45;

/** The đề cương's parts and sections, ranked by how much a heading says each. */
export class OutlineRanking {
  /** The parts, and the sections of no part ("I"). */
  protected readonly groups: OutlineEntry[];
  readonly sections: OutlineEntry[];
  private ranking?: { c: Candidate; ranked: { e: OutlineEntry; s: number }[] };

  constructor(protected readonly outline: OutlineIndex) {
    this.groups = outline.entries.filter((e) => e.level === 'group' || !e.group);
    this.sections = outline.entries.filter((e) => e.level === 'section');
  }

  /** Every section ranked by how much a heading says it, worked out once a heading. */
  protected saidOf(c: Candidate) {
    if (this.ranking?.c !== c) this.ranking = { c, ranked: this.best(c.title, this.sections) };
    return this.ranking.ranked;
  }

  protected best(title: string, pool: readonly OutlineEntry[]) {
    return pool.map((e) => ({ e, s: this.outline.score(title, e) })).sort((a, b) => b.s - a.s || a.e.order - b.e.order);
  }

  /** "Việc học tập, quán triệt và kết hợp học tập với làm theo": each side of "và" a section of its own, in one part. */
  protected mergedSections(c: Candidate, pool: readonly OutlineEntry[], numbered?: OutlineEntry): { e: OutlineEntry; s: number }[] | null {
    if (c.tier === 'group') return null;
    const parts = c.title.split(/\s+và\s+|;\s*/iu);
    if (parts.length < 2) return null;
    // The side its number points to ("5. Học tập lý luận và kiểm tra, giám sát") may say it more loosely.
    const sides = parts.map((part) => this.best(part, pool)[0]).filter((x) => x && (x.s >= MERGED || (x.s >= LIKELY && x.e === numbered)));
    const codes = [...new Map(sides.map((x) => [x.e.code, x])).values()].sort((a, b) => a.e.order - b.e.order);
    if (codes.length < 2 || codes.some((x) => x.e.group !== codes[0].e.group)) return null;
    // Sections apart in the đề cương ("học tập, quán triệt và bồi dưỡng lý luận") only when each side says its own plainly.
    if (codes[codes.length - 1].e.order - codes[0].e.order > codes.length && codes.some((x) => x.s < SURE)) return null;
    return codes;
  }
}
