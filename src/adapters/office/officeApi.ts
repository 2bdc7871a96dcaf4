import type { ExcelRun } from './excelRun';

/** The Office.js entry points the task pane uses, as one object so tests can give a fake. */
export interface OfficeApi {
  run: ExcelRun;
  createWorkbook: (base64: string) => Promise<void>;
  isSetSupported: (name: string, version: string) => boolean;
  /** Office.context.platform: 'OfficeOnline' for Excel on the web, whose requests stop at 5 MB. */
  platform: string;
  settings: {
    get(key: string): unknown;
    set(key: string, value: unknown): void;
    /** Saves the document's settings; null when saved, else Excel's reason. */
    save(): Promise<string | null>;
  };
}

/** The real Office.js entry points, read once the page knows it runs inside Excel. */
export function officeApiFromGlobals(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    platform: String(Office.context.platform),
    settings: {
      get: (key) => Office.context.document.settings.get(key),
      set: (key, value) => Office.context.document.settings.set(key, value),
      save: () =>
        new Promise((resolve) =>
          Office.context.document.settings.saveAsync((result) => resolve(result.status === Office.AsyncResultStatus.Failed ? (result.error?.message ?? 'Excel không cho biết lý do') : null)),
        ),
    },
  };
}
