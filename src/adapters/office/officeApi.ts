import type { ExcelRun } from './excelRun';

/** The Office.js entry points the task pane uses, as one object so tests can give a fake. */
export interface OfficeApi {
  run: ExcelRun;
  createWorkbook: (base64: string) => Promise<void>;
  isSetSupported: (name: string, version: string) => boolean;
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;
}

/** The real Office.js entry points, read once the page knows it runs inside Excel. */
export function officeApiFromGlobals(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
  };
}
