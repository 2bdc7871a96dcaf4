import { makeIssue, type Issue } from '../../issues/Issue';
import { defaultDeadline } from '../../period/ReportingPeriod';
import type { ReportTemplate } from '../../template/ReportTemplate';
import { formatDate } from '../../text/calendarDate';
import { checkSubmissionGrid } from '../../validation/checkSubmissionGrid';
import { nominationKind, nominationsOverGuidance } from '../../consolidation/chooseNominations';
import type { ReportContent } from '../../document/ReportContent';
import { ROLLUP_FORM_CELLS, ROLLUP_SHEETS, originOfNote } from '../rollUpLayout';
import type { OfficialDocument } from '../OfficialDocument';
import { SUMMARY_SHEETS } from '../summary/summarySheets';
import type { WorkbookGrid } from '../WorkbookGrid';
import { splitIssuer } from '../officialHeader';
import { foldForMatch } from '../../text/normalizeText';
import { readRollUpForm, type RollUpForm } from './readRollUpForm';
import { readSummaryTextSections } from './readSummaryTexts';
import { formatReportDate, periodOfReport, readSendUpMarks, readSummaryDeadline, readSummaryFigures, readSummaryStatus } from './readSummaryWorkbook';

export type SummaryReadResult =
  | {
      /** Its `sections` are the units' whole texts from "Nội dung", for the compilation. */
      content: ReportContent;
      document: OfficialDocument;
      issues: Issue[];
    }
  | { failure: Issue[] };

const notRecognised = (file: string, what: string): SummaryReadResult => ({ failure: [makeIssue('SUMMARY_NOT_RECOGNISED', {}, { file, what })] });

/**
 * What a summary workbook says, as the officer left it after editing, for the Word report:
 * the header, the sections' synthesis (with the units beside each paragraph) and the recipients from "Báo cáo tổng hợp", every unit's whole
 * text from "Nội dung" (nothing of it lost, for the compilation), the period and the
 * nominations sent up from the roll-up's input sheets, the figures from "Số liệu" (totals as
 * Excel last computed them), the submissions from "Tình hình nộp".
 */
export function readSummaryReport(grid: WorkbookGrid, templates: readonly ReportTemplate[], fileName: string): SummaryReadResult {
  const checked = checkSubmissionGrid(grid, templates, { today: '9999-12-31' });
  if (!('report' in checked)) return { failure: checked.failure };
  const report = checked.report;
  const { template } = report;
  const form = readRollUpForm(grid, template);
  if (!form) return notRecognised(fileName, `trang "${ROLLUP_SHEETS.form}"`);
  const status = readSummaryStatus(grid);
  if (!status) return notRecognised(fileName, `trang "${SUMMARY_SHEETS.status}"`);
  const figures = readSummaryFigures(grid, new Set(template.indicators.map((i) => i.code)));
  if (!figures) return notRecognised(fileName, `trang "${SUMMARY_SHEETS.figures}"`);
  const texts = readSummaryTextSections(grid, template);
  if (!texts) return notRecognised(fileName, `trang "${SUMMARY_SHEETS.texts}"`);
  const period = periodOfReport(report);
  if (!period) return notRecognised(fileName, `kỳ báo cáo ở trang "${ROLLUP_SHEETS.metadata}"`);

  const issues: Issue[] = [];
  // The date printed in the header; when it does not read, the summary's report date.
  const date = form.date ?? report.reportDate ?? period.to;
  if (!form.date) issues.push(makeIssue('SUMMARY_DATE_UNREADABLE', { cell: { sheet: ROLLUP_SHEETS.form, ...ROLLUP_FORM_CELLS.placeDate } }, { sheet: ROLLUP_SHEETS.form, raw: form.placeDateText, date: formatDate(date) }));

  const kindColumn = template.nominations.columns.find((c) => c.code === 'loai');
  const marks = kindColumn ? readSendUpMarks(grid, kindColumn.label) : null;
  for (const over of marks ? nominationsOverGuidance(marks.map((m) => m.kind), template) : []) {
    issues.push(makeIssue('NOMINATIONS_MARKED_OVER', { section: 'nominations' }, { kind: over.kind.toLocaleLowerCase('vi'), expected: over.expected, found: over.found }));
  }
  const counted = figures.rows.filter((r) => r.counted);
  const countedCodes = new Set(counted.map((r) => r.code));
  const reportedBy = Object.fromEntries(template.indicators.filter((i) => i.aggregation === 'sum').map((i) => [i.code, counted.filter((r) => typeof r.values[i.code] === 'number').length]));
  const counts = { on_time: 0, late: 0, missing: 0, invalid: 0, pending: 0 };
  for (const row of status) counts[row.status]++;
  const comparison = figures.comparison
    ? {
        ...figures.comparison,
        change: Object.fromEntries(
          template.indicators.map((i) => {
            const [now, before] = [figures.comparison?.now[i.code], figures.comparison?.before[i.code]];
            return [i.code, typeof now === 'number' && typeof before === 'number' ? Math.round((now - before) * 100) / 100 : null];
          }),
        ),
      }
    : null;

  const content: ReportContent = {
    template,
    period,
    deadline: readSummaryDeadline(grid) ?? defaultDeadline(period),
    counts,
    totals: report.values,
    ratios: report.ratios,
    reportedBy,
    sections: texts,
    invalidUnits: status.filter((r) => r.status === 'invalid' && !countedCodes.has(r.code)).map((r) => r.name),
    unitFigures: counted.map((r) => ({ name: r.name, values: r.values })),
    nominations: report.nominations.map((n) => ({ unitName: originOfNote(n.values['ghi_chu'] ?? '') ?? '', kind: nominationKind({ nomination: n }), values: n.values })),
    status: status.map((r) => ({ name: r.name, status: r.status, statusText: r.statusText, reportDate: formatReportDate(r.reportDate), fileName: r.fileName })),
    comparison,
    synthesis: form.paragraphs,
  };
  const signature = form.signatureLines.join('\n');
  const document: OfficialDocument = {
    bodyAbove: form.bodyAbove,
    issuer: issuerOf(form, report.unitName),
    number: form.number,
    place: form.place,
    date,
    subject: form.subject || undefined,
    recipients: form.recipients,
    issuerKind: signature.includes('BAN THƯỜNG VỤ') ? 'committee' : 'department',
    signer: /K\/T|PHÓ/.test(signature) ? 'deputy' : 'head',
    signerName: form.signerName || undefined,
    signatureLines: form.signatureLines,
  };
  return { content, document, issues };
}

/**
 * The issuer as the metadata sheet names it ("Ban Tuyên giáo và Dân vận Tỉnh ủy", for prose)
 * while the form's header still shows that name; the header's capitals once the officer changed it.
 */
function issuerOf(form: RollUpForm, unitName: string): string {
  if (!form.issuer) return unitName;
  const shown = foldForMatch(form.issuer);
  const named = [unitName, splitIssuer({ bodyAbove: form.bodyAbove, issuer: unitName }).office];
  return named.some((n) => foldForMatch(n) === shown) ? unitName : form.issuer;
}
