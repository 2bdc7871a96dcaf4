import { makeIssue, type Issue } from '../../core/issues/Issue';
import { formatFileSize } from '../../core/text/formatFileSize';
import type { ExcelOperations, WorkbookHost } from './WorkbookHost';

/** What became of a workbook the user asked to open: opened, downloaded instead (with why), or failed. */
export type OpenedOutcome = { opened: true } | { opened: false; issue: Issue };

/**
 * Opens bytes as a new workbook; when Excel cannot take them in one request (Excel on the web
 * stops at 5 MB) the same file is downloaded instead, so the user still has it, and told why.
 */
export async function openOrDownload(host: Pick<WorkbookHost, 'download'>, excel: ExcelOperations, file: { fileName: string; bytes: Uint8Array; what: string }): Promise<OpenedOutcome> {
  const outcome = await excel.openAsNewWorkbook(file.bytes);
  if (outcome.ok) return { opened: true };
  if (outcome.issue.code !== 'HOST_PAYLOAD_TOO_LARGE') return { opened: false, issue: outcome.issue };
  host.download(file.fileName, file.bytes);
  return { opened: false, issue: makeIssue('HOST_DOWNLOADED_INSTEAD', {}, { what: file.what, size: formatFileSize(file.bytes.length), fileName: file.fileName }) };
}
