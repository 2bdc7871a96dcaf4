import { foldForMatch } from './normalizeText';

/*
 * Near-duplicate texts among thousands of units, without comparing every pair: each text's
 * syllable shingles are summarised by MinHash, texts that agree on a whole band of the summary
 * become candidates (locality-sensitive hashing), and only candidates are compared exactly.
 */

/** Syllables of a text for comparing: case, NFC/NFD and tone placement folded, every number one token. */
export function comparableSyllables(text: string): string[] {
  // A number, however it is written ("1.234", "3,5", "12"), is one token before the punctuation goes.
  return foldForMatch(text.replace(/\d(?:[\d.,]*\d)?/g, '0'))
    .split(' ')
    .filter((s) => s !== '')
    .map((s) => (/\d/.test(s) ? '#' : s));
}

/** 32-bit FNV-1a of a string. */
function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A well-mixed 32-bit value (the finaliser of MurmurHash3), so one hash gives many independent ones. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hashed k-syllable shingles of a text (a short text is one shingle of all its syllables). */
export function shingleSet(syllables: readonly string[], k = 3): Set<number> {
  const out = new Set<number>();
  if (syllables.length === 0) return out;
  if (syllables.length < k) {
    out.add(hashString(syllables.join(' ')));
    return out;
  }
  for (let i = 0; i + k <= syllables.length; i++) out.add(hashString(syllables.slice(i, i + k).join(' ')));
  return out;
}

/** The share of shingles two sets have in common (Jaccard); 0 for two empty sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** The share of `a`'s shingles found in `b`: how much of one text another one holds. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / a.size;
}

/** Above this many texts in one bucket, pairs are no longer all listed (see candidatePairs). */
export const CROWDED = 32;

const BANDS = 16;
const ROWS = 4;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

function signature(shingles: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = mix(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Pairs of texts (by index) that may be near-duplicates: those sharing at least one band of their
 * MinHash signatures. With 16 bands of 4, texts of Jaccard 0.5 meet with probability 0.65, of 0.7
 * with 0.98; the caller checks each candidate exactly. Near-linear: each text lands in 16 buckets.
 */
export function candidatePairs(sets: readonly ReadonlySet<number>[], options: { sameGroup?: (i: number, j: number) => boolean } = {}): [number, number][] {
  const buckets = new Map<string, number[]>();
  sets.forEach((set, index) => {
    if (set.size === 0) return;
    const sig = signature(set);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, b * ROWS + ROWS)).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // A crowded bucket (a phrase a thousand units share) links each text to its first one only,
    // so the work stays linear; groups still join, and such a phrase is boilerplate, not a copy.
    const partners = bucket.length > CROWDED ? 1 : bucket.length;
    for (let x = 0; x < partners; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x], bucket[y]];
        const key = `${i}:${j}`;
        if (seen.has(key) || options.sameGroup?.(i, j)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/** Groups of texts that are near-duplicates of one another (Jaccard at least `threshold`), each sorted, in order of their first text. */
export function groupNearDuplicates(sets: readonly ReadonlySet<number>[], threshold = 0.6): number[][] {
  const parent = sets.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [i, j] of candidatePairs(sets)) {
    if (find(i) !== find(j) && jaccard(sets[i], sets[j]) >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  }
  const groups = new Map<number, number[]>();
  sets.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}
