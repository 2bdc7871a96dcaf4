import { sheetJs, streamWriter, wordWriter } from './loadAdapters';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError, assertWritable, writeFileSafely, writeStreamSafely } from './fileIo';
import { readSummaryReport } from '../core/workbook/read/readSummaryReport';
import type { ReportContent } from '../core/document/ReportContent';
import type { Issue } from '../core/issues/Issue';
import { formatIssue } from '../core/issues/issueMessages';
import { reportFileName } from '../core/round/outputFileNames';
import { prepareReportDocument } from '../core/document/buildReportDocument';
import type { ExcerptPlan } from '../core/document/planExcerpts';
import { consolidateReports } from '../core/consolidation/consolidateReports';
import type { Consolidation, ConsolidationRound } from '../core/consolidation/Consolidation';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { SkippedFile } from '../core/round/folderEntries';
import { localIsoDate, type IsoDate } from '../core/text/calendarDate';
import { readFilesWithPool } from './readFilesWithPool';
import { threadScript } from './threadScript';
import { Worker } from 'node:worker_threads';
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
  return writeStreamSafely(target, options.overwrite, (stream) => streamWriter().writeWorkbookToStream(spec, stream));
}

/** Writes the Word report (the document the office edits, signs and sends up) beside the summary. */
export async function writeReportFile(consolidation: Consolidation, target: string, options: { overwrite: boolean; document: OfficialDocument; maxExcerptChars?: number }): Promise<{ written: string; plan: ExcerptPlan }> {
  const { spec, plan } = prepareReportDocument(consolidation, options);
  return { written: writeFileSafely(target, await wordWriter().writeDocumentInChunks(spec), options.overwrite), plan };
}

/**
 * The summary and, beside it, the Word report: the report is packed on a thread of its own while
 * this one streams the summary, so on a machine with two cores it adds much less than its own
 * time to the round. The report's text is laid out here, so its plan (the excerpt length) is
 * known before either file is written.
 */
export async function writeRoundFiles(consolidation: Consolidation, targets: { summary: string; report: string | null }, options: { overwrite: boolean; generatedOn: IsoDate; document: OfficialDocument; maxExcerptChars?: number }): Promise<{ written: string; report?: { written: string; plan: ExcerptPlan } }> {
  if (!targets.report) return { written: await writeSummaryFile(consolidation, targets.summary, options) };
  // The thread starts (and loads docx) while this one lays the report out.
  const { script, execArgv } = threadScript('wordWorker');
  const worker = new Worker(script, { execArgv });
  let laidOut: ReturnType<typeof prepareReportDocument>;
  try {
    laidOut = prepareReportDocument(consolidation, options);
  } catch (error) {
    // A thread left waiting for its report would keep the program from ending.
    void worker.terminate();
    throw error;
  }
  const { spec, plan } = laidOut;
  worker.postMessage({ spec, target: targets.report, overwrite: options.overwrite });
  const report = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { written?: string; error?: string; refused?: boolean }) => (m.written ? resolve(m.written) : reject(m.refused ? new UserError(m.error ?? '') : new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Word report's thread stopped (code ${code})`)));
  });
  // Awaited below; until then a failure must not count as unhandled.
  report.catch(() => undefined);
  let written: string;
  try {
    written = await writeSummaryFile(consolidation, targets.summary, options);
  } catch (error) {
    // The thread finishes its file (or its temporary file is removed) before the error is told.
    await report.catch(() => undefined);
    throw error;
  }
  return { written, report: { written: await report, plan } };
}

/**
 * Rebuilds the Word report from a summary workbook the officer has edited: the header, texts
 * and figures as they now stand. Refuses, with the reason, a file that is not such a summary.
 */
export async function rebuildReportFile(summary: string, templates: readonly ReportTemplate[], options: { out?: string; overwrite: boolean; maxExcerptChars?: number }): Promise<{ written: string; plan: ExcerptPlan; issues: Issue[]; content: ReportContent }> {
  if (!fs.existsSync(summary)) throw new UserError(`Không tìm thấy bảng tổng hợp "${summary}". Kiểm tra lại đường dẫn, hoặc chạy tong-hop để lập bảng tổng hợp trước.`);
  const read = sheetJs().readWorkbookGrid(new Uint8Array(fs.readFileSync(summary)));
  if (!read.ok) throw new UserError(read.issues.map(formatIssue).join('\n'));
  const result = readSummaryReport(read.grid, templates, path.basename(summary));
  if ('failure' in result) throw new UserError(result.failure.map(formatIssue).join('\n'));
  const target = assertWritable(options.out ?? path.join(path.dirname(summary), reportFileName(result.content.period)), options.overwrite);
  const { spec, plan } = prepareReportDocument(result.content, { document: result.document, maxExcerptChars: options.maxExcerptChars });
  return { written: writeFileSafely(target, await wordWriter().writeDocumentInChunks(spec), options.overwrite), plan, issues: result.issues, content: result.content };
}

/** Today in local time, unless the user fixed the date (for checking an old round). */
export function todayFromClock(now: Date = new Date()): IsoDate {
  return localIsoDate(now);
}

