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
}
