import type { ReportingPeriod } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { collectSentences, type Collected, type PoolSentence, type SectionEntries } from './collectSentences';
import { generalize } from './generalize';
import { alike } from './groupSentences';
import { poolGroups } from './poolGroups';
import { CHARS_PER_LINE, paragraphLines } from './pageBudget';
import { byScore, candidateText, isAssessment, isRecommendation, mentionLength, presentSection, type Candidate, type SynthesizedParagraph } from './presentSection';
import { FACT_SCORE, quotedName, specificity } from './specificity';
import { shingles, tokenize } from './syllables';

export type { SynthesizedParagraph } from './presentSection';

export interface Synthesis {
  sections: Record<string, SynthesizedParagraph[]>;
  leftOut: Collected['leftOut'];
  removed: Collected['removed'];
}

export interface SynthesisOptions {
  template: ReportTemplate;
  period: ReportingPeriod;
  /** Each section's units' texts. */
  sections: Record<string, readonly { unitName: string; text: string }[]>;
  /** Unit names in the office's order. */
  unitOrder: readonly string[];
  /** Lines of the body left for the synthesis. */
  budgetLines: number;
}

/** Stricter than grouping: two statements of the body sharing this much are one too many. */
const REPEAT = { jaccard: 0.4, containment: 0.7 };
/** Lines every section keeps, however little it holds. */
const FLOOR_LINES = 4;
/** A sentence said for all units must keep this many syllables once its differing figures are left out. */
const MIN_SAID_TOKENS = 7;

/**
 * The synthesis of a round's texts, section by section of the đề cương: what several units did
 * stated once with the units named, the particular facts of single units with their names, the
 * assessments and recommendations with how many units raised each, within a page budget shared
 * out by how much each section holds. Extractive: every sentence is a unit's own, its differing
 * figures left out; every paragraph lists its units.
 */
export function synthesizeSections(options: SynthesisOptions): Synthesis {
  const { template } = options;
  const order = new Map(options.unitOrder.map((name, i) => [name, i]));
  const entries: SectionEntries[] = template.sections.map((section) => ({ section, entries: options.sections[section.code] ?? [] }));
  const collected = collectSentences(entries, options.period, order);
  const pool = collected.sentences;
  const bySection = new Map<string, Candidate[]>(template.sections.map((s) => [s.code, []]));
  for (const members of poolGroups(pool, options.unitOrder.length)) {
    const home = homeSection(members);
    const candidate = makeCandidate(members, home, collected.writers[home] ?? 0, template);
    if (candidate) bySection.get(home)?.push(candidate);
  }
  const codes = template.sections.map((s) => s.code);
  const budgets = shareBudget(options.budgetLines, codes, bySection, codes.find((code) => isRecommendation(code, template)));
  const chosen = codes.map((code) => choose(bySection.get(code) ?? [], budgets.get(code) ?? FLOOR_LINES, code, template));
  dropRepeats(chosen);
  const sections: Record<string, SynthesizedParagraph[]> = {};
  codes.forEach((code, i) => (sections[code] = presentSection(chosen[i], code, template, collected.writers[code] ?? 0)));
  return { sections, leftOut: collected.leftOut, removed: collected.removed };
}

/** The section most of a group's sentences are in; the earlier of two. */
function homeSection(members: readonly PoolSentence[]): string {
  const counts: number[] = [];
  for (const m of members) counts[m.sectionOrder] = (counts[m.sectionOrder] ?? 0) + 1;
  let home = members[0];
  for (const m of members) {
    const [n, best] = [counts[m.sectionOrder], counts[home.sectionOrder]];
    if (n > best || (n === best && m.sectionOrder < home.sectionOrder)) home = m;
  }
  return home.section;
}

/** The member that says it best for all: no place named, fewest figures, of typical length, first in order. */
function representative(members: readonly PoolSentence[]): PoolSentence {
  const lengths = Float64Array.from(members, (m) => m.text.length).sort();
  const median = lengths[Math.floor(lengths.length / 2)];
  const cost = (m: PoolSentence) => (m.damaged ? 2000 : 0) + (m.named ? 1000 : 0) + m.figureCount * 20 + Math.abs(m.text.length - median) / 10;
  let best = members[0];
  let least = cost(best);
  for (const m of members) {
    const c = cost(m);
    if (c < least || (c === least && m.unitOrder < best.unitOrder)) [best, least] = [m, c];
  }
  return best;
}

/**
 * A group of sentences as a statement the report may make. A common one is said for all units
 * (`settle`) only when chosen: thousands of groups are weighed, a hundred are written. Its
 * members come in the office's order of units, each unit's in the order written.
 */
function makeCandidate(sorted: PoolSentence[], home: string, writers: number, template: ReportTemplate): Candidate | null {
  const units = [...new Set(sorted.map((m) => m.unitName))];
  const inHome = sorted.filter((m) => m.section === home);
  if (units.length < 2) {
    const said = inHome[0].text;
    const score = specificity(said);
    if (!isAssessment(home) && score < FACT_SCORE) return null;
    const single: Candidate = { members: sorted, units, kind: 'single', score, said, lines: 0, core: shingles(inHome[0].tokens), home, writers };
    single.lines = paragraphLines(candidateText(single, home, template, writers));
    return single;
  }
  const rep = representative(inHome);
  // What units did, each with its own figures, comes before a formula they share (boilerplate).
  const figures = new Set(inHome.slice(0, 64).map((m) => m.numbers));
  const common: Candidate = { members: sorted, units, kind: 'common', score: figures.size > 1 ? units.length * 3 : units.length, said: rep.text, lines: 0, core: shingles(rep.tokens), home, writers, representative: rep };
  common.lines = paragraphLines(candidateText(common, home, template, writers));
  return common;
}

/** A common statement said for all its units; false when, its differing figures left out, too little is left to say. */
function settle(c: Candidate, template: ReportTemplate): boolean {
  const rep = c.representative;
  if (!rep) return true;
  c.representative = undefined;
  c.said = generalize(rep.text, c.members.filter((m) => m.section === c.home).map((m) => m.text), rep.unitName);
  const tokens = tokenize(c.said).tokens;
  c.core = shingles(tokens);
  c.lines = paragraphLines(candidateText(c, c.home, template, c.writers));
  return tokens.length >= MIN_SAID_TOKENS;
}

/** Each section's lines: a floor, and the rest by how much distinct content it holds; what one cannot use goes to the others. */
function shareBudget(total: number, codes: readonly string[], bySection: ReadonlyMap<string, Candidate[]>, first?: string): Map<string, number> {
  const wanted = new Map(codes.map((code) => [code, (bySection.get(code) ?? []).reduce((sum, c) => sum + c.lines, 0)]));
  const out = new Map<string, number>();
  for (const code of codes) out.set(code, 0);
  // The recommendations come first, up to a quarter of the body: the level above acts on them.
  const ahead = first ? Math.min(wanted.get(first) ?? 0, total / 4) : 0;
  if (first) out.set(first, ahead);
  let left = total - ahead;
  let open = codes.filter((code) => (wanted.get(code) ?? 0) > (out.get(code) ?? 0));
  // Rounds of proportional shares: a section given more than it wants returns the rest.
  while (open.length > 0 && left > 0.5) {
    const sum = open.reduce((s, code) => s + (wanted.get(code) ?? 0), 0);
    const next: string[] = [];
    let spent = 0;
    for (const code of open) {
      const share = Math.max(FLOOR_LINES, (left * (wanted.get(code) ?? 0)) / sum);
      const need = (wanted.get(code) ?? 0) - (out.get(code) ?? 0);
      const given = Math.min(share, need);
      out.set(code, (out.get(code) ?? 0) + given);
      spent += given;
      if (given < need) next.push(code);
    }
    left -= spent;
    if (next.length === open.length) break;
    open = next;
  }
  return out;
}

/**
 * The statements a section makes within its lines: what many units did first, then the
 * particular facts told in full, the rest of the named ones only named in a list, and what room
 * is left to more of each. Recommendations and assessments are told, never only named.
 */
function choose(candidates: readonly Candidate[], lines: number, code: string, template: ReportTemplate): Candidate[] {
  const commons = candidates.filter((c) => c.kind === 'common').sort(byScore);
  const singles = candidates.filter((c) => c.kind === 'single').sort(byScore);
  // Room for everything: everything is told in full.
  if (candidates.reduce((sum, c) => sum + c.lines, 0) <= lines) return [...commons, ...singles].filter((c) => settle(c, template));
  const out: Candidate[] = [];
  const taken = new Set<Candidate>();
  let used = 0;
  const take = (list: readonly Candidate[], limit: number, as: (c: Candidate) => Candidate = (c) => c) => {
    for (const c of list) {
      // Weighed first as its representative says it, then said for all: only what may fit is written.
      if (taken.has(c) || used + as(c).lines > limit || !settle(c, template)) continue;
      const stated = as(c);
      if (used + stated.lines > limit) continue;
      taken.add(c);
      out.push(stated);
      used += stated.lines;
    }
  };
  if (isAssessment(code)) {
    take(commons, lines * (isRecommendation(code, template) ? 1 : 0.7));
    take(singles, lines);
    take(commons, lines);
    return out;
  }
  take(commons, lines * 0.5);
  take(singles, lines * 0.6);
  // A list of names costs a line for the list, then a few words a fact.
  const named = singles.filter((c) => !taken.has(c) && quotedName(c.said) !== null);
  if (named.length > 0) used += 1;
  take(named, lines, (c) => ({ ...c, mention: true, lines: mentionLength(c) / CHARS_PER_LINE }));
  take(commons, lines);
  return out;
}

/**
 * A statement repeating an earlier one (in this section or an earlier) is dropped: the body says
 * each thing once. A fact told in the same words as an earlier one but of another named model is
 * named after it instead ("…; tương tự: mô hình “B” (Đảng ủy xã Y)").
 */
function dropRepeats(sections: Candidate[][]): void {
  const kept: Candidate[] = [];
  for (const list of sections) {
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (c.mention) continue;
      const earlier = kept.find((k) => alike(k.core, c.core, REPEAT));
      if (!earlier) {
        kept.push(c);
        continue;
      }
      list.splice(i--, 1);
      const [name, otherName] = [quotedName(c.said), quotedName(earlier.said)];
      if (name !== null && otherName !== null && otherName !== name && c.kind === 'single' && earlier.kind === 'single') earlier.family = [...(earlier.family ?? []), c];
    }
  }
}
