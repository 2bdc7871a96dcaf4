import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SubmissionInput } from '../core/consolidation/consolidateReports';
import { makeIssue } from '../core/issues/Issue';
import { fromTransferable, type ReadRequest, type TransferableInput } from '../taskpane/files/checkFileBytes';
import { fileModifiedOn } from './fileDates';

export interface PoolOptions {
  /** Reading threads; by default one per core, at most 4. */
  workers?: number;
  /** A file still unread after this long is given up as damaged. */
  timeoutMs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Another worker script speaking the same protocol (tests use a deliberately slow one). */
  script?: string;
}

export const DEFAULT_FILE_TIMEOUT_MS = 30_000;

/** The compiled worker script: beside this file when running from lib/, or in lib/ when from sources. */
export function workerScriptPath(): string | null {
  const beside = path.join(__dirname, 'readWorker.js');
  if (fs.existsSync(beside)) return beside;
  const compiled = path.resolve(__dirname, '..', '..', 'lib', 'cli', 'readWorker.js');
  return fs.existsSync(compiled) ? compiled : null;
}

/**
 * Reads and checks files on worker threads, in parallel, each under a time limit. Results come
 * back in the order of `files`; a file that times out gets FILE_TIMEOUT and its thread is
 * replaced, so one bad file never stalls the batch.
 */
export function readFilesWithPool(files: readonly string[], request: ReadRequest, options: PoolOptions = {}): Promise<SubmissionInput[]> {
  const script = options.script ?? workerScriptPath();
  if (!script) throw new Error('lib/cli/readWorker.js is missing: run "npm run build:cli"');
  const size = Math.max(1, Math.min(options.workers ?? Math.min(4, os.availableParallelism()), files.length));
  const timeoutMs = options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const results: SubmissionInput[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    if (files.length === 0) return resolve([]);
    const start = () => {
      const worker = new Worker(script, { workerData: request });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          const file = files[current];
          results[current] = { fileName: path.basename(file), receivedOn: fileModifiedOn(file), failure: [makeIssue('FILE_TIMEOUT', {}, { seconds: Math.round(timeoutMs / 1000) })] };
          finish(current);
          current = -1;
          void worker.terminate();
          start();
        }, timeoutMs);
        worker.postMessage({ id: current, file: files[current] });
      };
      const finish = (index: number) => {
        done++;
        options.onProgress?.(done, files.length, files[index]);
        if (done === files.length) resolve(results);
      };
      worker.on('message', (message: { id: number; result: TransferableInput }) => {
        if (message.id !== current) return;
        clearTimeout(timer);
        results[message.id] = fromTransferable(message.result, request.templates);
        current = -1;
        finish(message.id);
        feed();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        if (current >= 0) {
          // A crash inside the parser is a bug to report, but the batch must go on.
          const file = files[current];
          results[current] = { fileName: path.basename(file), receivedOn: fileModifiedOn(file), failure: [makeIssue('FILE_UNREADABLE', {}, { detail: `lỗi khi đọc: ${error.message}` })] };
          finish(current);
          current = -1;
          start();
        } else reject(error);
      });
      feed();
    };
    for (let i = 0; i < size; i++) start();
  });
}
