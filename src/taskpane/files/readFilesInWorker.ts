import type { SubmissionInput } from '../../core/consolidation/consolidateReports';
import { makeIssue } from '../../core/issues/Issue';
import { fromTransferable, readFilesInSlices, type PickedFile, type ReadFiles, type TransferableInput } from './checkFileBytes';

export const BROWSER_FILE_TIMEOUT_MS = 30_000;

type WorkerMessage = { type: 'result'; index: number; result: TransferableInput } | { type: 'done' };

/**
 * Reads files in a Web Worker so the pane never freezes, each file under a time limit: a file
 * that sends the parser into a loop is given up with a message and a fresh worker takes the
 * rest. Falls back to main-thread slices where workers are unavailable. Only the page's entry
 * imports this (webpack resolves the worker's URL).
 */
export const readFilesInWorker: ReadFiles = (files, request, onProgress) => {
  if (typeof Worker === 'undefined') return readFilesInSlices(files, request, onProgress);
  return new Promise((resolve, reject) => {
    const results: SubmissionInput[] = new Array(files.length);
    let done = 0;
    const run = (from: number) => {
      if (from >= files.length) return resolve(results);
      const worker = new Worker(new URL('./readFilesWorker.ts', import.meta.url));
      let expected = from;
      let timer: ReturnType<typeof setTimeout>;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          worker.terminate();
          const file: PickedFile = files[expected];
          results[expected] = { fileName: file.name, receivedOn: file.modifiedOn, failure: [makeIssue('FILE_TIMEOUT', {}, { seconds: BROWSER_FILE_TIMEOUT_MS / 1000 })] };
          onProgress(++done, files.length);
          run(expected + 1);
        }, BROWSER_FILE_TIMEOUT_MS);
      };
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === 'result') {
          results[event.data.index + from] = fromTransferable(event.data.result, request.templates);
          expected = event.data.index + from + 1;
          onProgress(++done, files.length);
          arm();
        } else {
          clearTimeout(timer);
          worker.terminate();
          resolve(results);
        }
      };
      worker.onerror = (error) => {
        clearTimeout(timer);
        worker.terminate();
        reject(error instanceof ErrorEvent ? new Error(error.message) : new Error('worker failed'));
      };
      arm();
      worker.postMessage({ files: files.slice(from), request });
    };
    run(0);
  });
};
