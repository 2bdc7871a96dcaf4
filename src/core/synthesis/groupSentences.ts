import { mix, sharedCount, shinglesInto } from './syllables';

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
/** A bucket with more sentences than this links them to its first one only, keeping the work linear. */
const CROWDED = 32;

function keyOf(tokens: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tokens.length; i++) h = Math.imul(h ^ tokens[i], 0x01000193);
  return (h >>> 0) * 64 + Math.min(63, tokens.length);
}

/**
 * One permutation, BINS bins, of the set `flat[from..to)`, into `out` (`filled` is scratch); an
 * empty bin borrows its right neighbour's value, offset by the distance.
 */
function sketch(flat: Uint32Array, from: number, to: number, out: Uint32Array, filled: Uint8Array): void {
  out.fill(0xffffffff);
  filled.fill(0);
  for (let k = from; k < to; k++) {
    const h = mix(flat[k] ^ 0x5bd1e995);
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
}

/** (bucket, sentence) pairs in order of bucket, then of sentence as given: two stable passes counting 16 bits each. */
function sortByBucket(keys: Uint32Array, ids: Int32Array): { keys: Uint32Array; ids: Int32Array } {
  let [fromKeys, toKeys]: Uint32Array[] = [keys, new Uint32Array(keys.length)];
  let [fromIds, toIds]: Int32Array[] = [ids, new Int32Array(ids.length)];
  const counts = new Int32Array(0x10001);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let x = 0; x < fromKeys.length; x++) counts[((fromKeys[x] >>> shift) & 0xffff) + 1]++;
    for (let c = 1; c < counts.length; c++) counts[c] += counts[c - 1];
    for (let x = 0; x < fromKeys.length; x++) {
      const at = counts[(fromKeys[x] >>> shift) & 0xffff]++;
      toKeys[at] = fromKeys[x];
      toIds[at] = fromIds[x];
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromIds, toIds] = [toIds, fromIds];
  }
  return { keys: fromKeys, ids: fromIds };
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

type Limits = { jaccard: number; containment: number };
const SAME: Limits = { jaccard: SAME_JACCARD, containment: SAME_CONTAINMENT };

/** Whether sets of these sizes sharing `common` values say the same thing: Jaccard, or how much of the smaller the larger holds. */
function alikeBy(common: number, sizeA: number, sizeB: number, limits: Limits): boolean {
  const union = sizeA + sizeB - common;
  const smaller = Math.min(sizeA, sizeB);
  const jaccard = union === 0 ? 0 : common / union;
  const containment = smaller === 0 ? 0 : common / smaller;
  return jaccard >= limits.jaccard || (smaller >= MIN_TOKENS_TO_COMPARE && containment >= limits.containment);
}

/** Whether two shingle sets say the same thing. */
export function alike(a: Uint32Array, b: Uint32Array, limits: Limits = SAME): boolean {
  return alikeBy(sharedCount(a, b), a.length, b.length, limits);
}

/**
 * One set of `flat` held in an open-addressed table, for counting what each other set of its
 * bucket shares with it by looking its values up: no merge of two arrays per pair. A new stamp
 * empties it.
 */
function heldSet(flat: Uint32Array, largest: number) {
  let size = 64;
  while (size < largest * 4) size *= 2;
  const mask = size - 1;
  const values = new Uint32Array(size);
  const stamps = new Uint32Array(size);
  let stamp = 0;
  const hold = (from: number, to: number) => {
    stamp++;
    for (let k = from; k < to; k++) {
      const v = flat[k];
      let h = v & mask;
      while (stamps[h] === stamp) h = (h + 1) & mask;
      values[h] = v;
      stamps[h] = stamp;
    }
  };
  const shared = (from: number, to: number): number => {
    let common = 0;
    for (let k = from; k < to; k++) {
      const v = flat[k];
      for (let h = v & mask; stamps[h] === stamp; h = (h + 1) & mask) {
        if (values[h] === v) {
          common++;
          break;
        }
      }
    }
    return common;
  };
  return { hold, shared };
}

/**
 * Groups of sentences (by index) that say the same thing, each in index order, groups in order of
 * their first sentence.
 */
export function groupSentences(tokenLists: readonly ArrayLike<number>[]): number[][] {
  const n = tokenLists.length;
  const { find, union } = unionFind(n);
  // Equal sentences first: most repeated text is word for word.
  const firstOfKey = new Map<number, number>();
  const distinct: number[] = [];
  let room = 0;
  tokenLists.forEach((tokens, i) => {
    const key = keyOf(tokens);
    const first = firstOfKey.get(key);
    if (first === undefined) {
      firstOfKey.set(key, i);
      if (tokens.length >= MIN_TOKENS_TO_COMPARE) {
        distinct.push(i);
        room += tokens.length - 1;
      }
    } else union(first, i);
  });
  // The distinct sentences' shingles one after another in one array, the d-th at [start[d], start[d + 1]).
  const flat = new Uint32Array(room);
  const start = new Int32Array(distinct.length + 1);
  // Each sentence in BINS / ROWS buckets: a province's hundreds of thousands of (bucket, sentence)
  // pairs in two typed arrays, without a map of arrays.
  const bands = BINS / ROWS;
  const keys = new Uint32Array(distinct.length * bands);
  const ids = new Int32Array(distinct.length * bands);
  const sk = new Uint32Array(BINS);
  const filled = new Uint8Array(BINS);
  let largest = 0;
  let e = 0;
  distinct.forEach((i, d) => {
    const size = shinglesInto(tokenLists[i], flat, start[d]);
    start[d + 1] = start[d] + size;
    largest = Math.max(largest, size);
    sketch(flat, start[d], start[d + 1], sk, filled);
    for (let b = 0; b < BINS; b += ROWS) {
      keys[e] = mix(sk[b] ^ mix(sk[b + 1] + b));
      ids[e++] = d;
    }
  });
  const buckets = sortByBucket(keys, ids);
  const held = heldSet(flat, largest);
  for (let first = 0; first < buckets.keys.length; ) {
    let end = first + 1;
    while (end < buckets.keys.length && buckets.keys[end] === buckets.keys[first]) end++;
    // A crowded bucket (a phrase a thousand units share) links each sentence to its first only.
    const partners = end - first > CROWDED ? 1 : end - first;
    for (let x = 0; x < partners; x++) {
      const a = buckets.ids[first + x];
      let holding = false;
      for (let y = first + x + 1; y < end; y++) {
        const b = buckets.ids[y];
        if (find(distinct[a]) === find(distinct[b])) continue;
        if (!holding) held.hold(start[a], start[a + 1]);
        holding = true;
        if (alikeBy(held.shared(start[b], start[b + 1]), start[a + 1] - start[a], start[b + 1] - start[b], SAME)) union(distinct[a], distinct[b]);
      }
    }
    first = end;
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
