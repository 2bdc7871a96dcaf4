import type { ReportingPeriod } from '../period/ReportingPeriod';
import type { SectionDef } from '../template/ReportTemplate';
import { staleReferenceFinder } from '../text/staleReferences';
import { sentencesOfLines } from '../text/splitSentences';
import { cleanUnitText, type ArtifactKind } from './cleanUnitText';
import { quotedName } from './specificity';
import { NAME_TOKEN, NUMBER_TOKEN, tokenize } from './syllables';

/** One sentence of one unit's text for a section, cleaned, with its tokens for comparing. */
export interface PoolSentence {
  unitName: string;
  /** The unit's place in the office's order (the registry's). */
  unitOrder: number;
  section: string;
  sectionOrder: number;
  text: string;
  /** Its tokens (`tokenize`), shared by every unit's copy of it. */
  tokens: Int32Array;
  /** Its place among all sentences collected: the order units wrote them in. */
  seq: number;
  /** Its figures as written ("12 450"), empty when it has none. */
  numbers: string;
  /** How many figures it has. */
  figureCount: number;
  /** The model or event it names in quotes, in lower case for comparing; empty when it names none. */
  quotedKey: string;
  /** Whether a character of it was lost ("�" where a letter was): said for all units only if no other unit's will do. */
  damaged: boolean;
  /** Whether it names a place ("phường Lê Chân"): said for all units only with the name left out. */
  named: boolean;
}

export interface SectionEntries {
  section: SectionDef;
  entries: readonly { unitName: string; text: string }[];
}

export interface Collected {
  sentences: PoolSentence[];
  /** Sentences left out because they speak of another period. */
  leftOut: { unitName: string; section: string; sentence: string }[];
  removed: Record<ArtifactKind, number>;
  /** Units that wrote something in each section. */
  writers: Record<string, number>;
}

/** A line that only introduces what follows ("a) Ưu điểm:", "Cụ thể như sau:"). */
const isLeadIn = (sentence: string) => sentence.length <= 81 && sentence.endsWith(':');
const MIN_TOKENS = 4;

/**
 * "từ năm 2022 đến năm 2024" in a report of 2026: a span wholly before the round, another period's
 * account. A text without "ừ" (in either case) holds none: looked for first, by the engine's fast search.
 */
const SPAN_START = /từ\s+năm\s+\d{4}/iu;
function spanBefore(sentence: string, period: ReportingPeriod): boolean {
  const m = /từ\s+năm\s+(\d{4})\s*(?:đến|-|–)\s*(?:năm\s+)?(\d{4})/iu.exec(sentence);
  return m !== null && Number(m[2]) < Number(period.from.slice(0, 4));
}

/** What a sentence's text alone tells, worked out once however many units wrote it. */
interface SentenceFacts {
  /** The text itself, as first met: every unit's copy of it shares this one string. */
  text: string;
  tokens: Int32Array;
  numbers: string;
  figureCount: number;
  quotedKey: string;
  /** It names a place ("phường Lê Chân"). */
  placeNamed: boolean;
}

/**
 * The distinct sentences' tokens kept in shared blocks, each sentence's a view of its own part: no
 * array of numbers per sentence for the collector to carry from generation to generation.
 */
function tokenStore(): (tokens: readonly number[]) => Int32Array {
  let block = new Int32Array(0);
  let used = 0;
  return (tokens) => {
    if (used + tokens.length > block.length) [block, used] = [new Int32Array(Math.max(1 << 16, tokens.length)), 0];
    const view = block.subarray(used, (used += tokens.length));
    view.set(tokens);
    return view;
  };
}

function factsOf(text: string, keep: (tokens: readonly number[]) => Int32Array): SentenceFacts {
  const tokens = keep(tokenize(text).tokens);
  const figures = tokens.includes(NUMBER_TOKEN) ? (text.match(/\d+/g) ?? []) : [];
  const quoted = /[“"«]/.test(text) ? quotedName(text) : null;
  return { text, tokens, placeNamed: tokens.includes(NAME_TOKEN), numbers: figures.join(' '), figureCount: figures.length, quotedKey: quoted ? quoted.toLocaleLowerCase('vi') : '' };
}

export function collectSentences(sections: readonly SectionEntries[], period: ReportingPeriod, unitOrder: ReadonlyMap<string, number>): Collected {
  const out: Collected = { sentences: [], leftOut: [], removed: { footnote: 0, recipients: 0, signature: 0, 'page-number': 0, heading: 0, 'self-label': 0, 'replacement-character': 0 }, writers: {} };
  // Thousands of units write the same sentences: each is read once.
  const known = new Map<string, SentenceFacts>();
  const findStale = staleReferenceFinder(period);
  const keep = tokenStore();
  const folded = new Map<string, string>();
  sections.forEach(({ section, entries }, sectionOrder) => {
    let writers = 0;
    for (const { unitName, text } of entries) {
      const cleaned = cleanUnitText(text, { sectionCode: section.code, sectionTitle: section.title, unitName, folded });
      for (const r of cleaned.removed) out.removed[r.kind]++;
      if (cleaned.paragraphs.length === 0) continue;
      writers++;
      const order = unitOrder.get(unitName) ?? Number.MAX_SAFE_INTEGER;
      const short = unitName.replace(/^(Đảng ủy|Đảng bộ|Chi bộ)\s+/u, '');
      // Paragraph by paragraph: no sentence runs over a paragraph's end, and the text is not copied whole.
      const paragraphs = cleaned.paragraphs;
      const staleFound = paragraphs.flatMap(findStale);
      const stale = staleFound.length > 0 ? new Set(staleFound.map((s) => s.sentence)) : null;
      // What only a few texts hold is looked for once in the whole text, then in its sentences.
      const lost = paragraphs.some((p) => p.includes('\uFFFD'));
      const spans = paragraphs.some((p) => (p.includes('ừ') || p.includes('Ừ')) && SPAN_START.test(p));
      const selfNamed = paragraphs.some((p) => p.includes(short));
      for (const sentence of sentencesOfLines(cleaned.paragraphs)) {
        if (stale?.has(sentence) || (spans && spanBefore(sentence, period))) {
          out.leftOut.push({ unitName, section: section.code, sentence });
          continue;
        }
        if (isLeadIn(sentence)) continue;
        const damaged = lost && sentence.includes('\uFFFD');
        const text = damaged ? sentence.replace(/\uFFFD+/g, '') : sentence;
        let facts = known.get(text);
        if (!facts) known.set(text, (facts = factsOf(text, keep)));
        if (facts.tokens.length < MIN_TOKENS) continue;
        const { tokens, numbers, figureCount, quotedKey, placeNamed } = facts;
        out.sentences.push({ unitName, unitOrder: order, section: section.code, sectionOrder, seq: out.sentences.length, text: facts.text, tokens, numbers, figureCount, quotedKey, damaged, named: placeNamed || (selfNamed && text.includes(short)) });
      }
    }
    out.writers[section.code] = writers;
  });
  return out;
}
