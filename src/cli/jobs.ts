import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeWorkbook } from '../adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../adapters/sheetjs/readWorkbookGrid';
import { consolidateReports, type Consolidation, type ConsolidationRound, type SubmissionInput } from '../core/consolidation/consolidateReports';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import { makeIsoDate, type IsoDate } from '../core/text/calendarDate';
import { createUnitMatcher } from '../core/registry/UnitRegistry';
import { checkSubmissionGrid } from '../core/validation/checkSubmissionGrid';
import type { ValidationContext } from '../core/validation/validateSubmission';
import { buildSummaryWorkbook } from '../core/workbook/buildSummaryWorkbook';

/** The file's modification day in local time: when it was saved into the folder. */
export function fileModifiedOn(file: string): IsoDate {
  const t = fs.statSync(file).mtime;
  return makeIsoDate(t.getFullYear(), t.getMonth() + 1, t.getDate())!;
}

/** Reads and checks one unit's file. Opens it read-only; a bad file comes back as a failure. */
export function readSubmissionFile(file: string, templates: readonly ReportTemplate[], context: ValidationContext): SubmissionInput {
  const fileName = path.basename(file);
  const receivedOn = fileModifiedOn(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const read = readWorkbookGrid(bytes);
  if (!read.ok) return { fileName, receivedOn, failure: read.issues };
  const checked = checkSubmissionGrid(read.grid, templates, context);
  return 'report' in checked ? { fileName, receivedOn, report: checked.report } : { fileName, receivedOn, failure: checked.failure };
}

export interface ConsolidateJob {
  files: readonly string[];
  round: ConsolidationRound;
  templates: readonly ReportTemplate[];
  today: IsoDate;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Reads, checks and consolidates every file, then renders the summary workbook. */
export async function consolidateFiles(job: ConsolidateJob): Promise<{ consolidation: Consolidation; bytes: Uint8Array }> {
  const context: ValidationContext = { today: job.today, period: job.round.period, registry: job.round.registry, matcher: createUnitMatcher(job.round.registry) };
  const inputs: SubmissionInput[] = [];
  job.files.forEach((file, i) => {
    inputs.push(readSubmissionFile(file, job.templates, context));
    job.onProgress?.(i + 1, job.files.length, file);
  });
  const consolidation = consolidateReports(job.round, inputs);
  const bytes = await writeWorkbook(buildSummaryWorkbook(consolidation, { generatedOn: job.today }));
  return { consolidation, bytes };
}

/** Today in local time, unless the user fixed the date (for checking an old round). */
export function todayFromClock(now: Date = new Date()): IsoDate {
  return makeIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

