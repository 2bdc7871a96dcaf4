import { sheetJs, streamWriter, wordWriter } from './loadAdapters';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError, assertWritable, readInputFile, writeFileSafely, writeStreamSafely } from './fileIo';
import { formatIssue } from '../core/issues/issueMessages';
import { compilationFileName, compilationFileNameBeside, reportFileName } from '../core/round/outputFileNames';
import type { ReportingPeriod } from '../core/period/ReportingPeriod';
import type { Consolidation, ConsolidationRound } from '../core/consolidation/Consolidation';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { SkippedFile } from '../core/round/folderEntries';
import { localIsoDate, type IsoDate } from '../core/text/calendarDate';
import { buildSummaryWorkbook } from '../core/workbook/buildSummaryWorkbook';
import type { OfficialDocument } from '../core/workbook/OfficialDocument';
import type { WorkbookSpec } from '../core/workbook/WorkbookSpec';
import type { DocumentSpec } from '../core/document/DocumentSpec';
import { runRound, type RoundResult } from '../app/round/runRound';
import { rebuildReport } from '../app/round/rebuildReport';
import { readPaths } from './readFilesWithPool';
import { threadScript } from './threadScript';

/*
 * The round's files on disk: read through the round service, its outputs written into place
 * (through temporary files), the Word report packed on a thread of its own.
 */

export interface ConsolidateJob {
  files: readonly string[];
  /** Entries of the folders that are not read, listed in the summary with why. */
  skipped?: readonly SkippedFile[];
  round: ConsolidationRound;
  templates: readonly ReportTemplate[];
  today: IsoDate;
  onProgress?: (done: number, total: number) => void;
  /** Reading threads (default: one per core, at most 4) and the time limit per file. */
  workers?: number;
  timeoutMs?: number;
}

/** Reads and checks every file on worker threads, then consolidates them: the round service on paths. */
export async function consolidateFiles(job: ConsolidateJob): Promise<Consolidation> {
  const result = await runRound(job.round, { templates: job.templates, today: job.today }, { files: job.files, skipped: job.skipped ?? [] }, readPaths({ workers: job.workers, timeoutMs: job.timeoutMs }), job.onProgress);
  return result.consolidation;
}

/** Writes a summary workbook row by row into place (through a temporary file). */
export function writeSummarySpec(spec: WorkbookSpec, target: string, overwrite: boolean): Promise<string> {
  return writeStreamSafely(target, overwrite, (stream) => streamWriter().writeWorkbookToStream(spec, stream));
}

export function writeSummaryFile(consolidation: Consolidation, target: string, options: { overwrite: boolean; generatedOn: IsoDate; document?: OfficialDocument }): Promise<string> {
  return writeSummarySpec(buildSummaryWorkbook(consolidation, { generatedOn: options.generatedOn, document: options.document }), target, options.overwrite);
}

/** Writes a Word document into place. */
export async function writeDocumentFile(spec: DocumentSpec, target: string, overwrite: boolean): Promise<string> {
  return writeFileSafely(target, await wordWriter().writeDocumentInChunks(spec), overwrite);
}

/** Packs and writes the Word documents (the report, its compilation) on a thread of their own; the promise ends when the files are in place. */
function writeReportOnThread(): { write(documents: { spec: DocumentSpec; target: string }[], overwrite: boolean): Promise<string[]>; stop(): void } {
  // The thread starts (and loads docx) while this one lays the report out.
  const { script, execArgv } = threadScript('wordWorker');
  const worker = new Worker(script, { execArgv });
  return {
    write(documents, overwrite) {
      worker.postMessage({ documents, overwrite });
      return new Promise<string[]>((resolve, reject) => {
        worker.once('message', (m: { written?: string[]; error?: string; refused?: boolean }) => (m.written ? resolve(m.written) : reject(m.refused ? new UserError(m.error ?? '') : new Error(m.error))));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the Word report's thread stopped (code ${code})`)));
      });
    },
    // A thread left waiting for its report would keep the program from ending.
    stop: () => void worker.terminate(),
  };
}

/** Where the Word files go: the report and, beside it, the compilation of the units' texts. */
export interface WordTargets {
  report: string;
  compilation: string;
}

/**
 * The summary and, beside it, the Word report and its compilation: both are packed on a thread
 * of their own while this one streams the summary, so on a machine with two cores they add much
 * less than their own time to the round. The report's text is laid out here, so its plan (the
 * excerpt length) is known before any file is written.
 */
export async function writeRoundFiles(result: RoundResult, targets: { summary: string; word: WordTargets | null }, overwrite: boolean): Promise<{ written: string; report?: { written: string; compilation: string } }> {
  if (!targets.word) return { written: await writeSummarySpec(result.summary(), targets.summary, overwrite) };
  const thread = writeReportOnThread();
  let laidOut: ReturnType<RoundResult['report']>;
  let compilation: DocumentSpec;
  try {
    laidOut = result.report();
    compilation = result.compilation().spec;
  } catch (error) {
    thread.stop();
    throw error;
  }
  const report = thread.write([{ spec: laidOut.spec, target: targets.word.report }, { spec: compilation, target: targets.word.compilation }], overwrite);
  // Awaited below; until then a failure must not count as unhandled.
  report.catch(() => undefined);
  let written: string;
  try {
    written = await writeSummarySpec(result.summary(), targets.summary, overwrite);
  } catch (error) {
    // The thread finishes its file (or its temporary file is removed) before the error is told.
    await report.catch(() => undefined);
    throw error;
  }
  const [reportWritten, compilationWritten] = await report;
  return { written, report: { written: reportWritten, compilation: compilationWritten } };
}

/**
 * Rebuilds the Word report, and its compilation beside it, from a summary workbook the officer
 * has edited. Refuses, with the reason, a file that is not such a summary.
 */
export async function rebuildReportFile(summary: string, templates: readonly ReportTemplate[], options: { out?: string; overwrite: boolean }) {
  const bytes = readInputFile(summary, `Không tìm thấy bảng tổng hợp "${summary}". Kiểm tra lại đường dẫn, hoặc chạy tong-hop để lập bảng tổng hợp trước.`);
  const read = sheetJs().readWorkbookGrid(bytes);
  if (!read.ok) throw new UserError(read.issues.map(formatIssue).join('\n'));
  const rebuilt = rebuildReport(read.grid, templates, path.basename(summary));
  if ('failure' in rebuilt) throw new UserError(rebuilt.failure.map(formatIssue).join('\n'));
  const { period } = rebuilt.content;
  const target = assertWritable(options.out ?? path.join(path.dirname(summary), reportFileName(period)), options.overwrite);
  // Both refused before either is written.
  const compilationTarget = assertWritable(compilationTargetBeside(target, options.out ? null : period), options.overwrite);
  const written = await writeDocumentFile(rebuilt.spec, target, options.overwrite);
  const compilation = await writeDocumentFile(rebuilt.compilation.spec, compilationTarget, options.overwrite);
  return { written, compilation, issues: rebuilt.issues, content: rebuilt.content, document: rebuilt.document };
}

/**
 * The compilation beside the report: "Trích báo cáo các đơn vị <kỳ>.docx", or, beside a report
 * the user named (no period given), "<its name> - Trích báo cáo các đơn vị.docx".
 */
export function compilationTargetBeside(report: string, period: ReportingPeriod | null): string {
  return path.join(path.dirname(report), period ? compilationFileName(period) : compilationFileNameBeside(path.basename(report)));
}

/** Today in local time, unless the user fixed the date (for checking an old round). */
export function todayFromClock(now: Date = new Date()): IsoDate {
  return localIsoDate(now);
}
