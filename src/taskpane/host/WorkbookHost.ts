import type { CellAddress, Issue } from '../../core/issues/Issue';
import type { PeriodKind } from '../../core/period/ReportingPeriod';
import type { UnitRegistry } from '../../core/registry/UnitRegistry';
import type { IsoDate } from '../../core/text/calendarDate';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import type { ChartSpec, WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import type { OfficialDocument } from '../../core/workbook/OfficialDocument';

/** Round settings a user fills in the Tổng hợp tab; kept with the document (or the browser). */
export interface RoundSettings {
  kind: PeriodKind;
  year: number;
  deadline: IsoDate;
  body: string;
  registry?: UnitRegistry;
  registrySource?: string;
  /** The round's template ("hn-kl01@2"); the newest of the built-in id when absent. */
  templateKey?: string;
  /** Also accept reports made with older versions of the round's template. */
  acceptOlderVersions?: boolean;
  /** Header and signature of the report sent up (the issuer is the consolidating body). */
  document?: Partial<Pick<OfficialDocument, 'bodyAbove' | 'number' | 'place' | 'recipients' | 'issuerKind' | 'signer' | 'signerName' | 'author'>>;
}

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

/** Everything the task pane needs from where it runs. Components never call Office.js. */
export interface WorkbookHost {
  mode: 'excel' | 'browser';
  excel?: ExcelOperations;
  download(fileName: string, bytes: Uint8Array): void;
  loadSettings(): RoundSettings | null;
  saveSettings(settings: RoundSettings): Promise<void>;
  today(): IsoDate;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
