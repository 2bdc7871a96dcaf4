import type { Issue } from '../core/issues/Issue';
import type { WorkbookGrid } from '../core/workbook/WorkbookGrid';

/*
 * What reading a spreadsheet gives, whichever reader did it: the fast path (xlsxFast, no
 * library) or SheetJS. Here, so that neither reader imports the other for its types.
 */

/** `partial`: only the sheets the selector chose were read. */
export type GridReadResult = { ok: true; grid: WorkbookGrid; format: string; partial: boolean } | { ok: false; issues: Issue[] };

/** Given the sheet names and defined names, the sheets worth parsing, or null for all of them. */
export type SheetSelector = (sheetNames: string[], names: { name: string; sheet: string }[]) => string[] | null;
