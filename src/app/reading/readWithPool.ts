import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { IsoDate } from '../../core/text/calendarDate';
import type { IsoInstant } from '../../core/text/instant';
import type { ReadWorkerMessage } from '../readWorkerProtocol';
import { fromTransferable } from '../transferableInput';

/**
 * The one reading engine of both doors: files are read on reading threads (Node worker threads
 * in the command line, Web Workers in the pane), each file under a time limit, several threads at
 * once. The threads and the clock are given by the door, so the rules below are written once and
 * tested with stand-ins and a clock moved by hand.
 */

/** The clock of the time limits; tests give one they move by hand. */
export interface PoolTimers {
  set(onTimeout: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: PoolTimers = {
  set: (onTimeout, ms) => setTimeout(onTimeout, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a reading thread tells the engine: its messages, or that it failed (an error, an exit). */
export interface ThreadEvents {
  message(message: ReadWorkerMessage): void;
  failed(reason: string): void;
}

/** A reading thread as the engine drives it: sent files one by one, stopped when no longer needed. */
export interface ReadingThread<F> {
  post(id: number, file: F): void;
  stop(): void;
}

export type StartThread<F> = (events: ThreadEvents) => ReadingThread<F>;

export interface PoolOptions<F> {
  startThread: StartThread<F>;
  /** Reading threads at most (never more than the files). */
  threads: number;
  /** A file still unread this long after a ready thread began it is given up as damaged. */
  timeoutMs: number;
  timers?: PoolTimers;
  /** The templates the threads were given: a result names its template by key. */
  templates: readonly ReportTemplate[];
  /** A file's name and the day it was saved, for a file given up before it was read. */
  describe(file: F): { fileName: string; receivedOn?: IsoDate; receivedAt?: IsoInstant };
  onProgress?: (done: number, total: number, file: F) => void;
}

/**
 * Files sent ahead to each thread: the next one is already there when a thread finishes, so it
 * never waits for the main thread to answer (a wait measured at a tenth of its time).
 */
export const FILES_AHEAD = 2;

/**
 * Reads and checks files on reading threads, in parallel, each under a time limit that starts
 * when a thread that has said "ready" begins the file (threads take their files in order: the
 * one after a file begins when that file is answered). Results come back in the order of
 * `files`; a file that times out gets FILE_TIMEOUT and its thread is replaced, so one bad file
 * never stalls the batch, and a thread that dies takes only its current file with it: the files
 * it had been sent ahead go to another thread.
 */
export function readWithPool<F>(files: readonly F[], options: PoolOptions<F>): Promise<SubmissionInput[]> {
  const size = Math.max(1, Math.min(options.threads, files.length));
  const timers = options.timers ?? realTimers;
  const results: SubmissionInput[] = new Array(files.length);
  /** Files no thread has been sent yet, in order (a dead thread's unbegun files come back here). */
  const waiting = files.map((_, i) => i);
  let done = 0;
  /** Threads still running; a thread still loading when the last file is read is stopped with the rest. */
  const live = new Set<() => void>();
  return new Promise((resolve, reject) => {
    if (files.length === 0) return resolve([]);
    const finish = (index: number) => {
      done++;
      options.onProgress?.(done, files.length, files[index]);
      if (done < files.length) return;
      for (const retire of [...live]) retire();
      resolve(results);
    };
    const failed = (index: number, issue: Issue) => {
      results[index] = { ...options.describe(files[index]), failure: [issue] };
      finish(index);
    };
    const start = () => {
      if (waiting.length === 0) return;
      /** Sent to this thread and not answered; the first is the one it is reading. */
      const sent: number[] = [];
      let ready = false;
      let retired = false;
      let timer: unknown;
      const retire = () => {
        retired = true;
        live.delete(retire);
        timers.clear(timer);
        thread.stop();
      };
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
          thread.post(index, files[index]);
        }
        if (sent.length === 0) return retire();
        timer ??= timers.set(() => {
          const index = giveBack();
          retire();
          if (index !== undefined) failed(index, makeIssue('FILE_TIMEOUT', {}, { seconds: Math.round(options.timeoutMs / 1000) }));
          start();
        }, options.timeoutMs);
      };
      // Its events come later, never while it starts: a thread says "ready" once its script has loaded.
      const thread: ReadingThread<F> = options.startThread({
        message(message) {
          if (retired) return;
          if (message.type === 'ready') {
            ready = true;
            return feed();
          }
          if (message.type !== 'result' || message.id !== sent[0]) return;
          timers.clear(timer);
          timer = undefined;
          sent.shift();
          results[message.id] = fromTransferable(message.result, options.templates);
          finish(message.id);
          if (!retired) feed();
        },
        failed(reason) {
          if (retired) return;
          const index = giveBack();
          retire();
          if (!ready) return reject(new Error(`a reading thread failed to start: ${reason}`));
          // A crash inside the parser is a bug to report, but the batch must go on.
          if (index !== undefined) failed(index, makeIssue('FILE_UNREADABLE', {}, { detail: `lỗi khi đọc: ${reason}` }));
          start();
        },
      });
      live.add(retire);
    };
    for (let i = 0; i < size; i++) start();
  });
}
