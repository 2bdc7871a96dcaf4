import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadRequest } from '../app/checkFileBytes';
import { readWithPool, type PoolTimers, type StartThread } from '../app/reading/readWithPool';
import type { ReadFiles } from '../app/reading/ReadFiles';
import type { SubmissionInput } from '../core/consolidation/Consolidation';
import { LIMITS } from '../core/round/limits';
import { fileModifiedAt, fileModifiedOn } from './fileDates';
import { threadScript } from './threadScript';

export type { PoolTimers } from '../app/reading/readWithPool';

export interface PoolOptions {
  /** Reading threads; by default one per core, at most 4. */
  workers?: number;
  /** A file still unread this long after a ready thread took it is given up as damaged. */
  timeoutMs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Another worker script speaking the same protocol (tests use a stand-in that never answers). */
  script?: string;
  /** The clock of the time limits; tests give one they move by hand. */
  timers?: PoolTimers;
}

/** Node's worker threads as the reading engine's threads: each is given the request, then file paths. */
function nodeThreads(request: ReadRequest, scriptOverride?: string): StartThread<string> {
  const { script, execArgv } = scriptOverride ? { script: scriptOverride, execArgv: undefined } : threadScript('readWorker');
  return (events) => {
    const worker = new Worker(script, { workerData: request, execArgv });
    worker.on('message', events.message);
    worker.on('error', (error) => events.failed(error.message));
    worker.on('exit', (code) => events.failed(`luồng đọc dừng (mã ${code})`));
    return { post: (id, file) => worker.postMessage({ id, file }), stop: () => void worker.terminate() };
  };
}

/** Reads and checks files (paths) on worker threads: the reading engine with Node's threads. */
export function readFilesWithPool(files: readonly string[], request: ReadRequest, options: PoolOptions = {}): Promise<SubmissionInput[]> {
  return readWithPool(files, {
    startThread: nodeThreads(request, options.script),
    threads: options.workers ?? Math.min(4, os.availableParallelism()),
    timeoutMs: options.timeoutMs ?? LIMITS.file.timeMs,
    timers: options.timers,
    templates: request.templates,
    describe: (file) => ({ fileName: path.basename(file), receivedOn: fileModifiedOn(file), receivedAt: fileModifiedAt(file) }),
    onProgress: options.onProgress,
  });
}

/** The command line's reading engine for the round service: paths read on worker threads. */
export function readPaths(options: Omit<PoolOptions, 'onProgress'> = {}): ReadFiles<string> {
  return (files, request, onProgress) => readFilesWithPool(files, request, { ...options, onProgress: (done, total) => onProgress(done, total) });
}
