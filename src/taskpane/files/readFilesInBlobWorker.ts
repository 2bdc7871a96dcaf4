import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/reading/ReadFiles';
import { createWorkerReader, type ReadingWorker } from './createWorkerReader';

/**
 * The single-file page's reader: a page opened from file:// cannot start new Worker('x.js') nor a
 * module worker, but it can start a classic worker from a blob: URL. The worker's code travels in
 * the page as a string; one blob URL serves every worker the reader starts.
 */
export function readFilesInBlobWorker(workerSource: string): ReadFiles<PickedFile> {
  let url: string | undefined;
  const createWorker = () => {
    url ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    return new Worker(url) as unknown as ReadingWorker;
  };
  return (files, request, onProgress) => createWorkerReader({ createWorker })(files, request, onProgress);
}
