import type { CellAddress, Issue } from '../../core/issues/Issue';
import type { SavedRoundSettings, SavedSettings } from '../../core/round/SavedRoundSettings';
import type { IsoDate } from '../../core/text/calendarDate';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import type { ChartSpec, WorkbookSpec } from '../../core/workbook/WorkbookSpec';

export type { SavedRoundSettings, SavedSettings } from '../../core/round/SavedRoundSettings';

/** What an operation on the workbook answers: a value, or the problem as an issue to show. */
export type HostOutcome<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** What the live workbook can do; absent in a plain browser. */
export interface ExcelOperations {
  /** Adds the spec's sheets to the open workbook; never replaces an existing sheet. */
  insertSheets(spec: WorkbookSpec, onExistingSheet: 'refuse' | 'rename'): Promise<HostOutcome<{ inserted: boolean; existing: string[]; sheetNames: string[] }>>;
  openAsNewWorkbook(bytes: Uint8Array): Promise<HostOutcome<void>>;
  readOpenWorkbook(): Promise<HostOutcome<WorkbookGrid>>;
  selectCell(cell: CellAddress): Promise<HostOutcome<void>>;
  addCharts(charts: ChartSpec[], sheetNames: Map<string, string>): Promise<HostOutcome<number>>;
}

/** Where downloads from the pane end up: they work, the host blocks them, or no one can tell. */
export type DownloadSupport = 'works' | 'blocked' | 'unsure';

/** Everything the task pane needs from where it runs. Components never call Office.js. */
export interface WorkbookHost {
  mode: 'excel' | 'browser';
  excel?: ExcelOperations;
  download(fileName: string, bytes: Uint8Array): void;
  /** What download() achieves here (default 'works'); deliverFile.ts falls back where it does not. */
  downloadSupport?: DownloadSupport;
  /** What was saved, checked; a value that does not check out comes back as an issue, not as settings. */
  loadSettings(): SavedSettings;
  saveSettings(settings: SavedRoundSettings): Promise<HostOutcome<void>>;
  today(): IsoDate;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
