import { compareWithPrevious } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/Consolidation';
import { reportSubject, type OfficialDocument } from '../workbook/OfficialDocument';
import { reportBodyBlocks } from './reportBody';
import { synthesizeContent } from './synthesizeContent';
import { reportContentOf, type ReportContent } from './ReportContent';
import type { DocumentBlock, DocumentSection, DocumentSpec } from './DocumentSpec';
import { BODY, PARTY_DOCUMENT_PAGE, centered, headerTable, signatureTable } from './partyDocumentBlocks';
import { figuresAppendix, nominationsAppendix, statusAppendix } from './reportAppendices';

export interface ReportDocumentOptions {
  document: OfficialDocument;
  /** Pages of body the synthesis is written for (12 when absent). */
  pages?: number;
}

/**
 * The report both doors write: the comparison with the previous period decided once, and the
 * synthesis made unless the content already has it (rebuilt from a summary the officer edited).
 */
export function prepareReportDocument(c: Consolidation | ReportContent, options: { document: OfficialDocument; pages?: number }): { spec: DocumentSpec; content: ReportContent } {
  const content = 'round' in c ? reportContentOf(c, compareWithPrevious(c)) : c;
  const withSynthesis = { ...content, synthesis: content.synthesis ?? synthesizeContent(content, options).sections };
  return { spec: buildReportDocument(withSynthesis, options), content: withSynthesis };
}

/**
 * The report the office sends up, as a Word document: the header of a Party document, BÁO CÁO
 * and its summary line, then for each section of the đề cương the figures written as sentences
 * and the synthesis of the units' texts (each paragraph with its sources), the recipients and
 * the signature; three appendices on landscape pages (figures, nominations, submissions).
 */
export function buildReportDocument(c: ReportContent, options: ReportDocumentOptions): DocumentSpec {
  const doc = options.document;
  const { template, period } = c;
  const subject = reportSubject(doc, template, period);
  const body: DocumentBlock[] = [headerTable(doc), centered('BÁO CÁO', { bold: true, sizePt: 16 }), centered(subject, { bold: true, sizePt: 14 }), centered('-----', { sizePt: 14 })];
  body.push(...reportBodyBlocks(c, doc, c.synthesis ?? synthesizeContent(c, { document: doc, pages: options.pages }).sections));
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

