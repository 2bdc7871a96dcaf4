import { readWorkbookGrid } from '../../adapters/sheetjs/readWorkbookGrid';
import { readInSlices } from '../../app/reading/readInSlices';
import { browserWordReader } from './browserWordReader';

/** The page's reader where it has no Web Workers: SheetJS on this thread, a file per slice (its own chunk). */
export const readFilesOnPage = readInSlices(readWorkbookGrid, browserWordReader);
