import { writeWorkbookToStream } from '../adapters/exceljs/writeWorkbookToStream';
import { writeFileSafely, writeStreamSafely } from './fileIo';
import { writeDocument } from '../adapters/docx/writeDocument';
import { prepareReportDocument } from '../core/document/buildReportDocument';
import type { ExcerptPlan } from '../core/document/planExcerpts';
import { consolidateReports, type Consolidation, type ConsolidationRound } from '../core/consolidation/consolidateReports';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { SkippedFile } from '../core/round/folderEntries';
import { localIsoDate, type IsoDate } from '../core/text/calendarDate';
import { readFilesWithPool } from './readFilesWithPool';
import { buildSummaryWorkbook } from '../core/workbook/buildSummaryWorkbook';
import type { OfficialDocument } from '../core/workbook/OfficialDocument';

export interface ConsolidateJob {
  files: readonly string[];
  /** Entries of the folders that are not read, listed in the summary with why. */
  skipped?: readonly SkippedFile[];
  round: ConsolidationRound;
  templates: readonly ReportTemplate[];
  today: IsoDate;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Reading threads (default: one per core, at most 4) and the time limit per file. */
  workers?: number;
  timeoutMs?: number;
}

/** Reads and checks every file on worker threads, then consolidates them. */
export async function consolidateFiles(job: ConsolidateJob): Promise<Consolidation> {
  const request = { templates: [...job.templates], today: job.today, period: job.round.period, registry: job.round.registry };
  const inputs = await readFilesWithPool(job.files, request, { workers: job.workers, timeoutMs: job.timeoutMs, onProgress: job.onProgress });
  return consolidateReports(job.round, inputs, job.skipped);
}

/** Writes the summary workbook row by row into place (through a temporary file). */
export function writeSummaryFile(consolidation: Consolidation, target: string, options: { overwrite: boolean; generatedOn: IsoDate; document?: OfficialDocument }): Promise<string> {
  const spec = buildSummaryWorkbook(consolidation, { generatedOn: options.generatedOn, document: options.document });
  return writeStreamSafely(target, options.overwrite, (stream) => writeWorkbookToStream(spec, stream));
}

/** Writes the Word report (the document the office edits, signs and sends up) beside the summary. */
export async function writeReportFile(consolidation: Consolidation, target: string, options: { overwrite: boolean; document: OfficialDocument; maxExcerptChars?: number }): Promise<{ written: string; plan: ExcerptPlan }> {
  const { spec, plan } = prepareReportDocument(consolidation, options);
  return { written: writeFileSafely(target, await writeDocument(spec), options.overwrite), plan };
}

/** Today in local time, unless the user fixed the date (for checking an old round). */
export function todayFromClock(now: Date = new Date()): IsoDate {
  return localIsoDate(now);
}

