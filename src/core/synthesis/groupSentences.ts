import { mix, overlap, shingles } from './syllables';

/*
 * Sentences of thousands of units that say the same thing, without comparing every pair: equal
 * sentences meet by their key; the others by a sketch of their shingles (one-permutation MinHash,
 * densified), whose bands put likely pairs in the same bucket. Only those pairs are compared
 * exactly, so the work grows with the number of sentences, not its square.
 */

/** Sentences shorter than this many tokens are grouped only when equal. */
export const MIN_TOKENS_TO_COMPARE = 6;
/** Two sentences are one when this share of their pairs of syllables is common… */
export const SAME_JACCARD = 0.5;
/** …or when the shorter one is this much inside the longer (a sentence with a clause added). */
export const SAME_CONTAINMENT = 0.8;

const BINS = 24;
const ROWS = 2;
/**
 * Sentence numbers below this share a double with a 32-bit bucket key, exactly (2^21 × 2^32 = 2^53):
 * two million distinct sentences, some sixty times a province's.
 */
const ENTRY_SPAN = 2 ** 21;
/** A bucket with more sentences than this links them to its first one only, keeping the work linear. */
const CROWDED = 32;

function keyOf(tokens: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const t of tokens) h = Math.imul(h ^ t, 0x01000193);
  return (h >>> 0) * 64 + Math.min(63, tokens.length);
}

/** One permutation, BINS bins; an empty bin borrows its right neighbour's value, offset by the distance. */
function sketch(set: Uint32Array): Uint32Array {
  const out = new Uint32Array(BINS).fill(0xffffffff);
  const filled = new Uint8Array(BINS);
  for (const s of set) {
    const h = mix(s ^ 0x5bd1e995);
    const bin = h % BINS;
    if (h < out[bin] || !filled[bin]) {
      out[bin] = h;
      filled[bin] = 1;
    }
  }
  for (let b = 0; b < BINS; b++) {
    if (filled[b]) continue;
    for (let d = 1; d < BINS; d++) {
      const from = (b + d) % BINS;
      if (filled[from]) {
        out[b] = mix(out[from] + d * 0x9e3779b9);
        break;
      }
    }
  }
  return out;
}

function unionFind(n: number) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, union };
}

/** Whether two shingle sets say the same thing. */
export function alike(a: Uint32Array, b: Uint32Array, limits = { jaccard: SAME_JACCARD, containment: SAME_CONTAINMENT }): boolean {
  const o = overlap(a, b);
  return o.jaccard >= limits.jaccard || (Math.min(a.length, b.length) >= MIN_TOKENS_TO_COMPARE && o.containment >= limits.containment);
}

/**
 * Groups of sentences (by index) that say the same thing, each in index order, groups in order of
 * their first sentence.
 */
export function groupSentences(tokenLists: readonly (readonly number[])[]): number[][] {
  const n = tokenLists.length;
  if (n > ENTRY_SPAN) throw new RangeError(`groupSentences: ${n} sentences, more than ${ENTRY_SPAN}`);
  const { find, union } = unionFind(n);
  // Equal sentences first: most repeated text is word for word.
  const firstOfKey = new Map<number, number>();
  const distinct: number[] = [];
  tokenLists.forEach((tokens, i) => {
    const key = keyOf(tokens);
    const first = firstOfKey.get(key);
    if (first === undefined) {
      firstOfKey.set(key, i);
      if (tokens.length >= MIN_TOKENS_TO_COMPARE) distinct.push(i);
    } else union(first, i);
  });
  // Each sentence in BINS / ROWS buckets, as one sorted array of (bucket key, sentence) numbers:
  // a province's hundreds of thousands of entries without a map of arrays.
  const sets: Uint32Array[] = new Array(n);
  const bands = BINS / ROWS;
  const entries = new Float64Array(distinct.length * bands);
  let e = 0;
  for (const i of distinct) {
    const set = shingles(tokenLists[i]);
    sets[i] = set;
    const sk = sketch(set);
    for (let b = 0; b < BINS; b += ROWS) entries[e++] = mix(sk[b] ^ mix(sk[b + 1] + b)) * ENTRY_SPAN + i;
  }
  entries.sort();
  for (let start = 0; start < entries.length; ) {
    const key = Math.floor(entries[start] / ENTRY_SPAN);
    let end = start + 1;
    while (end < entries.length && Math.floor(entries[end] / ENTRY_SPAN) === key) end++;
    // A crowded bucket (a phrase a thousand units share) links each sentence to its first only.
    const partners = end - start > CROWDED ? 1 : end - start;
    for (let x = 0; x < partners; x++) {
      const i = entries[start + x] % ENTRY_SPAN;
      for (let y = start + x + 1; y < end; y++) {
        const j = entries[y] % ENTRY_SPAN;
        if (find(i) !== find(j) && alike(sets[i], sets[j])) union(i, j);
      }
    }
    start = end;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}
