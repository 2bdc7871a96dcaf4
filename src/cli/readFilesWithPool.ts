import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadRequest } from '../app/checkFileBytes';
import type { ReadWorkerMessage } from '../app/readWorkerProtocol';
import { fromTransferable } from '../app/transferableInput';
import type { SubmissionInput } from '../core/consolidation/Consolidation';
import { makeIssue } from '../core/issues/Issue';
import { FILE_TIME_LIMIT_MS } from '../core/round/roundDefaults';
import { fileModifiedOn } from './fileDates';
import { threadScript } from './threadScript';

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

export interface PoolTimers {
  set(onTimeout: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: PoolTimers = {
  set: (onTimeout, ms) => setTimeout(onTimeout, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Files sent ahead to each thread: the next one is already there when a thread finishes, so it
 * never waits for this thread to answer (a wait measured at a tenth of its time).
 */
const FILES_AHEAD = 2;

/**
 * Reads and checks files on worker threads, in parallel, each under a time limit that starts
 * when a thread that has said "ready" begins the file (threads take their files in order: the
 * one after a file begins when that file is answered). Results come back in the order of
 * `files`; a file that times out gets FILE_TIMEOUT and its thread is replaced, so one bad file
 * never stalls the batch, and a thread that dies takes only its current file with it: the files
 * it had been sent ahead go to another thread.
 */
export function readFilesWithPool(files: readonly string[], request: ReadRequest, options: PoolOptions = {}): Promise<SubmissionInput[]> {
  const { script, execArgv } = options.script ? { script: options.script, execArgv: undefined } : threadScript('readWorker');
  const size = Math.max(1, Math.min(options.workers ?? Math.min(4, os.availableParallelism()), files.length));
  const timeoutMs = options.timeoutMs ?? FILE_TIME_LIMIT_MS;
  const timers = options.timers ?? realTimers;
  const results: SubmissionInput[] = new Array(files.length);
  /** Files no thread has been sent yet, in order (a dead thread's unbegun files come back here). */
  const waiting = files.map((_, i) => i);
  let done = 0;
  /** Threads still running; a thread still loading when the last file is read is stopped with the rest. */
  const live = new Set<() => void>();
  return new Promise((resolve, reject) => {
    if (files.length === 0) return resolve([]);
    const failed = (index: number, issue: ReturnType<typeof makeIssue>) => {
      const file = files[index];
      results[index] = { fileName: path.basename(file), receivedOn: fileModifiedOn(file), failure: [issue] };
      finish(index);
    };
    const finish = (index: number) => {
      done++;
      options.onProgress?.(done, files.length, files[index]);
      if (done < files.length) return;
      for (const retire of [...live]) retire();
      resolve(results);
    };
    const start = () => {
      if (waiting.length === 0) return;
      const worker = new Worker(script, { workerData: request, execArgv });
      /** Sent to this thread and not answered; the first is the one it is reading. */
      const sent: number[] = [];
      let ready = false;
      let retired = false;
      let timer: unknown;
      const retire = () => {
        retired = true;
        live.delete(retire);
        timers.clear(timer);
        void worker.terminate();
      };
      live.add(retire);
      /** Gives the unbegun files back (this thread is going), and returns the one it was reading. */
      const giveBack = (): number | undefined => {
        const current = sent.shift();
        waiting.unshift(...sent.splice(0));
        return current;
      };
      const feed = () => {
        while (sent.length < FILES_AHEAD) {
          const index = waiting.shift();
          if (index === undefined) break;
          sent.push(index);
          worker.postMessage({ id: index, file: files[index] });
        }
        if (sent.length === 0) return retire();
        if (timer === undefined) {
          timer = timers.set(() => {
            const index = giveBack();
            retire();
            if (index !== undefined) failed(index, makeIssue('FILE_TIMEOUT', {}, { seconds: Math.round(timeoutMs / 1000) }));
            start();
          }, timeoutMs);
        }
      };
      worker.on('message', (message: ReadWorkerMessage) => {
        if (retired) return;
        if (message.type === 'ready') {
          ready = true;
          return feed();
        }
        if (message.type !== 'result' || message.id !== sent[0]) return;
        timers.clear(timer);
        timer = undefined;
        sent.shift();
        results[message.id] = fromTransferable(message.result, request.templates);
        finish(message.id);
        if (!retired) feed();
      });
      const died = (reason: string) => {
        if (retired) return;
        const index = giveBack();
        retire();
        if (!ready) return reject(new Error(`a reading thread failed to start: ${reason}`));
        // A crash inside the parser is a bug to report, but the batch must go on.
        if (index !== undefined) failed(index, makeIssue('FILE_UNREADABLE', {}, { detail: `lỗi khi đọc: ${reason}` }));
        start();
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`luồng đọc dừng (mã ${code})`));
    };
    for (let i = 0; i < size; i++) start();
  });
}
