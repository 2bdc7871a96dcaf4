import { readWorkbookGrid } from '../../adapters/sheetjs/readWorkbookGrid';
import type { SubmissionInput } from '../../core/consolidation/consolidateReports';
import type { ReportingPeriod } from '../../core/period/ReportingPeriod';
import { createUnitMatcher, type UnitMatcher, type UnitRegistry } from '../../core/registry/UnitRegistry';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { IsoDate } from '../../core/text/calendarDate';
import { checkSubmissionGrid } from '../../core/validation/checkSubmissionGrid';

/** What reading a batch needs: plain data, so it can cross into a Web Worker. */
export interface ReadRequest {
  templates: ReportTemplate[];
  today: IsoDate;
  period?: ReportingPeriod;
  registry?: UnitRegistry;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** The file's last-modified day, when the browser tells it. */
  modifiedOn?: IsoDate;
}

export function createChecker(request: ReadRequest): (file: PickedFile) => SubmissionInput {
  const matcher: UnitMatcher | undefined = request.registry ? createUnitMatcher(request.registry) : undefined;
  const context = { today: request.today, period: request.period, registry: request.registry, matcher };
  return (file) => {
    const read = readWorkbookGrid(file.bytes);
    if (!read.ok) return { fileName: file.name, receivedOn: file.modifiedOn, failure: read.issues };
    const checked = checkSubmissionGrid(read.grid, request.templates, context);
    return 'report' in checked ? { fileName: file.name, receivedOn: file.modifiedOn, report: checked.report } : { fileName: file.name, receivedOn: file.modifiedOn, failure: checked.failure };
  };
}

export type ReadFiles = (files: PickedFile[], request: ReadRequest, onProgress: (done: number, total: number) => void) => Promise<SubmissionInput[]>;

/** Reads on the main thread, one file per slice, yielding between files so the pane stays responsive. */
export const readFilesInSlices: ReadFiles = async (files, request, onProgress) => {
  const check = createChecker(request);
  const out: SubmissionInput[] = [];
  for (let i = 0; i < files.length; i++) {
    out.push(check(files[i]));
    onProgress(i + 1, files.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return out;
};
