import { findNearDuplicates, unitMasks, type NearDuplicatePair } from './nearDuplicateSentences';
import type { SynthesisRound, SynthesisTruth } from './synthesisRound';
import { REPLACEMENT_CHARACTER, normalize, splitSentences } from './textNormal';

/** One paragraph of the report body, before the signature; headings are not passed. */
export interface BodyParagraph {
  section?: string;
  text: string;
  /** The paragraph's provenance comment, e.g. "Nguồn: Đảng ủy xã An Lão, mục II.2; …" (not scored). */
  sources?: string;
}

type Artifact = SynthesisTruth['artifacts'][number];

export interface SynthesisScore {
  paragraphs: number;
  sentences: number;
  bodyChars: number;
  /** Body characters / 2,500 (Times New Roman 14 on A4): informational, not an acceptance rule. */
  pagesEstimate: number;
  nearDuplicatePairs: NearDuplicatePair[];
  /** Activity id → number of body sentences stating it (matching one of its probes). */
  commonStated: Record<string, number>;
  commonStatedMax: number;
  namedFactRecall: number;
  namedFactsFound: number;
  /** Share of the facts found that stand in a paragraph naming the fact's unit in full. */
  namedFactsAttributed: number;
  unattributedFacts: string[];
  artifactsFound: Artifact[];
  otherYearFound: SynthesisTruth['otherYear'];
  /** III.* and IV.* sections with shared items → whether a paragraph of the section gives "k/N đơn vị" or "k đơn vị". */
  sectionIIIandIVCounts: Record<string, boolean>;
  recommendationsListed: number;
  /** Of the recommendations listed, the share whose paragraph names at least one of its units. */
  recommendationsWithUnits: number;
  missingRecommendations: string[];
  failures: string[];
  ok: boolean;
  summary(): string;
}

export const ACCEPTANCE = {
  nearDuplicatePairs: 0,
  commonStatedMax: 2,
  namedFactRecall: 0.6,
  namedFactsAttributed: 1,
  artifacts: 0,
  otherYear: 0,
  recommendationsWithUnits: 0.8,
} as const;

const PAGE_CHARS = 2500;
const COUNT_PATTERN = /\d+\s*\/\s*\d+\s+đơn vị|\d+\s+đơn vị/u;
const WHOLE_LINE_KINDS = new Set(['pageNumber', 'recipientLine', 'signatureLine']);

interface Para {
  section?: string;
  norm: string;
  lines: string[];
  raw: string;
}

function artifactFound(a: Artifact, paras: Para[]): boolean {
  const target = normalize(a.text);
  switch (a.kind) {
    case 'footnoteMarker':
      // "m²", "km²", "m³" are units, not footnote markers.
      return paras.some((p) => p.raw.replace(/(?<!\p{L})[kcd]?m[²³]/gu, '').includes(a.text));
    case 'replacementChar':
      return paras.some((p) => p.raw.includes(REPLACEMENT_CHARACTER));
    case 'noiNhan':
      return paras.some((p) => p.norm.includes('nơi nhận'));
    case 'footnoteLine': {
      const content = normalize(a.text.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹\s]+/u, ''));
      return paras.some((p) => p.norm.includes(content));
    }
    case 'heading':
      return paras.some((p) => p.lines.some((l) => l.startsWith(target)));
    case 'selfLabel':
      // A label counts at the start of a line of the same section: elsewhere "Đảng ủy phường X:" may open a legitimate list item.
      return paras.some((p) => (p.section === undefined || p.section === a.section) && p.lines.some((l) => l.startsWith(target)));
    case 'signer':
      return paras.some((p) => p.norm.includes(target));
    default:
      return WHOLE_LINE_KINDS.has(a.kind) && paras.some((p) => p.lines.some((l) => l === target));
  }
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function evaluateSynthesis(body: BodyParagraph[], round: SynthesisRound): SynthesisScore {
  const { truth } = round;
  const nameOf = new Map(round.units.map((u) => [u.code, normalize(u.name)]));
  const paras: Para[] = body.map((p) => ({ section: p.section, raw: p.text, norm: normalize(p.text), lines: p.text.split('\n').map(normalize).filter((l) => l !== '') }));
  const sentences = body.flatMap((p) => splitSentences(p.text));
  const normSentences = sentences.map(normalize);
  const whole = paras.map((p) => p.norm).join('\n');
  const stated = (probes: string[]) => normSentences.filter((s) => probes.some((p) => s.includes(normalize(p)))).length;

  const nearDuplicatePairs = findNearDuplicates(sentences, unitMasks(round.units.map((u) => u.name)));
  const commonStated = Object.fromEntries(truth.commonActivities.map((a) => [a.id, stated(a.probes)]));
  const commonStatedMax = Math.max(0, ...Object.values(commonStated));

  const found = truth.namedFacts.filter((f) => whole.includes(normalize(f.name)));
  const attributed = found.filter((f) => paras.some((p) => p.norm.includes(normalize(f.name)) && p.norm.includes(nameOf.get(f.unit) ?? '\u0000')));
  const unattributedFacts = found.filter((f) => !attributed.includes(f)).map((f) => `${f.name} (${f.unit})`);

  const artifactsFound = truth.artifacts.filter((a) => artifactFound(a, paras));
  const otherYearFound = truth.otherYear.filter((o) => whole.includes(normalize(o.probe)));

  const needCounts = new Set([
    ...truth.shortcomings.filter((s) => s.units.length > 1).map((s) => s.section),
    ...truth.commonActivities.filter((a) => a.section.startsWith('IV')).map((a) => a.section),
    ...truth.recommendations.filter((r) => r.units.length > 1).map((r) => r.section),
  ]);
  const sectionIIIandIVCounts = Object.fromEntries([...needCounts].sort().map((s) => [s, paras.some((p) => p.section === s && COUNT_PATTERN.test(p.norm))]));

  const listed = truth.recommendations.filter((r) => stated(r.probes) > 0);
  const withUnits = listed.filter((r) =>
    paras.some((p) => r.probes.some((pr) => p.norm.includes(normalize(pr))) && r.units.some((u) => p.norm.includes(nameOf.get(u) ?? '\u0000'))),
  );
  const recommendationsWithUnits = listed.length === 0 ? 0 : withUnits.length / listed.length;

  const score = {
    paragraphs: body.length,
    sentences: sentences.length,
    bodyChars: body.reduce((n, p) => n + p.text.length, 0),
    pagesEstimate: Math.round((body.reduce((n, p) => n + p.text.length, 0) / PAGE_CHARS) * 10) / 10,
    nearDuplicatePairs,
    commonStated,
    commonStatedMax,
    namedFactRecall: share(found.length, truth.namedFacts.length),
    namedFactsFound: found.length,
    namedFactsAttributed: found.length === 0 ? 0 : attributed.length / found.length,
    unattributedFacts,
    artifactsFound,
    otherYearFound,
    sectionIIIandIVCounts,
    recommendationsListed: share(listed.length, truth.recommendations.length),
    recommendationsWithUnits,
    missingRecommendations: truth.recommendations.filter((r) => !listed.includes(r)).map((r) => r.id),
  };
  const failures = judge(score);
  return { ...score, failures, ok: failures.length === 0, summary: () => summarize(score, failures) };
}

type ScoreValues = Omit<SynthesisScore, 'failures' | 'ok' | 'summary'>;

function judge(s: ScoreValues): string[] {
  const f: string[] = [];
  if (s.nearDuplicatePairs.length > ACCEPTANCE.nearDuplicatePairs) f.push(`${s.nearDuplicatePairs.length} near-duplicate sentence pairs`);
  if (s.commonStatedMax > ACCEPTANCE.commonStatedMax) f.push(`a common activity stated ${s.commonStatedMax} times (at most ${ACCEPTANCE.commonStatedMax})`);
  if (s.namedFactRecall < ACCEPTANCE.namedFactRecall) f.push(`named-fact recall ${pct(s.namedFactRecall)} (at least ${pct(ACCEPTANCE.namedFactRecall)})`);
  if (s.namedFactsAttributed < ACCEPTANCE.namedFactsAttributed) f.push(`named facts attributed ${pct(s.namedFactsAttributed)} (all of those found)`);
  if (s.artifactsFound.length > ACCEPTANCE.artifacts) f.push(`${s.artifactsFound.length} pasted artifacts in the body`);
  if (s.otherYearFound.length > ACCEPTANCE.otherYear) f.push(`${s.otherYearFound.length} sentences about another year`);
  const noCounts = Object.entries(s.sectionIIIandIVCounts).filter(([, ok]) => !ok).map(([sec]) => sec);
  if (noCounts.length > 0) f.push(`no unit counts ("k/N đơn vị") in ${noCounts.join(', ')}`);
  if (s.recommendationsWithUnits < ACCEPTANCE.recommendationsWithUnits) f.push(`recommendations with their units ${pct(s.recommendationsWithUnits)} (at least ${pct(ACCEPTANCE.recommendationsWithUnits)})`);
  return f;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function summarize(s: ScoreValues, failures: string[]): string {
  const distinct = new Set(s.artifactsFound.map((a) => `${a.kind}: ${a.text}`));
  const lines = [
    `Body: ${s.paragraphs} paragraphs, ${s.sentences} sentences, ${s.bodyChars} characters (~${s.pagesEstimate} pages)`,
    `Near-duplicate sentence pairs: ${s.nearDuplicatePairs.length}`,
    ...s.nearDuplicatePairs.slice(0, 5).map((p) => `  ${p.similarity}: «${p.a.slice(0, 70)}» ~ «${p.b.slice(0, 70)}»`),
    `Common activities: stated at most ${s.commonStatedMax} times; not stated: ${Object.values(s.commonStated).filter((n) => n === 0).length}`,
    `Named facts: recall ${pct(s.namedFactRecall)} (${s.namedFactsFound}), attributed ${pct(s.namedFactsAttributed)}${s.unattributedFacts.length ? `; unattributed: ${s.unattributedFacts.slice(0, 5).join('; ')}` : ''}`,
    `Artifacts found: ${s.artifactsFound.length} (${distinct.size} distinct)${distinct.size ? `: ${[...distinct].slice(0, 8).join(' | ')}` : ''}`,
    `Other-year sentences: ${s.otherYearFound.length}${s.otherYearFound.length ? `: ${s.otherYearFound.map((o) => o.probe).join('; ')}` : ''}`,
    `Unit counts in III/IV: ${Object.entries(s.sectionIIIandIVCounts).map(([k, v]) => `${k} ${v ? 'yes' : 'no'}`).join(', ')}`,
    `Recommendations: listed ${pct(s.recommendationsListed)}, with their units ${pct(s.recommendationsWithUnits)}`,
    failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`,
  ];
  return lines.join('\n');
}
