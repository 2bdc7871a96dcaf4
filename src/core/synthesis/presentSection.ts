import type { ReportTemplate } from '../template/ReportTemplate';
import type { PoolSentence } from './collectSentences';
import { alike } from './groupSentences';
import { quotedName } from './specificity';
import { assessmentText, commonText, factText, recommendationText } from './statementText';

/** A statement chosen for the report: a group of sentences saying one thing, or one unit's fact. */
export interface Candidate {
  members: PoolSentence[];
  /** The units, in the office's order. */
  units: string[];
  kind: 'common' | 'single';
  score: number;
  /** The sentence as the report says it, without its attribution. */
  said: string;
  lines: number;
  /** What is compared for repetition: `said` as shingles. */
  core: Uint32Array;
}

/** A paragraph of the synthesis, with the units whose sentences it states. */
export interface SynthesizedParagraph {
  text: string;
  /** The units it comes from, in the office's order; none for a paragraph of the office's own. */
  sources: string[];
}

export const isAssessment = (code: string) => /^(III|IV)(\.|$)/.test(code);
export const isRecommendation = (code: string, template: ReportTemplate) => code === template.sections[template.sections.length - 1]?.code && code.startsWith('IV');

export const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.members[0].unitOrder - b.members[0].unitOrder;
const firstSeq = (c: Candidate) => Math.min(...c.members.map((m) => m.seq));

/** The text a candidate would take alone, for the budget. */
export function candidateText(c: Pick<Candidate, 'said' | 'units' | 'kind'>, code: string, template: ReportTemplate, writers: number): string {
  if (isRecommendation(code, template)) return recommendationText(c.said, c.units);
  if (c.kind === 'single') return isAssessment(code) ? recommendationText(c.said, c.units) : factText(c.said, c.units[0]);
  return isAssessment(code) ? assessmentText([c.said], c.units, writers) : commonText([c.said], c.units);
}

/**
 * A section's paragraphs: the common statements, those the same units made joined into one
 * paragraph in the order they wrote them, most widely made first; then the particular facts in
 * the office's order of units; recommendations each on a line with their units.
 */
export function presentSection(chosen: readonly Candidate[], code: string, template: ReportTemplate, writers: number): SynthesizedParagraph[] {
  const recommendation = isRecommendation(code, template);
  const assessment = isAssessment(code);
  if (recommendation) return [...chosen].sort(byScore).map((c) => ({ text: recommendationText(c.said, c.units), sources: c.units }));
  const together = new Map<string, Candidate[]>();
  for (const c of chosen.filter((x) => x.kind === 'common')) {
    const key = c.units.join('\n');
    together.set(key, [...(together.get(key) ?? []), c]);
  }
  const blocks = [...together.values()].map((list) => list.sort((a, b) => firstSeq(a) - firstSeq(b)));
  blocks.sort((a, b) => b[0].units.length - a[0].units.length || firstSeq(a[0]) - firstSeq(b[0]));
  const out: SynthesizedParagraph[] = blocks.map((list) => {
    const said = list.map((c) => c.said);
    return { text: assessment ? assessmentText(said, list[0].units, writers) : commonText(said, list[0].units), sources: list[0].units };
  });
  const singles = chosen.filter((c) => c.kind === 'single').sort((a, b) => (assessment ? byScore(a, b) : a.members[0].unitOrder - b.members[0].unitOrder || firstSeq(a) - firstSeq(b)));
  if (assessment) for (const c of singles) out.push({ text: recommendationText(c.said, c.units), sources: c.units });
  else for (const family of sameWords(singles)) out.push(family.length === 1 ? { text: factText(family[0].said, family[0].units[0]), sources: family[0].units } : { text: factFamilyText(family), sources: family.flatMap((c) => c.units) });
  return out;
}

/** Facts told in the same words but of differently named models: one sentence, the other names after it. */
function sameWords(facts: readonly Candidate[]): Candidate[][] {
  const families: Candidate[][] = [];
  for (const f of facts) {
    const family = families.find((fam) => alike(fam[0].core, f.core, { jaccard: 0.35, containment: 0.6 }));
    if (family) family.push(f);
    else families.push([f]);
  }
  return families;
}

function factFamilyText(family: readonly Candidate[]): string {
  const [first, ...rest] = family;
  const others = rest.map((c) => `“${quotedName(c.said) ?? c.said}” (${c.units[0]})`).join(', ');
  return `${factText(first.said, first.units[0]).replace(/\.$/, '')}; tương tự: ${others}.`;
}
