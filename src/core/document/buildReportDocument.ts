import { compareWithPrevious } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/Consolidation';
import { formatDate } from '../text/calendarDate';
import { formatVietnameseNumber } from '../text/formatVietnameseNumber';
import { reportSubject, type OfficialDocument } from '../workbook/OfficialDocument';
import { SUMMARY_SHEETS } from '../workbook/summary/summarySheets';
import { cleanExcerpt } from './cleanExcerpt';
import { planExcerpts, type ExcerptPlan } from './planExcerpts';
import { describeComparisonBasis, describeSectionFigures, describeSubmissions } from './describeFigures';
import { reportContentOf, type ReportContent } from './ReportContent';
import { paragraph, type DocumentBlock, type DocumentSection, type DocumentSpec, type ParagraphSpec } from './DocumentSpec';
import { BODY, PARTY_DOCUMENT_PAGE, centered, headerTable, signatureTable } from './partyDocumentBlocks';
import { figuresAppendix, nominationsAppendix, statusAppendix } from './reportAppendices';

export interface ReportDocumentOptions {
  document: OfficialDocument;
  /** Characters kept of each unit's text per section; everything when absent. */
  maxExcerptChars?: number;
}

/**
 * The report both doors write: the comparison with the previous period and the length of the
 * units' texts decided once, here. `plan.issue` says when the texts had to be cut.
 */
export function prepareReportDocument(c: Consolidation | ReportContent, options: { document: OfficialDocument; maxExcerptChars?: number }): { spec: DocumentSpec; plan: ExcerptPlan } {
  const content = 'round' in c ? reportContentOf(c, compareWithPrevious(c)) : c;
  const plan = planExcerpts(content, options.maxExcerptChars);
  return { spec: buildReportDocument(content, { document: options.document, maxExcerptChars: plan.maxExcerptChars }), plan };
}


/**
 * The report the office sends up, as a Word document: the header of a Party document, BÁO CÁO
 * and its summary line, then for each section of the đề cương the figures written as sentences
 * and every unit's text under its name, the recipients and the signature; three appendices on
 * landscape pages (figures, nominations, submissions).
 */
export function buildReportDocument(c: ReportContent, options: ReportDocumentOptions): DocumentSpec {
  const doc = options.document;
  const { template, period } = c;
  const subject = reportSubject(doc, template, period);
  const body: DocumentBlock[] = [headerTable(doc), centered('BÁO CÁO', { bold: true, sizePt: 16 }), centered(subject, { bold: true, sizePt: 14 }), centered('-----', { sizePt: 14 })];
  body.push(paragraph(describeSubmissions(c, formatDate(doc.date)), { spaceBeforePt: 12 }));
  if (options.maxExcerptChars !== undefined) {
    body.push(paragraph([{ text: `(Bản dự thảo: nội dung của mỗi đơn vị trong mỗi mục được trích tối đa ${formatVietnameseNumber(options.maxExcerptChars)} ký tự; toàn văn ở trang "${SUMMARY_SHEETS.texts}" của bảng tổng hợp.)`, italic: true }]));
  }
  const basis = describeComparisonBasis(c.comparison);
  if (basis) body.push(paragraph(basis));
  // The figures about the units themselves (total members…), said before the sections.
  for (const text of describeSectionFigures(c, 'context', 'Về tình hình chung của các đơn vị đã báo cáo')) body.push(paragraph(text));

  const { invalidUnits } = c;
  const groupsShown = new Set<string>();
  for (const section of template.sections) {
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    if (group && !groupsShown.has(group.code)) {
      groupsShown.add(group.code);
      body.push(heading(`${group.code}. ${group.title.toUpperCase()}`, 1));
    }
    const number = group ? section.code.slice(group.code.length + 1) : section.code;
    body.push(heading(group ? `${number}. ${section.title}` : `${number}. ${section.title.toUpperCase()}`, group ? 2 : 1));
    for (const text of describeSectionFigures(c, section.code)) body.push(paragraph(text));
    const entries = c.sections[section.code] ?? [];
    for (const { unitName, text } of entries) {
      // A paragraph a line, the first under the unit's name: a soft return in justified text
      // would stretch the line before it across the page.
      const lines = cleanExcerpt(text, options.maxExcerptChars);
      lines.forEach((line, i) => body.push(paragraph(i === 0 && unitName ? [{ text: `${unitName}: `, bold: true, italic: true }, { text: line }] : line)));
    }
    if (entries.length === 0) body.push(paragraph([{ text: 'Chưa có đơn vị nào báo cáo nội dung mục này.', italic: true }]));
    if (invalidUnits.length > 0) body.push(paragraph([{ text: `Chưa tổng hợp (báo cáo còn lỗi): ${invalidUnits.join(', ')}.`, italic: true }]));
  }
  body.push(signatureTable(doc));

  const sections: DocumentSection[] = [
    { orientation: 'portrait', pageNumbers: { skipFirst: true }, blocks: body },
    { orientation: 'landscape', pageNumbers: { skipFirst: false }, blocks: figuresAppendix(c, doc) },
    { orientation: 'landscape', pageNumbers: { skipFirst: false }, blocks: [...nominationsAppendix(c, doc), ...statusAppendix(c, doc)] },
  ];
  return {
    title: `Báo cáo ${subject}`,
    creator: doc.issuer,
    ...PARTY_DOCUMENT_PAGE,
    paragraphDefaults: BODY,
    sections,
  };
}

function heading(text: string, level: 1 | 2): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spaceBeforePt: 6, keepWithNext: true, heading: level });
}

