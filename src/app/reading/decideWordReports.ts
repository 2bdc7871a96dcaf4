import type { ConsolidationRound, SubmissionInput } from '../../core/consolidation/Consolidation';
import { makeIssue } from '../../core/issues/Issue';
import { createUnitMatcher } from '../../core/registry/UnitRegistry';
import type { CheckedReport } from '../../core/validation/CheckedReport';
import type { ValidationContext } from '../../core/validation/ValidationContext';
import { applyWordDecision, type WordDecision } from '../../core/wordReport/wordDecisions';
import { checkWordReading } from './wordSubmission';

/*
 * The office's decisions on Word reports (parts moved, blocks attached), applied to the readings
 * kept with the reports and checked again, before the round is consolidated: the texts, figures
 * and checks follow the moved text in both doors. Cheap enough to run on every consolidation: only
 * the reports decided on are checked again, from their readings, never read again.
 */

export interface DecidedRound {
  round: ConsolidationRound;
  inputs: SubmissionInput[];
}

/** The round's inputs with each decision applied; a decision that no longer fits leaves its report waiting, with why. */
export function decideWordReports(round: ConsolidationRound, inputs: readonly SubmissionInput[], decisions: readonly WordDecision[], today: ValidationContext['today']): DecidedRound {
  if (decisions.length === 0) return { round, inputs: [...inputs] };
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  let context: ValidationContext | undefined;
  const stale = new Set<string>();
  const out = inputs.map((input) => {
    const word = 'report' in input ? input.report.word : undefined;
    const decision = word ? byKey.get(word.key) : undefined;
    if (!('report' in input) || !word || !decision) return input;
    const applied = word.reading ? applyWordDecision(word.reading, decision, input.report.template, round.period.kind) : { ok: false as const, mismatches: ['cách đọc không còn được giữ; chọn lại tệp và đọc lại'] };
    if (!applied.ok) {
      stale.add(word.key);
      return { ...input, report: waitAgain(input.report, applied.mismatches) };
    }
    context ??= { today, period: round.period, registry: round.registry, matcher: createUnitMatcher(round.registry) };
    return { ...input, report: checkWordReading(applied.reading, word.key, input.report.template, context, { keepReading: true }).report };
  });
  const confirmedWord = stale.size === 0 ? round.confirmedWord : round.confirmedWord?.filter((k) => !stale.has(k));
  return { round: { ...round, confirmedWord }, inputs: out };
}

function waitAgain(report: CheckedReport, mismatches: readonly string[]): CheckedReport {
  const word = report.word;
  if (!word) return report;
  const line = `Quyết định đã lưu cho tệp này không còn khớp cách đọc (${mismatches.join('; ')}): chọn lại cách xếp rồi xác nhận.`;
  const toDecide = [line, ...word.toDecide];
  const issues = [...report.issues.filter((i) => i.code !== 'WORD_TO_CONFIRM'), makeIssue('WORD_TO_CONFIRM', {}, { count: toDecide.length, first: line, key: word.key })];
  return { ...report, issues, word: { ...word, toDecide } };
}
