import { sheetJs, streamWriter, wordWriter } from './loadAdapters';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError, readInputFile } from './fileIo';
import { OutputSet, type OutputSetOptions } from './outputSet';
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

/** Writes a summary workbook row by row into the set (through a temporary file). */
export function stageSummarySpec(spec: WorkbookSpec, target: string, set: OutputSet): Promise<void> {
  return set.stageStream(target, (stream) => streamWriter().writeWorkbookToStream(spec, stream));
}

export function writeSummaryFile(consolidation: Consolidation, target: string, options: { overwrite: boolean; generatedOn: IsoDate; document?: OfficialDocument }): Promise<string> {
  return writeSummarySpec(buildSummaryWorkbook(consolidation, { generatedOn: options.generatedOn, document: options.document }), target, options.overwrite);
}

/** Writes a summary workbook alone (a set of one). */
export async function writeSummarySpec(spec: WorkbookSpec, target: string, overwrite: boolean): Promise<string> {
  const set = new OutputSet();
  return (await set.complete(() => stageSummarySpec(spec, set.claim(target, overwrite), set)))[0];
}

/** Writes a Word document alone (a set of one). */
export async function writeDocumentFile(spec: DocumentSpec, target: string, overwrite: boolean): Promise<string> {
  const set = new OutputSet();
  return (await set.complete(() => stageDocument(spec, set.claim(target, overwrite), set)))[0];
}

/** Packs a Word document into the set. */
export async function stageDocument(spec: DocumentSpec, target: string, set: OutputSet): Promise<void> {
  set.stageBytes(target, await wordWriter().writeDocumentInChunks(spec));
}

/** Packs the Word documents (the report, its compilation) on a thread of their own; the promise ends with their bytes. */
function packReportOnThread(): { pack(documents: DocumentSpec[]): Promise<Uint8Array[]>; stop(): void } {
  // The thread starts (and loads docx) while this one lays the report out.
  const { script, execArgv } = threadScript('wordWorker');
  const worker = new Worker(script, { execArgv });
  return {
    pack(documents) {
      worker.postMessage({ documents });
      return new Promise<Uint8Array[]>((resolve, reject) => {
        worker.once('message', (m: { packed?: Uint8Array[]; error?: string }) => (m.packed ? resolve(m.packed) : reject(new Error(m.error))));
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
 * The summary and, beside it, the Word report and its compilation, staged into the run's set:
 * both documents are packed on a thread of their own while this one streams the summary, so on
 * a machine with two cores they add much less than their own time to the round. The report's
 * text is laid out here, so its plan (the excerpt length) is known before any file is written.
 */
export async function stageRoundFiles(result: RoundResult, targets: { summary: string; word: WordTargets | null }, set: OutputSet): Promise<void> {
  if (!targets.word) return stageSummarySpec(result.summary(), targets.summary, set);
  const thread = packReportOnThread();
  let packed: Promise<Uint8Array[]>;
  try {
    packed = thread.pack([result.report().spec, result.compilation().spec]);
  } catch (error) {
    thread.stop();
    throw error;
  }
  // Awaited below; until then a failure must not count as unhandled.
  packed.catch(() => undefined);
  try {
    await stageSummarySpec(result.summary(), targets.summary, set);
  } catch (error) {
    thread.stop();
    throw error;
  }
  const [report, compilation] = await packed;
  set.stageBytes(targets.word.report, report);
  set.stageBytes(targets.word.compilation, compilation);
}

/** The summary, the report and its compilation as one set of their own (claimed, staged, put in place together). */
export async function writeRoundFiles(result: RoundResult, targets: { summary: string; word: WordTargets | null }, overwrite: boolean, files?: OutputSetOptions): Promise<{ written: string; report?: { written: string; compilation: string } }> {
  const set = new OutputSet(files);
  const summary = set.claim(targets.summary, overwrite);
  const word = targets.word && { report: set.claim(targets.word.report, overwrite), compilation: set.claim(targets.word.compilation, overwrite) };
  const [written, report, compilation] = await set.complete(() => stageRoundFiles(result, { summary, word }, set));
  return { written, report: word ? { written: report, compilation } : undefined };
}

/**
 * Rebuilds the Word report, and its compilation beside it, from a summary workbook the officer
 * has edited. Refuses, with the reason, a file that is not such a summary.
 */
export async function rebuildReportFile(summary: string, templates: readonly ReportTemplate[], options: { out?: string; overwrite: boolean; files?: OutputSetOptions }) {
  const set = new OutputSet(options.files);
  // A run killed while writing this folder's summary is finished (or cleared) before the summary is read.
  set.clearFolder(path.dirname(path.resolve(summary)));
  const bytes = readInputFile(summary, `Không tìm thấy bảng tổng hợp "${summary}". Kiểm tra lại đường dẫn, hoặc chạy tong-hop để lập bảng tổng hợp trước.`);
  const read = sheetJs().readWorkbookGrid(bytes);
  if (!read.ok) throw new UserError(read.issues.map(formatIssue).join('\n'));
  const rebuilt = rebuildReport(read.grid, templates, path.basename(summary));
  if ('failure' in rebuilt) throw new UserError(rebuilt.failure.map(formatIssue).join('\n'));
  const { period } = rebuilt.content;
  const target = set.claim(options.out ?? path.join(path.dirname(summary), reportFileName(period)), options.overwrite);
  // Both refused before either is written, and both put in place together.
  const compilationTarget = set.claim(compilationTargetBeside(target, options.out ? null : period), options.overwrite);
  const [written, compilation] = await set.complete(async () => {
    await stageDocument(rebuilt.spec, target, set);
    await stageDocument(rebuilt.compilation.spec, compilationTarget, set);
  });
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
