import { readWordFile } from '../wt-wordread/src/adapters/word/readWordFile';
import { readDoc } from '../wt-wordread/src/adapters/word/readDoc';
import { nativeInflateRaw } from './src/adapters/xlsxFast/nativeInflateRaw';
import { loadWordFixtures } from './tests/word/loadWordFixtures';
import { readWordReport } from './src/core/wordReport/readWordReport';
import { DEFAULT_TEMPLATE } from './src/core/template/builtinTemplates';
import { createUnitMatcher } from './src/core/registry/UnitRegistry';
import { SAMPLE_REGISTRY } from './src/sample/sampleRegistry';
import { scoreReading, scoreSet } from './tests/word/evaluateWordReading';
(async () => {
  const scores = [];
  const only = process.env.ONLY;
  for (const f of loadWordFixtures(process.env.SET ?? 'dev')) {
    if (only && !f.name.includes(only)) continue;
    const r = await readWordFile(new Uint8Array(f.bytes), f.name, { inflate: nativeInflateRaw, readDoc });
    if (!r.ok) { console.log(f.name, 'REFUSED', r.reason); continue; }
    const reading = readWordReport(r.document, DEFAULT_TEMPLATE, { matcher: createUnitMatcher(SAMPLE_REGISTRY), periodKind: 'Q2' });
    const s = scoreReading(f.truth, reading);
    scores.push(s);
    const pct = (x: number) => (100 * x / (s.chars.total || 1)).toFixed(0);
    console.log(`${f.name.padEnd(24)} right ${pct(s.chars.right)}% flag ${pct(s.chars.flagged)}% WRONG ${pct(s.chars.wrongUnflagged)}% lost ${pct(s.chars.lost)}% forb ${s.forbiddenFound.length} fig ${s.figures.exact}/${s.figures.total} fl ${s.figures.flagged} wr ${s.figures.wrongUnflagged.length} hdr ${+s.header.unit}${+s.header.number}${+s.header.date} dec ${s.decisions}`);
    if (process.env.V) { console.log(s.wrong.slice(0, 8).join('\n'), s.forbiddenFound, s.figures, reading.header, reading.sections.map(x => [x.codes.join('+'), x.certainty, x.heading.slice(0, 50)]), reading.unplaced.map(u => [u.heading, u.reason, u.paragraphs.join(' ').slice(0, 80)])); }
  }
  console.log(scoreSet(scores));
})();
