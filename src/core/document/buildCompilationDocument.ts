import type { Consolidation } from '../consolidation/Consolidation';
import { labelPeriod } from '../period/ReportingPeriod';
import { reportSubject, type OfficialDocument } from '../workbook/OfficialDocument';
import { cleanExcerpt } from './cleanExcerpt';
import { paragraph, type DocumentBlock, type DocumentSpec, type ParagraphSpec } from './DocumentSpec';
import { BODY, PARTY_DOCUMENT_PAGE, centered } from './partyDocumentBlocks';
import type { ReportContent, ReportExcerpt } from './ReportContent';

/** Where a text being cleaned stands in the compilation. */
export interface ExcerptContext {
  sectionCode: string;
  sectionTitle: string;
  unitName?: string;
}

export interface CompilationDocumentOptions {
  /** The report's header: its issuer, date and subject name the companion report. */
  document: OfficialDocument;
  /** A unit's text as paragraphs, cleaned of what was pasted from Word; by default cleanExcerpt, nothing cut. */
  clean?: (text: string, context: ExcerptContext) => string[];
}

/** What the compilation is made of: the round's or the summary's sections of the units' texts. */
export type CompilationContent = Pick<ReportContent, 'template' | 'period' | 'sections'>;

export const NO_TEXT_IN_SECTION = '(Không có đơn vị nào báo cáo nội dung mục này.)';

/**
 * Every unit's text of a round just consolidated, per section in registry order: all of them,
 * those found copied too (the report leaves those out; the compilation is what units sent).
 */
export function compilationContentOf(c: Consolidation): CompilationContent {
  return {
    template: c.round.template,
    period: c.round.period,
    sections: Object.fromEntries(c.sections.map((s) => [s.section, s.entries.map((e): ReportExcerpt => ({ unitName: e.unit.name, text: e.text }))])),
  };
}

/**
 * "Trích báo cáo các đơn vị": the companion of the report, a working document (no number, no
 * signature) holding the full text of every unit's report, section by section of the đề cương,
 * each under the unit's name. Sections and units are headings, so Word's navigation pane lists
 * them; the texts are plain paragraphs, which the chunked writer takes by the ten thousand.
 */
export function buildCompilationDocument(content: CompilationContent, options: CompilationDocumentOptions): DocumentSpec {
  const { template, period } = content;
  const doc = options.document;
  const clean = options.clean ?? cleanExcerpt;
  const subject = reportSubject(doc, template, period);
  const blocks: DocumentBlock[] = [
    centered(doc.issuer.toUpperCase(), { bold: true }),
    centered(''),
    centered('TRÍCH BÁO CÁO CÁC ĐƠN VỊ', { bold: true, sizePt: 16 }),
    centered(labelPeriod(period), { bold: true }),
    centered('-----'),
    paragraph(
      [
        {
          text: `Toàn văn nội dung báo cáo của các đơn vị, xếp theo từng mục của đề cương, như các đơn vị đã gửi (chỉ bỏ những phần thừa dán từ Word sang); là tài liệu kèm theo báo cáo ${subject}.`,
          italic: true,
        },
      ],
      { spaceBeforePt: 12 },
    ),
  ];
  const groupsShown = new Set<string>();
  for (const section of template.sections) {
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    if (group && !groupsShown.has(group.code)) {
      groupsShown.add(group.code);
      blocks.push(heading(`${group.code}. ${group.title.toUpperCase()}`, 1));
    }
    const number = group ? section.code.slice(group.code.length + 1) : section.code;
    blocks.push(heading(group ? `${number}. ${section.title}` : `${number}. ${section.title.toUpperCase()}`, group ? 2 : 1));
    const entries = content.sections[section.code] ?? [];
    for (const { unitName, text } of entries) {
      const lines = clean(text, { sectionCode: section.code, sectionTitle: section.title, unitName });
      if (unitName) blocks.push(unitHeading(unitName, group ? 3 : 2));
      // The texts' paragraphs plain, the body's look from the defaults: the cheap path of the writer.
      for (const line of lines) blocks.push(paragraph(line));
    }
    if (entries.length === 0) blocks.push(paragraph([{ text: NO_TEXT_IN_SECTION, italic: true }]));
  }
  return {
    title: `Trích báo cáo các đơn vị ${labelPeriod(period)}`,
    creator: doc.issuer,
    ...PARTY_DOCUMENT_PAGE,
    paragraphDefaults: BODY,
    sections: [{ orientation: 'portrait', pageNumbers: { skipFirst: true }, blocks }],
  };
}

function heading(text: string, level: 1 | 2): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spaceBeforePt: 12, keepWithNext: true, heading: level });
}

function unitHeading(name: string, level: 2 | 3): ParagraphSpec {
  return paragraph([{ text: name, bold: true }], { firstLineIndentMm: 0, spaceBeforePt: 6, keepWithNext: true, heading: level });
}
