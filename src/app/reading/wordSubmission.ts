import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { makeIssue } from '../../core/issues/Issue';
import { defaultDataRange } from '../../core/period/ReportingPeriod';
import { contentKey } from '../../core/text/contentKey';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { CheckedReport } from '../../core/validation/CheckedReport';
import { validateSubmission, type ValidationContext } from '../../core/validation/validateSubmission';
import type { ExtractedSubmission, FoundValue } from '../../core/workbook/extractSubmission';
import { decisionsOf, readWordReport, textsByCode, type WordReading } from '../../core/wordReport/readWordReport';
import type { WordDocument } from '../../core/wordReport/WordDocument';
import type { IsoDate } from '../../core/text/calendarDate';
import type { IsoInstant } from '../../core/text/instant';

/*
 * A unit's Word report as a submission: read onto the đề cương, then checked exactly as a
 * workbook is (the same rules, the same messages), with where each part was found. A report with
 * something to decide is received but waits for the officer ("Chờ xác nhận").
 */

/** Where in the Word report a field was read, said instead of a cell. */
const WORD_SHEET = 'Báo cáo Word';
const at = (where: string): FoundValue['cell'] => ({ sheet: WORD_SHEET, row: 0, col: 0, word: where });

export function extractFromWord(reading: WordReading, template: ReportTemplate): ExtractedSubmission {
  const { header } = reading;
  const metadata: Record<string, FoundValue> = {};
  const put = (code: string, raw: FoundValue['raw'], where: string) => {
    if (raw !== null && raw !== undefined && raw !== '') metadata[code] = { raw, cell: at(where) };
  };
  put('don_vi', header.unit?.name ?? header.unitText ?? null, 'phần đầu văn bản');
  put('so_ky_hieu', header.number ?? null, 'số, ký hiệu');
  put('ngay_bao_cao', header.date ?? null, 'địa danh, ngày tháng');
  put('nguoi_lap', header.signer ?? null, 'người ký');
  if (header.period) {
    put('ky_bao_cao', header.period.kind, `tên báo cáo ("${header.period.text}")`);
    if (header.period.year) {
      put('nam', header.period.year, `tên báo cáo ("${header.period.text}")`);
      if (header.period.kind !== 'custom') {
        const range = defaultDataRange(header.period.kind, header.period.year);
        put('tu_ngay', range.from, 'theo kỳ trong tên báo cáo');
        put('den_ngay', range.to, 'theo kỳ trong tên báo cáo');
      }
    }
  }
  const sections: Record<string, FoundValue> = {};
  for (const [code, { text, heading }] of textsByCode(reading)) sections[code] = { raw: text, cell: at(`mục "${heading}"`) };
  // Every count is looked for: one the report does not state is empty (a required one an error), as in a workbook.
  // Figures proposed from sentences are checked too; the report waits for the officer until they are confirmed.
  const indicators: Record<string, FoundValue> = {};
  for (const i of template.indicators) if (i.aggregation === 'sum') indicators[i.code] = { raw: null, cell: at('không thấy trong báo cáo') };
  for (const f of reading.figures) indicators[f.code] = { raw: f.value, cell: at(f.source === 'bang' ? f.where : `câu "${f.where}"`) };
  const nominations = reading.nominations.map((n) => ({
    loai: { raw: n.kind },
    ...Object.fromEntries(Object.entries(n.values).filter(([code]) => code !== 'loai').map(([code, v]) => [code, { raw: v }])),
  }));
  return { template, metadata, sections, indicators, nominations, date1904: false };
}

export interface WordCheck {
  report: CheckedReport;
  reading: WordReading;
}

/** Reads and checks one Word report against the round's template. */
export function checkWordDocument(document: WordDocument, key: string, template: ReportTemplate, context: ValidationContext, options: { keepReading?: boolean } = {}): WordCheck {
  const reading = readWordReport(document, template, { matcher: context.matcher, periodKind: context.period?.kind });
  return checkWordReading(reading, key, template, context, options);
}

/**
 * Checks a Word report as read (or as the office decided it): the reading is kept with the report
 * when something is left to decide, or when asked (a decision is kept for the file).
 */
export function checkWordReading(reading: WordReading, key: string, template: ReportTemplate, context: ValidationContext, options: { keepReading?: boolean } = {}): WordCheck {
  const report = validateSubmission(extractFromWord(reading, template), context);
  const toDecide = decisionsOf(reading);
  const firstLine = (text: string) => text.split('\n')[0].slice(0, 160);
  report.word = {
    format: reading.format,
    toDecide,
    notes: reading.notes,
    key,
    sections: reading.sections.map((s) => ({ codes: s.codes, heading: s.heading, chars: s.text.length, firstLine: firstLine(s.text), certainty: s.certainty })),
    unplaced: reading.unplaced.map((u) => ({ heading: u.heading, chars: u.paragraphs.join('\n').length, firstLine: firstLine(u.paragraphs.join('\n')), reason: u.reason })),
    figures: reading.figures.map((f) => ({ code: f.code, value: f.value, source: f.source, raw: f.raw, where: f.where, certain: f.certain })),
    ...(toDecide.length > 0 || options.keepReading ? { reading } : {}),
  };
  if (toDecide.length > 0) report.issues.push(makeIssue('WORD_TO_CONFIRM', {}, { count: toDecide.length, first: toDecide[0], key }));
  return { report, reading };
}

/** The submission of a Word file, or why it could not be read. */
export function wordInput(file: { name: string; bytes: Uint8Array; modifiedOn?: IsoDate; modifiedAt?: IsoInstant }, read: { ok: true; document: WordDocument } | { ok: false; reason: string }, template: ReportTemplate, context: ValidationContext, decided: readonly string[] = []): SubmissionInput {
  const received = { fileName: file.name, receivedOn: file.modifiedOn, receivedAt: file.modifiedAt };
  if (!read.ok) return { ...received, failure: [makeIssue('WORD_UNREADABLE', {}, { reason: read.reason })] };
  if (!read.document.blocks.some((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join('')).trim() !== '')) {
    return { ...received, failure: [makeIssue('WORD_UNREADABLE', {}, { reason: 'tài liệu Word trống, không có chữ nào. Đề nghị đơn vị gửi lại đúng tệp báo cáo.' })] };
  }
  const key = contentKey(file.bytes);
  return { ...received, report: checkWordDocument(read.document, key, template, context, { keepReading: decided.includes(key) }).report };
}
