import { detectCopies, type CopyCandidate } from '../../src/core/consolidation/detectCopies';
import { unitNames } from '../../src/core/consolidation/findUnitsNamed';
import { BENCH_TEMPLATE, benchEntries, benchRegistry } from './benchData';
import { measureInMemory } from './measureInMemory';

/**
 * The copy checks alone on N units' reports held in memory, as the consolidation runs them:
 * seconds and the heap they add, beside the baseline of merely holding the reports.
 */
export function measureDetectCopies(n: number): { seconds: number; addedMb: number; findings: number } {
  const registry = benchRegistry(n);
  const candidates: CopyCandidate[] = registry.units.map((unit, i) => {
    const entries = benchEntries(unit, i);
    const values = Object.fromEntries(Object.entries(entries.indicators ?? {}).map(([k, v]) => [k, typeof v === 'number' ? v : null]));
    // Cloned as a report crossing from a reading thread is: flat strings, not the sample's concatenations.
    const report = { template: BENCH_TEMPLATE, unitName: unit.name, unit, text: structuredClone(entries.sections ?? {}), values, ratios: {}, nominations: [], cells: {}, issues: [] };
    return { unit, report, order: String(i).padStart(6, '0') };
  });
  const { value: findings, seconds, addedMb } = measureInMemory(() => detectCopies(candidates, BENCH_TEMPLATE, unitNames(registry)));
  return { seconds, addedMb, findings: findings.length };
}

if (require.main === module) {
  for (const n of (process.env.BENCH_SIZES ?? '300,1000,3000').split(',').map(Number)) {
    const r = measureDetectCopies(n);
    process.stdout.write(`N = ${n}: copy checks ${r.seconds.toFixed(2)} s, heap +${r.addedMb.toFixed(0)} MB, ${r.findings} findings\n`);
  }
}
