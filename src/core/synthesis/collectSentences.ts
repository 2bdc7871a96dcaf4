import type { ReportingPeriod } from '../period/ReportingPeriod';
import type { SectionDef } from '../template/ReportTemplate';
import { findStaleReferences } from '../text/staleReferences';
import { splitSentences } from '../text/splitSentences';
import { cleanUnitText, type ArtifactKind } from './cleanUnitText';
import { NAME_TOKEN, tokenize } from './syllables';

/** One sentence of one unit's text for a section, cleaned, with its tokens for comparing. */
export interface PoolSentence {
  unitName: string;
  /** The unit's place in the office's order (the registry's). */
  unitOrder: number;
  section: string;
  sectionOrder: number;
  text: string;
  tokens: number[];
  /** Its place among all sentences collected: the order units wrote them in. */
  seq: number;
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
const LEAD_IN = /^.{0,80}:$/u;
const MIN_TOKENS = 4;

/** "từ năm 2022 đến năm 2024" in a report of 2026: a span wholly before the round, another period's account. */
function spanBefore(sentence: string, period: ReportingPeriod): boolean {
  const m = /từ\s+năm\s+(\d{4})\s*(?:đến|-|–)\s*(?:năm\s+)?(\d{4})/iu.exec(sentence);
  return m !== null && Number(m[2]) < Number(period.from.slice(0, 4));
}

export function collectSentences(sections: readonly SectionEntries[], period: ReportingPeriod, unitOrder: ReadonlyMap<string, number>): Collected {
  const out: Collected = { sentences: [], leftOut: [], removed: { footnote: 0, recipients: 0, signature: 0, 'page-number': 0, heading: 0, 'self-label': 0, 'replacement-character': 0 }, writers: {} };
  sections.forEach(({ section, entries }, sectionOrder) => {
    let writers = 0;
    for (const { unitName, text } of entries) {
      const cleaned = cleanUnitText(text, { sectionCode: section.code, sectionTitle: section.title, unitName });
      for (const r of cleaned.removed) out.removed[r.kind]++;
      if (cleaned.paragraphs.length === 0) continue;
      writers++;
      const joined = cleaned.paragraphs.join('\n');
      const stale = new Set(findStaleReferences(joined, period).map((s) => s.sentence));
      for (const sentence of splitSentences(joined)) {
        if (stale.has(sentence) || spanBefore(sentence, period)) {
          out.leftOut.push({ unitName, section: section.code, sentence });
          continue;
        }
        if (LEAD_IN.test(sentence)) continue;
        const damaged = sentence.includes('\uFFFD');
        const text = damaged ? sentence.replace(/\uFFFD+/g, '') : sentence;
        const tokens = tokenize(text).tokens;
        if (tokens.length < MIN_TOKENS) continue;
        const short = unitName.replace(/^(Đảng ủy|Đảng bộ|Chi bộ)\s+/u, '');
        out.sentences.push({ unitName, unitOrder: unitOrder.get(unitName) ?? Number.MAX_SAFE_INTEGER, section: section.code, sectionOrder, seq: out.sentences.length, text, tokens, damaged, named: tokens.includes(NAME_TOKEN) || text.includes(short) });
      }
    }
    out.writers[section.code] = writers;
  });
  return out;
}
