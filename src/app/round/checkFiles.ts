import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { countBySeverity, type Issue } from '../../core/issues/Issue';
import type { ReportingPeriod } from '../../core/period/ReportingPeriod';
import { buildFeedback } from '../../core/reminders/buildFeedback';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { ReadRequest } from '../checkFileBytes';
import type { ReadFiles } from '../reading/ReadFiles';
import type { RoundFiles } from './runRound';

/** One file checked on its own (kiem-tra): what was read, and its issues. */
export interface CheckedFile {
  input: SubmissionInput;
  issues: Issue[];
  errors: number;
}

/** Reads and checks files against the templates, and the round's period and registry when given. */
export async function checkFiles<F>(request: ReadRequest, source: RoundFiles<F>, read: ReadFiles<F>, onProgress: (done: number, total: number) => void = () => undefined): Promise<CheckedFile[]> {
  const inputs = source.files.length === 0 ? [] : await read(source.files, request, onProgress);
  return inputs.map((input) => {
    const issues = 'report' in input ? input.report.issues : input.failure;
    return { input, issues, errors: countBySeverity(issues).errors };
  });
}

/** A name for a unit's file of feedback: the unit, else the name written in the report, else the file's own name. */
function feedbackName(input: SubmissionInput): string {
  const unitName = 'report' in input ? (input.report.unit?.name ?? input.report.unitName) : '';
  return unitName || input.fileName.replace(/\.[^.]*$/, '');
}

/**
 * The feedback for each checked file with errors or warnings. A file that could not be read as a
 * report still gets its message, under the file's name, in the terms of the round's template.
 */
export function feedbackForCheckedFiles(files: readonly CheckedFile[], fallback: ReportTemplate, period?: ReportingPeriod): { unitName: string; text: string }[] {
  return files.flatMap(({ input, issues }) => {
    const source = 'report' in input ? { fileName: input.fileName, unit: input.report.unit, unitName: input.report.unitName, reportDate: input.report.reportDate, issues } : { fileName: input.fileName, unitName: '', issues };
    const text = buildFeedback(source, 'report' in input ? input.report.template : fallback, period);
    return text ? [{ unitName: feedbackName(input), text }] : [];
  });
}
