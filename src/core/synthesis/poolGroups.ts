import type { PoolSentence } from './collectSentences';
import { groupSentences } from './groupSentences';

/*
 * The pool's sentences in groups that say the same thing, one group per model or event named in
 * quotes, each group's members in the office's order of units (a unit's own in the order it wrote
 * them): the order statements are made from them in, reached without sorting any group.
 */

/** The pool's positions in the office's order of units, a unit's own in the pool's order (units outside the order last): one stable pass of counting. */
function inUnitOrder(pool: readonly PoolSentence[], units: number): Int32Array {
  const bucket = (s: PoolSentence) => Math.min(s.unitOrder, units);
  const starts = new Int32Array(units + 2);
  for (const s of pool) starts[bucket(s) + 1]++;
  for (let u = 1; u < starts.length; u++) starts[u] += starts[u - 1];
  const out = new Int32Array(pool.length);
  pool.forEach((s, k) => (out[starts[bucket(s)]++] = k));
  return out;
}

/** Groups of the pool's sentences that say the same thing; each distinct text compared once, however many units wrote it. */
function groupPool(pool: readonly PoolSentence[], units: number): PoolSentence[][] {
  const indexOf = new Map<Int32Array, number>();
  const lists: Int32Array[] = [];
  const distinctOf = new Int32Array(pool.length);
  pool.forEach((s, k) => {
    let i = indexOf.get(s.tokens);
    if (i === undefined) {
      indexOf.set(s.tokens, (i = lists.length));
      lists.push(s.tokens);
    }
    distinctOf[k] = i;
  });
  const groups = groupSentences(lists);
  const groupOf = new Int32Array(lists.length);
  groups.forEach((group, g) => {
    for (const i of group) groupOf[i] = g;
  });
  const out: PoolSentence[][] = groups.map(() => []);
  for (const k of inUnitOrder(pool, units)) out[groupOf[distinctOf[k]]].push(pool[k]);
  return out;
}

/** Sentences alike but for the model or event they name in quotes speak of different things: one group per name, in the order each was first written. */
function byQuotedName(members: PoolSentence[]): PoolSentence[][] {
  if (members.length < 2 || members.every((m) => m.quotedKey === members[0].quotedKey)) return [members];
  const groups = new Map<string, { first: number; members: PoolSentence[] }>();
  for (const m of members) {
    const group = groups.get(m.quotedKey);
    if (!group) groups.set(m.quotedKey, { first: m.seq, members: [m] });
    else {
      group.members.push(m);
      group.first = Math.min(group.first, m.seq);
    }
  }
  return [...groups.values()].sort((a, b) => a.first - b.first).map((g) => g.members);
}

/** The pool's groups, in the order of their first sentence; `units` is the length of the office's order. */
export function poolGroups(pool: readonly PoolSentence[], units: number): PoolSentence[][] {
  return groupPool(pool, units).flatMap(byQuotedName);
}
