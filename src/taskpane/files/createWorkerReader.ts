import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/readFilesInSlices';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import { fromTransferable } from '../../app/transferableInput';
import type { SubmissionInput } from '../../core/consolidation/consolidateReports';
import { makeIssue } from '../../core/issues/Issue';
import { LIMITS } from '../../core/round/limits';

/** The part of a Web Worker the reader uses, so tests can give one that never answers. */
export interface ReadingWorker {
  onmessage: ((event: MessageEvent<ReadWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
  postMessage(message: { files: PickedFile[]; request: unknown }): void;
  terminate(): void;
}

export interface WorkerReaderOptions {
  createWorker: () => ReadingWorker;
  /** A file still unread this long after the worker said it was ready (or finished the one before) is given up. */
  timeoutMs?: number;
}

/**
 * Reads files in a Web Worker so the pane never freezes, each file under a time limit that starts
 * when the worker has loaded: a file that sends the parser into a loop is given up with a message
 * and a fresh worker takes the rest.
 */
export function createWorkerReader({ createWorker, timeoutMs = LIMITS.file.timeMs }: WorkerReaderOptions): ReadFiles {
  return (files, request, onProgress) =>
    new Promise((resolve, reject) => {
      const results: SubmissionInput[] = new Array(files.length);
      let done = 0;
      const run = (from: number) => {
        if (from >= files.length) return resolve(results);
        const worker = createWorker();
        let expected = from;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            worker.terminate();
            const file = files[expected];
            results[expected] = { fileName: file.name, receivedOn: file.modifiedOn, failure: [makeIssue('FILE_TIMEOUT', {}, { seconds: Math.round(timeoutMs / 1000) })] };
            onProgress(++done, files.length);
            run(expected + 1);
          }, timeoutMs);
        };
        worker.onmessage = (event) => {
          const message = event.data;
          if (message.type === 'ready') return arm();
          if (message.type === 'result') {
            results[message.id + from] = fromTransferable(message.result, request.templates);
            expected = message.id + from + 1;
            onProgress(++done, files.length);
            return arm();
          }
          clearTimeout(timer);
          worker.terminate();
          resolve(results);
        };
        worker.onerror = (error) => {
          clearTimeout(timer);
          worker.terminate();
          reject(new Error('message' in error && typeof error.message === 'string' ? error.message : 'worker failed'));
        };
        worker.postMessage({ files: files.slice(from), request });
      };
      run(0);
    });
}
