import { SUPERSCRIPT_DIGITS, normalize } from './textNormal';

/**
 * Near-duplicate sentences, our own definition (written for the evaluator, independent of the
 * product's code): a sentence is normalised (NFC, lower case, new tone placement), unit names
 * are masked as "@" (a run of names and the commas between them is one "@"), every number as
 * "#", punctuation dropped; its syllables form overlapping 3-syllable shingles. Two sentences
 * with at least 8 syllables each (masks not counted) are near-duplicates when the Jaccard
 * similarity of their shingle sets is ≥ 0.5. Candidate pairs come from an inverted index of
 * shingles, so only sentences sharing a shingle are compared.
 */
export const SHINGLE_SIZE = 3;
export const MIN_SYLLABLES = 8;
export const NEAR_DUPLICATE_JACCARD = 0.5;

export interface NearDuplicatePair {
  a: string;
  b: string;
  similarity: number;
}

/** Normalised unit names to mask, longest first: full names and their short forms ("phường X"). */
export function unitMasks(unitNames: string[]): string[] {
  const masks = unitNames.flatMap((n) => [normalize(n), normalize(n).replace(/^đảng ủy\s+/u, '')]);
  return [...new Set(masks)].sort((a, b) => b.length - a.length);
}

export function sentenceSyllables(sentence: string, masks: string[]): string[] {
  let text = normalize(sentence.replace(new RegExp(SUPERSCRIPT_DIGITS.source, 'gu'), ''));
  for (const m of masks) text = text.split(m).join(' @ ');
  text = text.replace(/\p{N}[\p{N}.,/%]*/gu, ' # ').replace(/[^\p{L}@#]+/gu, ' ');
  const tokens: string[] = [];
  for (const t of text.split(' ')) if (t !== '' && !(t === '@' && tokens[tokens.length - 1] === '@')) tokens.push(t);
  return tokens;
}

function shingles(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE_SIZE).join(' '));
  return out;
}

export function findNearDuplicates(sentences: string[], masks: string[]): NearDuplicatePair[] {
  const sets: (Set<string> | null)[] = sentences.map((s) => {
    const tokens = sentenceSyllables(s, masks);
    return tokens.filter((t) => t !== '@' && t !== '#').length >= MIN_SYLLABLES ? shingles(tokens) : null;
  });
  const index = new Map<string, number[]>();
  const pairs: NearDuplicatePair[] = [];
  sets.forEach((set, i) => {
    if (!set) return;
    const shared = new Map<number, number>();
    for (const sh of set) {
      const list = index.get(sh);
      if (list) for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
      else index.set(sh, []);
      index.get(sh)?.push(i);
    }
    for (const [j, inter] of shared) {
      const other = sets[j];
      if (!other) continue;
      const similarity = inter / (set.size + other.size - inter);
      if (similarity >= NEAR_DUPLICATE_JACCARD) pairs.push({ a: sentences[j], b: sentences[i], similarity: Math.round(similarity * 100) / 100 });
    }
  });
  return pairs;
}
