import type { ReadFiles } from '../../app/readFilesInSlices';
import { loadSliceReader } from './loadSliceReader';
import { createWorkerReader, type ReadingWorker } from './createWorkerReader';

/**
 * The page's reader: a Web Worker where the browser has them, main-thread slices otherwise.
 * Only the page's entry imports this (webpack resolves the worker's URL).
 */
export const readFilesInWorker: ReadFiles = (files, request, onProgress) => {
  // Without workers the reader (SheetJS) runs on this thread; it is fetched only then.
  if (typeof Worker === 'undefined') return loadSliceReader().then(({ readFilesInSlices }) => readFilesInSlices(files, request, onProgress));
  const reader = createWorkerReader({ createWorker: () => new Worker(new URL('./readFilesWorker.ts', import.meta.url)) as unknown as ReadingWorker });
  return reader(files, request, onProgress);
};
