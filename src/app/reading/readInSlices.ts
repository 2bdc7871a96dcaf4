import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { createChecker, type GridReader, type PickedFile, type WordFileReader } from '../checkFileBytes';
import type { ReadFiles } from './ReadFiles';

/**
 * Reads on the page's own thread, where it has no Web Workers: one file per slice, yielding
 * between files so the pane stays responsive. The grid reader is the caller's (SheetJS on a page).
 */
export function readInSlices(read: GridReader, word?: WordFileReader): ReadFiles<PickedFile> {
  return async (files, request, onProgress) => {
    const check = createChecker(request, read, word);
    const out: SubmissionInput[] = [];
    for (let i = 0; i < files.length; i++) {
      out.push(await check(files[i]));
      onProgress(i + 1, files.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return out;
  };
}
