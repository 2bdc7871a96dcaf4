import { makePeriod, type ReportingPeriod } from '../../src/core/period/ReportingPeriod';
import { createRandom } from '../../src/sample/makeSampleReports';
import { ARTIFACT_PLANS, plantArtifacts, type ArtifactKind, type ArtifactPlan } from './roundArtifacts';
import { DEV_POOLS } from './poolsDev';
import { HELDOUT_POOLS } from './poolsHeldout';
import { ACTIVITY_SECTIONS, ASSESSMENT_SECTIONS, SECTION_CODES, type StylePools } from './roundPools';
import { buildSection, type ItemTruth, type SectionEnv, type UnitRow } from './roundSections';
import { makeUnitFigures, pick, sample, shuffled, type Random } from './roundText';
import { normalize } from './textNormal';

/**
 * A test round for the synthesis step: ~30 units' texts per section of the đề cương, with what
 * was planted in them (the truth) so an evaluator can score a synthesised report body.
 * Units are referred to by code in the truth; `units` gives their full names.
 */
export interface SynthesisRound {
  style: 'dev' | 'heldout';
  units: UnitRow[];
  /** Per unit: section code → text, paragraphs separated by "\n". */
  texts: Record<string, string>[];
  figures: Record<string, number>[];
  period: ReportingPeriod;
  deadline: string;
  truth: SynthesisTruth;
}

export interface SynthesisTruth {
  boilerplate: { section: string; probe: string; units: string[] }[];
  /** I, II.x and IV.1: what several units did, each unit with its own numbers and wording. */
  commonActivities: ItemTruth[];
  namedFacts: { unit: string; section: string; name: string; kind: string }[];
  /** III.1–III.3: strengths, shortcomings, causes and lessons (kind says which); one unit's own when units.length === 1. */
  shortcomings: ItemTruth[];
  /** IV.2: shared (several units) and distinct (units.length === 1). */
  recommendations: ItemTruth[];
  /** Exact strings pasted from units' Word files; none may appear in the report body. */
  artifacts: { unit: string; section: string; kind: ArtifactKind; text: string }[];
  otherYear: { unit: string; section: string; probe: string }[];
}

export interface SynthesisRoundOptions {
  seed: number;
  style: 'dev' | 'heldout';
  units?: number;
}

const DEFAULT_UNITS = { dev: 30, heldout: 33 } as const;
const ARTIFACT_SHARE = 1 / 3;
const OTHER_YEAR_TEXTS = { dev: 5, heldout: 6 } as const;

function makeUnits(pools: StylePools, rand: Random, count: number): UnitRow[] {
  const all = [
    ...pools.wards.map((w) => ({ name: `Đảng ủy phường ${w}`, kind: 'Đảng ủy phường' })),
    ...pools.communes.map((c) => ({ name: `Đảng ủy xã ${c}`, kind: 'Đảng ủy xã' })),
  ];
  if (count > all.length || count < 8) throw new Error(`A ${pools.city} round has 8 to ${all.length} units, not ${count}`);
  return shuffled(rand, all)
    .slice(0, count)
    .map((u, i) => ({ code: `${pools.codePrefix}-${String(i + 1).padStart(2, '0')}`, ...u }));
}

/** Unique names for the named facts: head + tail pairs drawn without replacement. */
function factNameSupply(pools: StylePools, rand: Random): () => string {
  const pairs = shuffled(rand, pools.factHeads.flatMap((h) => pools.factTails.map((t) => `${h} ${t}`)));
  return () => {
    const next = pairs.pop();
    if (next === undefined) throw new Error('Out of named-fact names');
    return next;
  };
}

function plantOtherYears(pools: StylePools, env: SectionEnv, count: number): SynthesisTruth['otherYear'] {
  const sections = ACTIVITY_SECTIONS.filter((s) => s !== 'IV.1');
  const out: SynthesisTruth['otherYear'] = [];
  const used = new Set<string>();
  for (let k = 0, tries = 0; k < count && tries < 200; tries++) {
    const u = Math.floor(env.rand() * env.units.length);
    const section = pick(env.rand, sections);
    const spec = pools.otherYear[k % pools.otherYear.length];
    const key = `${u}|${section}`;
    const text = env.texts[u][section];
    if (used.has(key) || text.length + spec.text.length > 1150) continue;
    used.add(key);
    // After the paragraph's first sentence, where a unit recalls an earlier year.
    const lines = text.split('\n');
    const cut = lines[0].search(/(?<=[.!?])\s/u);
    lines[0] = cut < 0 ? `${lines[0]} ${spec.text}` : `${lines[0].slice(0, cut)} ${spec.text}${lines[0].slice(cut)}`;
    env.texts[u][section] = lines.join('\n');
    out.push({ unit: env.units[u].code, section, probe: spec.probe });
    k++;
  }
  return out;
}

function plantAllArtifacts(env: SectionEnv, protect: string[], style: 'dev' | 'heldout'): SynthesisTruth['artifacts'] {
  const planned = new Map<string, ArtifactPlan[]>();
  env.units.forEach((_, u) => {
    for (const section of SECTION_CODES) {
      if (env.rand() < ARTIFACT_SHARE) planned.set(`${u}|${section}`, sample(env.rand, ARTIFACT_PLANS, env.rand() < 0.6 ? 1 : 2));
    }
  });
  // Every kind of artifact appears at least once in a round.
  for (const plan of ARTIFACT_PLANS) {
    if ([...planned.values()].some((p) => p.includes(plan))) continue;
    const key = `${Math.floor(env.rand() * env.units.length)}|${pick(env.rand, SECTION_CODES)}`;
    planned.set(key, [...(planned.get(key) ?? []), plan]);
  }
  const out: SynthesisTruth['artifacts'] = [];
  for (const [key, plans] of planned) {
    const [u, section] = [Number(key.split('|')[0]), key.split('|')[1]];
    const unit = env.units[u];
    const ctx = { style, section, unitName: unit.name, unitCode: unit.code, signer: pick(env.rand, env.pools.signers), protect };
    const result = plantArtifacts(env.texts[u][section], plans, ctx, env.rand);
    env.texts[u][section] = result.text;
    for (const a of result.planted) out.push({ unit: unit.code, section, kind: a.kind, text: a.text });
  }
  return out;
}

export function makeSynthesisRound(options: SynthesisRoundOptions): SynthesisRound {
  const { style, seed } = options;
  const pools = style === 'dev' ? DEV_POOLS : HELDOUT_POOLS;
  const rand = createRandom(seed * 7919 + (style === 'dev' ? 17 : 29));
  const units = makeUnits(pools, rand, options.units ?? DEFAULT_UNITS[style]);
  const env: SectionEnv = {
    style, pools, units, rand,
    figures: units.map(() => makeUnitFigures(rand)),
    nextFactName: factNameSupply(pools, rand),
    texts: units.map(() => ({})),
    boilerplate: [], items: [], namedFacts: [],
  };
  for (const section of SECTION_CODES) buildSection(section, env);
  const otherYear = plantOtherYears(pools, env, OTHER_YEAR_TEXTS[style]);
  const probes = [...env.items.flatMap((i) => i.probes), ...env.boilerplate.map((b) => b.probe), ...otherYear.map((o) => o.probe)];
  const protect = [...probes, ...env.namedFacts.map((f) => normalize(f.name)), ...units.map((u) => normalize(u.name))];
  const artifacts = plantAllArtifacts(env, protect, style);
  return {
    style, units, texts: env.texts, figures: env.figures,
    period: makePeriod('Q3', 2026),
    deadline: '2026-09-18',
    truth: {
      boilerplate: env.boilerplate,
      commonActivities: env.items.filter((i) => ACTIVITY_SECTIONS.includes(i.section)),
      namedFacts: env.namedFacts,
      shortcomings: env.items.filter((i) => ASSESSMENT_SECTIONS.includes(i.section)),
      recommendations: env.items.filter((i) => i.section === 'IV.2'),
      artifacts,
      otherYear,
    },
  };
}
