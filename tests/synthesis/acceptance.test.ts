import { evaluateSynthesis } from './evaluateSynthesis';
import { reportOfRound } from './reportOfRound';
import { makeSynthesisRound } from './synthesisRound';

// The report's body on generated rounds of about 30 units, scored by the evaluator written apart
// from the synthesis: nothing said twice, named facts kept with their units, nothing pasted from
// Word, no other year, counts in III and IV, recommendations with their units. The held-out
// style was written before the synthesis was tuned and shares no sentence with the other.
describe.each([
  ['dev', 1],
  ['dev', 5],
  ['heldout', 3],
  ['heldout', 7],
] as const)('the synthesis of a %s round (seed %i)', (style, seed) => {
  test('meets every acceptance rule', () => {
    const round = makeSynthesisRound({ seed, style });
    const score = evaluateSynthesis(reportOfRound(round).body, round);
    expect({ ok: score.ok, failures: score.failures, summary: score.summary() }).toMatchObject({ ok: true, failures: [] });
  });
});
