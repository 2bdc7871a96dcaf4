import { makePeriod } from '../../src/core/period/ReportingPeriod';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { splitSentences } from '../../src/core/text/splitSentences';
import { synthesizeSections } from '../../src/core/synthesis/synthesizeSections';
import { pageLines } from '../../src/core/synthesis/pageBudget';
import { makeSynthesisRound } from '../../tests/synthesis/synthesisRound';
import { measureInMemory } from './measureInMemory';

/**
 * N units' texts as the synthesis meets them: generated rounds of about 30 units (each seed its
 * own choice of sentences, facts and artifacts, both styles), their units renamed apart, as flat
 * strings (as they cross from the reading threads).
 */
function unitsTexts(n: number): { sections: Record<string, { unitName: string; text: string }[]>; order: string[] } {
  const sections: Record<string, { unitName: string; text: string }[]> = Object.fromEntries(DEFAULT_TEMPLATE.sections.map((s) => [s.code, []]));
  const order: string[] = [];
  for (let seed = 1; order.length < n; seed++) {
    const round = makeSynthesisRound({ seed, style: seed % 2 === 0 ? 'heldout' : 'dev' });
    round.units.forEach((unit, i) => {
      if (order.length >= n) return;
      const unitName = `${unit.name} ${seed}`;
      order.push(unitName);
      for (const [code, text] of Object.entries(round.texts[i])) sections[code]?.push({ unitName, text: structuredClone(text) });
    });
  }
  return { sections, order };
}

/**
 * The synthesis alone on N units' texts held in memory: seconds and the heap it adds, beside a
 * baseline pass over the same texts in the same process (splitting them into sentences), so a
 * noisy machine shows in both.
 */
export function measureSynthesis(n: number): { seconds: number; baselineSeconds: number; addedMb: number; paragraphs: number } {
  const { sections, order } = unitsTexts(n);
  const all = Object.values(sections).flat();
  const baselineStart = process.hrtime.bigint();
  let sentences = 0;
  for (const e of all) sentences += splitSentences(e.text).length;
  const baselineSeconds = Number(process.hrtime.bigint() - baselineStart) / 1e9;
  if (sentences === 0) throw new Error('no sentences');
  const { value: synthesis, seconds, addedMb } = measureInMemory(() => synthesizeSections({ template: DEFAULT_TEMPLATE, period: makePeriod('Q3', 2026), sections, unitOrder: order, budgetLines: pageLines(12) - 60 }));
  return { seconds, baselineSeconds, addedMb, paragraphs: Object.values(synthesis.sections).flat().length };
}

if (require.main === module) {
  for (const n of (process.env.BENCH_SIZES ?? '300,1000,3000').split(',').map(Number)) {
    const r = measureSynthesis(n);
    process.stdout.write(`N = ${n}: tổng hợp nội dung ${r.seconds.toFixed(2)} s (tách câu thuần ${r.baselineSeconds.toFixed(2)} s, tỷ số ${(r.seconds / r.baselineSeconds).toFixed(1)}), heap +${r.addedMb.toFixed(0)} MB, ${r.paragraphs} đoạn\n`);
  }
}
