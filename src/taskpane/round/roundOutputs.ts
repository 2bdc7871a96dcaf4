import type { RoundResult } from '../../app/round/runRound';
import { compilationFileName, reminderLetterFileName, reportFileName, summaryFileName } from '../../core/round/outputFileNames';
import type { WorkbookHost } from '../host/WorkbookHost';
import { openOrDownload } from '../host/openOrDownload';
import { deliverFile } from '../host/deliverFile';
import { documentPlainText } from '../../core/document/documentPlainText';
import { noticeFromIssue, type NoticeState } from '../components/Notice';
import { loadDocumentWriter, loadWorkbookWriter } from '../loadWriters';

/*
 * The round's outputs as the pane hands them over: the service builds them, the pane writes them
 * (the writers fetched the first time they are needed) and opens, inserts or downloads them.
 */

export type SummaryTarget = 'download' | 'new' | 'insert';

/** The summary into the open workbook (with its charts), as a new workbook, or as a download. */
export async function deliverSummary(result: RoundResult, host: WorkbookHost, where: SummaryTarget): Promise<NoticeState> {
  const spec = result.summary();
  const { excel } = host;
  if (where === 'insert' && excel) {
    const outcome = await excel.insertSheets(spec, 'rename');
    if (!outcome.ok) return noticeFromIssue(outcome.issue);
    const renamed = new Map(spec.sheets.map((s, i) => [s.name, outcome.value.sheetNames[i]]));
    const charts = await excel.addCharts(spec.charts ?? [], renamed);
    const note = [...renamed].some(([a, b]) => a !== b) ? ' Một số trang tính đã có nên bảng tổng hợp được chèn với tên mới, không ghi đè.' : '';
    return charts.ok ? { intent: 'success', text: `Đã chèn bảng tổng hợp và biểu đồ vào sổ làm việc này.${note}` } : noticeFromIssue(charts.issue);
  }
  const fileName = summaryFileName(result.settled.round.period);
  const bytes = await (await loadWorkbookWriter()).writeWorkbook(spec);
  if (where === 'download' || !excel) return deliverFile(host, { fileName, bytes, what: 'Bảng tổng hợp' });
  const outcome = await openOrDownload(host, excel, { fileName, bytes, what: 'Bảng tổng hợp' });
  return outcome.opened ? { intent: 'success', text: 'Đã mở bảng tổng hợp trong một sổ làm việc mới.' } : noticeFromIssue(outcome.issue);
}

/** The Word report to edit, sign and send up, downloaded. */
export async function deliverReport(result: RoundResult, host: WorkbookHost): Promise<NoticeState> {
  const { spec } = result.report();
  const fileName = reportFileName(result.settled.round.period);
  const bytes = await (await loadDocumentWriter()).writeDocumentInChunks(spec);
  return deliverFile(host, { fileName, bytes, what: 'Báo cáo Word', purpose: ': báo cáo Word để sửa, ký và gửi cấp trên', text: () => documentPlainText(spec) });
}

/** The report's companion, every unit's full text by section, downloaded. */
export async function deliverCompilation(result: RoundResult, host: WorkbookHost): Promise<NoticeState> {
  const { spec } = result.compilation();
  const fileName = compilationFileName(result.settled.round.period);
  const bytes = await (await loadDocumentWriter()).writeDocumentInChunks(spec);
  return deliverFile(host, { fileName, bytes, what: 'Bản trích báo cáo các đơn vị', purpose: ': toàn văn báo cáo của các đơn vị theo từng mục, kèm theo báo cáo tổng hợp', text: () => documentPlainText(spec) });
}

/** The letter chasing reports, downloaded. */
export async function deliverLetter(result: RoundResult, host: WorkbookHost): Promise<NoticeState> {
  const spec = result.reminderLetter();
  if (!spec) return { intent: 'info', text: 'Không có đơn vị nào chưa nộp hay có báo cáo còn lỗi: không cần công văn đôn đốc.' };
  const fileName = reminderLetterFileName(result.settled.round.period);
  const bytes = await (await loadDocumentWriter()).writeDocumentInChunks(spec);
  return deliverFile(host, { fileName, bytes, what: 'Công văn đôn đốc', purpose: ': công văn đôn đốc để ký, đóng dấu và gửi các đơn vị', text: () => documentPlainText(spec) });
}
