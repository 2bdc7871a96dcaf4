import type { GridReadResult, SheetSelector } from '../adapters/GridReadResult';
import type { SubmissionInput } from '../core/consolidation/Consolidation';
import type { ReportingPeriod } from '../core/period/ReportingPeriod';
import { createUnitMatcher, type UnitMatcher, type UnitRegistry } from '../core/registry/UnitRegistry';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { IsoDate } from '../core/text/calendarDate';
import type { IsoInstant } from '../core/text/instant';
import { checkSubmissionGrid, type GridCheckResult } from '../core/validation/checkSubmissionGrid';
import type { ValidationContext } from '../core/validation/validateSubmission';
import { chooseSheetsToRead, mightNeedOtherSheets } from '../core/workbook/extractSubmission';
import type { WordDocument } from '../core/wordReport/WordDocument';
import { wordInput } from './reading/wordSubmission';

/** What reading a batch needs: plain data, so it can cross into a Web Worker. */
export interface ReadRequest {
  templates: ReportTemplate[];
  today: IsoDate;
  period?: ReportingPeriod;
  registry?: UnitRegistry;
  /** false reads every file with SheetJS alone: the reference the fast path is compared against. */
  fast?: boolean;
  /** The round's template: what a Word report, which names none, is read against (else the first known). */
  template?: ReportTemplate;
  /** Content keys of the Word reports the office decided on: their readings are kept, for the decisions to apply. */
  decidedWord?: string[];
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** The file's last-modified day, and instant, when the disk or the browser tells it. */
  modifiedOn?: IsoDate;
  modifiedAt?: IsoInstant;
}

/**
 * Reads a spreadsheet file into a grid: readWorkbookGrid, or in a Node thread the fast path first
 * and SheetJS loaded only for a file it hands over. Given by the caller, so this module loads no
 * spreadsheet library of its own.
 */
export type GridReader = (bytes: Uint8Array, options?: { selectSheets?: SheetSelector; fast?: boolean }) => GridReadResult;

/**
 * Reads a file and checks it. Only the sheets holding inputs are parsed; if that finds less than
 * the template needs (a name lost, a sheet renamed), the whole file is read again.
 */
export function checkFileBytes(read: GridReader, bytes: Uint8Array, templates: readonly ReportTemplate[], context: ValidationContext, options: { fast?: boolean } = {}): GridCheckResult {
  const partial = read(bytes, { selectSheets: chooseSheetsToRead, fast: options.fast });
  if (!partial.ok) return { failure: partial.issues };
  const checked = checkSubmissionGrid(partial.grid, templates, context);
  const issues = 'report' in checked ? checked.report.issues : checked.failure;
  if (!partial.partial || !mightNeedOtherSheets(issues)) return checked;
  const full = read(bytes);
  return full.ok ? checkSubmissionGrid(full.grid, templates, context) : { failure: full.issues };
}

/** A door's Word reader: which files are Word reports (by their content), and reading one. */
export interface WordFileReader {
  recognises(bytes: Uint8Array, name: string): boolean;
  read(bytes: Uint8Array, name: string): Promise<{ ok: true; document: WordDocument } | { ok: false; reason: string }>;
}

/** Checks each file a door reads: a Word report through the Word reader, anything else as a workbook. */
export function createChecker(request: ReadRequest, read: GridReader, word?: WordFileReader): (file: PickedFile) => Promise<SubmissionInput> {
  const matcher: UnitMatcher | undefined = request.registry ? createUnitMatcher(request.registry) : undefined;
  const context = { today: request.today, period: request.period, registry: request.registry, matcher };
  const workbook = createWorkbookChecker(request, read, context);
  const template = request.template ?? request.templates[0];
  return async (file) => {
    if (word && template && word.recognises(file.bytes, file.name)) return wordInput(file, await word.read(file.bytes, file.name), template, context, request.decidedWord);
    return workbook(file);
  };
}

function createWorkbookChecker(request: ReadRequest, read: GridReader, context: ValidationContext): (file: PickedFile) => SubmissionInput {
  return (file) => {
    const checked = checkFileBytes(read, file.bytes, request.templates, context, { fast: request.fast });
    const received = { fileName: file.name, receivedOn: file.modifiedOn, receivedAt: file.modifiedAt };
    return 'report' in checked ? { ...received, report: checked.report } : { ...received, failure: checked.failure };
  };
}
