import type { SubmissionInput } from '../../core/consolidation/consolidateReports';
import { readFilesInSlices, type ReadFiles } from './checkFileBytes';

/**
 * Reads files in a Web Worker so the pane never freezes; falls back to main-thread slices
 * where workers are unavailable. Only the page's entry imports this (webpack resolves the URL).
 */
export const readFilesInWorker: ReadFiles = (files, request, onProgress) => {
  if (typeof Worker === 'undefined') return readFilesInSlices(files, request, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readFilesWorker.ts', import.meta.url));
    const results: SubmissionInput[] = new Array(files.length);
    let done = 0;
    worker.onmessage = (event: MessageEvent<{ type: 'result'; index: number; result: SubmissionInput } | { type: 'done' }>) => {
      if (event.data.type === 'result') {
        results[event.data.index] = event.data.result;
        onProgress(++done, files.length);
      } else {
        worker.terminate();
        resolve(results);
      }
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(error instanceof ErrorEvent ? new Error(error.message) : new Error('worker failed'));
    };
    worker.postMessage({ files, request });
  });
};
