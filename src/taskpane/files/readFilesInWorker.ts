import { readFilesInSlices, type ReadFiles } from '../../app/readFilesInSlices';
import { createWorkerReader, type ReadingWorker } from './createWorkerReader';

/**
 * The page's reader: a Web Worker where the browser has them, main-thread slices otherwise.
 * Only the page's entry imports this (webpack resolves the worker's URL).
 */
export const readFilesInWorker: ReadFiles = (files, request, onProgress) => {
  if (typeof Worker === 'undefined') return readFilesInSlices(files, request, onProgress);
  const reader = createWorkerReader({ createWorker: () => new Worker(new URL('./readFilesWorker.ts', import.meta.url)) as unknown as ReadingWorker });
  return reader(files, request, onProgress);
};
