import type { ReportTemplate } from '../template/ReportTemplate';
import type { PoolSentence } from './collectSentences';
import { namePhrase } from './specificity';
import { assessmentText, commonText, factText, mentionsText, recommendationText } from './statementText';

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
  /** The section it is said in, and how many units wrote there. */
  home: string;
  writers: number;
  /** For a common statement: the member that speaks for all, until `said` is made from it. */
  representative?: PoolSentence;
  /** A fact only named in a list ("mô hình “X” (Đảng ủy xã A)") rather than told in full. */
  mention?: boolean;
  /** Facts of other units told in the same words as this one: named after it. */
  family?: Candidate[];
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
    const block = together.get(key);
    if (block) block.push(c);
    else together.set(key, [c]);
  }
  const blocks = [...together.values()].map((list) => list.sort((a, b) => firstSeq(a) - firstSeq(b)));
  blocks.sort((a, b) => b[0].units.length - a[0].units.length || firstSeq(a[0]) - firstSeq(b[0]));
  const out: SynthesizedParagraph[] = blocks.map((list) => {
    const said = list.map((c) => c.said);
    return { text: assessment ? assessmentText(said, list[0].units, writers) : commonText(said, list[0].units), sources: list[0].units };
  });
  const singles = chosen.filter((c) => c.kind === 'single').sort((a, b) => (assessment ? byScore(a, b) : a.members[0].unitOrder - b.members[0].unitOrder || firstSeq(a) - firstSeq(b)));
  if (assessment) {
    for (const c of singles) out.push({ text: recommendationText(c.said, c.units), sources: c.units });
    return out;
  }
  for (const c of singles.filter((x) => !x.mention)) {
    const family = c.family ?? [];
    out.push(family.length === 0 ? { text: factText(c.said, c.units[0]), sources: c.units } : { text: factFamilyText([c, ...family]), sources: [c, ...family].flatMap((x) => x.units) });
  }
  const mentions = singles.filter((x) => x.mention);
  if (mentions.length > 0) out.push({ text: mentionsText(mentions.map((m) => ({ phrase: namePhrase(m.said), unit: m.units[0] }))), sources: mentions.map((m) => m.units[0]) });
  return out;
}

function factFamilyText(family: readonly Candidate[]): string {
  const [first, ...rest] = family;
  const others = rest.map((c) => `${namePhrase(c.said)} (${c.units[0]})`).join(', ');
  return `${factText(first.said, first.units[0]).replace(/\.$/, '')}; tương tự: ${others}.`;
}

/** The lines a fact takes when only named in the list of a section. */
export const mentionLength = (c: Candidate) => namePhrase(c.said).length + c.units[0].length + 4;
