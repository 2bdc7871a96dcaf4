import type { SubmissionInput } from '../core/consolidation/Consolidation';
import { templateKey } from '../core/template/templateKey';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { IsoDate } from '../core/text/calendarDate';
import type { IsoInstant } from '../core/text/instant';
import type { CheckedReport } from '../core/validation/CheckedReport';

/** A result as it crosses from a worker: the template travels as its id, not as a copy per file. */
export type TransferableInput = SubmissionInput | { fileName: string; receivedOn?: IsoDate; receivedAt?: IsoInstant; report: Omit<CheckedReport, 'template'>; templateKey: string };

export function toTransferable(input: SubmissionInput): TransferableInput {
  if (!('report' in input)) return input;
  const { template, ...report } = input.report;
  return { fileName: input.fileName, receivedOn: input.receivedOn, receivedAt: input.receivedAt, report, templateKey: templateKey(template) };
}

export function fromTransferable(input: TransferableInput, templates: readonly ReportTemplate[]): SubmissionInput {
  if (!('templateKey' in input)) return input;
  const template = templates.find((t) => templateKey(t) === input.templateKey);
  if (!template) throw new Error(`Template ${input.templateKey} is not among those the reader was given`);
  return { fileName: input.fileName, receivedOn: input.receivedOn, receivedAt: input.receivedAt, report: { ...input.report, template } };
}
