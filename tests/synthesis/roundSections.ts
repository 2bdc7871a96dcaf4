import { ACTIVITY_SECTIONS, type ItemSpec, type StylePools } from './roundPools';
import { between, pick, renderForm, sample, shuffled, type Random } from './roundText';

/** A section's text without artifacts stays within these bounds; artifacts add at most ~350 characters. */
export const CONTENT_MIN = 430;
export const CONTENT_MAX = 1050;

export interface UnitRow {
  code: string;
  name: string;
  kind: string;
}

export interface ItemTruth {
  id: string;
  section: string;
  units: string[];
  probes: string[];
  kind?: string;
}

export interface SectionEnv {
  style: 'dev' | 'heldout';
  pools: StylePools;
  units: UnitRow[];
  figures: Record<string, number>[];
  rand: Random;
  nextFactName: () => string;
  texts: Record<string, string>[];
  boilerplate: { section: string; probe: string; units: string[] }[];
  items: ItemTruth[];
  namedFacts: { unit: string; section: string; name: string; kind: string }[];
}

interface Sentence {
  text: string;
  order: number;
}

const shortName = (name: string) => name.replace(/^Đảng ủy\s+/u, '');

/** How units refer to themselves: the heldout style sometimes writes "Đảng uỷ" (old tone placement). */
function selfName(env: SectionEnv, name: string): string {
  return env.style === 'heldout' && env.rand() < 0.3 ? name.replace('Đảng ủy', 'Đảng uỷ') : name;
}

function factCount(section: string, rand: Random): number {
  if (section.startsWith('II.')) {
    const r = rand();
    return r < 0.4 ? 0 : r < 0.85 ? 1 : 2;
  }
  return (section === 'I' || section === 'IV.1') && rand() < 0.1 ? 1 : 0;
}

function quoted(name: string, env: SectionEnv): string {
  return env.rand() < env.pools.typographicQuotes ? `“${name}”` : `"${name}"`;
}

function paragraphs(sentences: Sentence[], rand: Random): string {
  const ordered = [...sentences].sort((a, b) => a.order - b.order).map((s) => s.text);
  const parts = ordered.length >= 7 ? 3 : ordered.length >= 4 ? 2 : 1;
  const cuts = parts === 1 ? [] : parts === 2 ? [between(rand, 2, ordered.length - 2)] : [2, between(rand, 4, ordered.length - 2)];
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, ordered.length]) {
    out.push(ordered.slice(from, cut).join(' '));
    from = cut;
  }
  return out.filter((p) => p !== '').join('\n');
}

/** Writes every unit's text for one section and records what was planted in it. */
export function buildSection(section: string, env: SectionEnv): void {
  const { pools, units, rand } = env;
  const pool = pools.sections[section];
  const n = units.length;
  const codes = units.map((u) => u.code);
  const activity = ACTIVITY_SECTIONS.includes(section);
  const [lo, hi, cap] = activity ? [8, 17, 20] : section === 'IV.2' ? [4, 12, 12] : [5, 15, 18];
  const boilerSets = pool.boilerplate.map(() => new Set(sample(rand, codes, Math.round(n * (0.6 + rand() * 0.3)))));
  const itemSets = pool.items.map(() => new Set(sample(rand, codes, between(rand, lo, Math.min(hi, n)))));
  const specificOwner = new Map<string, ItemSpec>();
  for (const spec of pool.specific ?? []) {
    const free = codes.filter((c) => !specificOwner.has(c));
    if (free.length > 0 && rand() < 0.8) specificOwner.set(pick(rand, free), spec);
  }
  const tails = activity ? pools.tails.activity : section === 'IV.2' ? pools.tails.recommendation : pools.tails.assessment;
  const details = activity ? pools.details.activity : section === 'IV.2' ? pools.details.recommendation : pools.details.assessment;
  const emitted = new Map<string, string[]>();
  const emit = (key: string, code: string) => emitted.set(key, [...(emitted.get(key) ?? []), code]);

  units.forEach((unit, u) => {
    const ctx = { self: selfName(env, unit.name), place: shortName(unit.name), figures: env.figures[u] };
    const chosen: Sentence[] = [];
    let length = 0;
    const tryAdd = (text: string, order: number): boolean => {
      if (length + text.length + 1 > CONTENT_MAX) return false;
      chosen.push({ text, order });
      length += text.length + 1;
      return true;
    };
    const withTail = (text: string) => (rand() < 0.85 ? `${text.replace(/\.$/, '')}${pick(rand, tails)}.` : text);
    const addItem = (i: number) => {
      if (tryAdd(withTail(renderForm(pick(rand, pool.items[i].forms), ctx, rand)), 10 + rand())) emit(pool.items[i].id, unit.code);
    };
    pool.boilerplate.forEach((b, i) => {
      if (boilerSets[i].has(unit.code) && tryAdd(renderForm(pick(rand, b.forms), ctx, rand), b.atEnd ? 60 : i)) emit(`bp${i}`, unit.code);
    });
    for (let f = factCount(section, rand); f > 0; f--) {
      const name = env.nextFactName();
      const kind = pick(rand, pools.factKinds[section] ?? ['mô hình']);
      const text = renderForm(pick(rand, pools.factForms), { ...ctx, extra: { kind, name: quoted(name, env) } }, rand);
      if (tryAdd(text, 20 + rand())) env.namedFacts.push({ unit: unit.code, section, name, kind });
    }
    const own = specificOwner.get(unit.code);
    if (own && tryAdd(withTail(renderForm(pick(rand, own.forms), ctx, rand)), 30)) emit(own.id, unit.code);
    for (const i of shuffled(rand, pool.items.map((_, i) => i))) if (itemSets[i].has(unit.code)) addItem(i);
    // Too short: the unit also did one more common thing (while that thing stays within its bounds).
    for (const i of shuffled(rand, pool.items.map((_, i) => i))) {
      if (length >= CONTENT_MIN) break;
      if (itemSets[i].has(unit.code) || itemSets[i].size >= cap) continue;
      itemSets[i].add(unit.code);
      addItem(i);
    }
    pool.boilerplate.forEach((b, i) => {
      if (length < CONTENT_MIN && !boilerSets[i].has(unit.code) && tryAdd(renderForm(pick(rand, b.forms), ctx, rand), b.atEnd ? 60 : i)) emit(`bp${i}`, unit.code);
    });
    for (const form of shuffled(rand, details)) if (length < CONTENT_MIN) tryAdd(renderForm(form, ctx, rand), 40 + rand());
    env.texts[u][section] = paragraphs(chosen, rand);
  });

  const ordered = (key: string) => codes.filter((c) => emitted.get(key)?.includes(c));
  pool.boilerplate.forEach((b, i) => env.boilerplate.push({ section, probe: b.probe, units: ordered(`bp${i}`) }));
  for (const spec of [...pool.items, ...(pool.specific ?? [])]) {
    const unitsOf = ordered(spec.id);
    if (unitsOf.length > 0) env.items.push({ id: spec.id, section, units: unitsOf, probes: spec.probes, ...(spec.kind ? { kind: spec.kind } : {}) });
  }
}
