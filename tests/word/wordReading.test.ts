import { readDoc } from '../../src/adapters/word/readDoc';
import { readWordFile } from '../../src/adapters/word/readWordFile';
import { nativeInflateRaw } from '../../src/adapters/xlsxFast/nativeInflateRaw';
import { createUnitMatcher } from '../../src/core/registry/UnitRegistry';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { readWordReport } from '../../src/core/wordReport/readWordReport';
import { SAMPLE_REGISTRY } from '../../src/sample/sampleRegistry';
import { scoreReading, scoreSet, type ReadingScore } from './evaluateWordReading';
import { loadWordFixtures } from './loadWordFixtures';

/** Every fixture of a set read as the round reads it, and scored against what its writer knows. */
async function scoreFixtureSet(set: string): Promise<ReadingScore[]> {
  const matcher = createUnitMatcher(SAMPLE_REGISTRY);
  const scores: ReadingScore[] = [];
  for (const f of loadWordFixtures(set)) {
    const read = await readWordFile(new Uint8Array(f.bytes), f.name, { inflate: nativeInflateRaw, readDoc });
    if (!read.ok) throw new Error(`${f.name}: ${read.reason}`);
    scores.push(scoreReading(f.truth, readWordReport(read.document, DEFAULT_TEMPLATE, { matcher, periodKind: 'Q2' })));
  }
  return scores;
}

/** The floors on a set: by default those on reports the reader was tuned on (95% in place, at most 0,5% misplaced unflagged). */
function expectTunedFloors(scores: ReadingScore[], label: string, floors = { right: 0.95, wrongUnflagged: 0.005 }) {
  const set = scoreSet(scores);
  process.stdout.write(`Word (${label}, ${set.files} tệp): ${(set.rightShare * 100).toFixed(1)}% đúng mục không cần hỏi, ${(set.wrongUnflaggedShare * 100).toFixed(2)}% sai mục không báo, ${set.decisionsPerFile.toFixed(2)} quyết định/tệp\n`);
  if (floors.wrongUnflagged === 0.005) expect(scores.flatMap((s) => s.wrong.filter((w) => !w.includes(' lost: ')))).toEqual([]);
  expect(set.rightShare).toBeGreaterThanOrEqual(floors.right);
  expect(set.wrongUnflaggedShare).toBeLessThanOrEqual(floors.wrongUnflagged);
  expect(scores.flatMap((s) => s.forbiddenFound)).toEqual([]);
  expect(scores.flatMap((s) => s.figures.wrongUnflagged)).toEqual([]);
  expect(set.headersRead).toBe(set.files);
  expect(set.decisionsPerFile).toBeLessThanOrEqual(2);
}

const UNSEEN = { right: 0.9, wrongUnflagged: 0.01 };

test.each([
  ['the development reports', 'dev', 24, undefined],
  ['a second development set, written by another hand in other layouts', 'dev2', 20, undefined],
  ['a third development set by a third hand, first read at 80,9% in place and 1,46% misplaced unflagged, tuned on since', 'dev3', 16, undefined],
  ['a fourth development set by a fourth hand (own wording, counted points, VNI and TCVN3), first read at 87,5% in place and 3,30% misplaced unflagged, tuned on since', 'dev4', 16, { right: 0.93, wrongUnflagged: 0.005 }],
  ['a fifth development set by a fifth hand (long reports, emphasis lines naming other sections, bodies laid out in tables), first read at 67,2% in place and 7,57% misplaced unflagged, tuned on since', 'dev5', 16, undefined],
  ['a sixth development set by a sixth hand (short reports, "Kết quả nổi bật:" as emphasis where other units head III.1 with it), first read at 91,7% in place and 1,76% misplaced unflagged, at the floors for unseen files', 'dev6', 16, UNSEEN],
  ['the first held-out reports, measured once (86,7% in place, 5,6% in a wrong place unflagged) and tuned on since', 'tuning', 16, undefined],
  ['the second held-out set, measured once (91,2% in place, 1,39% misplaced unflagged, 26 wrong figures in 2 files, one .doc unread) and tuned on since', 'tuning2', 24, undefined],
  ["the third held-out set, measured once (92,1% in place, 1,96% misplaced unflagged, no wrong figure) and tuned on since, at the issue's floors for unseen files", 'tuning3', 16, UNSEEN],
  ['the fourth held-out set, measured once (95,9% in place, 0,74% misplaced unflagged, no wrong figure, 23/24 headers) and tuned on since', 'tuning4', 24, undefined],
  ["the fifth held-out set, measured once (90,8% in place, 1,19% misplaced unflagged, no wrong figure, 15/16 headers) and tuned on since, at the issue's floors for unseen files", 'tuning5', 16, UNSEEN],
  ["the sixth held-out set, measured once (92,8% in place, 0% misplaced unflagged, no wrong figure, 16/16 headers) and never tuned on, at the issue's floors for unseen files", 'heldout6', 16, UNSEEN],
] as const)('%s: text in place without a question, nothing misplaced unflagged past the floor, no header or back matter in a section, figures exact or flagged', async (_title, name, files, floors) => {
  const scores = await scoreFixtureSet(name);
  expect(scores.length).toBe(files);
  expectTunedFloors(scores, name, floors);
});
