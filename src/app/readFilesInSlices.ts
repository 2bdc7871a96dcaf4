import type { SubmissionInput } from '../core/consolidation/Consolidation';
import { readWorkbookGrid } from '../adapters/sheetjs/readWorkbookGrid';
import { createChecker, type PickedFile, type ReadRequest } from './checkFileBytes';

export type ReadFiles = (files: PickedFile[], request: ReadRequest, onProgress: (done: number, total: number) => void) => Promise<SubmissionInput[]>;

/** Reads on the main thread, one file per slice, yielding between files so the pane stays responsive. */
export const readFilesInSlices: ReadFiles = async (files, request, onProgress) => {
  const check = createChecker(request, readWorkbookGrid);
  const out: SubmissionInput[] = [];
  for (let i = 0; i < files.length; i++) {
    out.push(check(files[i]));
    onProgress(i + 1, files.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return out;
};
