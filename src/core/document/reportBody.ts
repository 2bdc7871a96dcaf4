import type { SectionDef, ReportTemplate } from '../template/ReportTemplate';
import { formatDate } from '../text/calendarDate';
import { reportSubject, type OfficialDocument } from '../workbook/OfficialDocument';
import { describeComparisonBasis, describeSectionFigures, describeSubmissions } from './describeFigures';
import { paragraph, type DocumentBlock, type ParagraphSpec } from './DocumentSpec';
import type { ReportContent } from './ReportContent';
import type { SynthesizedParagraph } from '../synthesis/synthesizeSections';

/** Who the comments on the synthesis are from, in Word's margin. */
export const SOURCES_AUTHOR = 'Tổng hợp báo cáo';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/**
 * The opening an officer writes: what the report implements, who reported (units whose reports
 * are not counted named once, here), what the comparison is made over, the units' general figures.
 */
export function openingParagraphs(c: ReportContent, doc: OfficialDocument): string[] {
  const subject = reportSubject(doc, c.template, c.period);
  const basis = c.template.basis.replace(/[.\s]+$/, '');
  const issuer = doc.issuer === doc.issuer.toLocaleUpperCase('vi') ? doc.issuer.charAt(0) + doc.issuer.slice(1).toLocaleLowerCase('vi') : doc.issuer;
  const out = [`Thực hiện ${basis}, ${issuer} báo cáo ${lowerFirst(subject.replace(/^báo cáo\s+/i, ''))} như sau:`, describeSubmissions(c, formatDate(doc.date))];
  const basisOfComparison = describeComparisonBasis(c.comparison);
  if (basisOfComparison) out.push(basisOfComparison);
  out.push(...describeSectionFigures(c, 'context', 'Về tình hình chung của các đơn vị đã báo cáo'));
  return out;
}

/** Each section with the headings printed before it: its group's (for a group's first section) and its own. */
export function sectionHeadings(template: ReportTemplate): { section: SectionDef; headings: { text: string; level: 1 | 2 }[] }[] {
  const shown = new Set<string>();
  return template.sections.map((section) => {
    const headings: { text: string; level: 1 | 2 }[] = [];
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    if (group && !shown.has(group.code)) {
      shown.add(group.code);
      headings.push({ text: `${group.code}. ${group.title.toUpperCase()}`, level: 1 });
    }
    const number = group ? section.code.slice(group.code.length + 1) : section.code;
    headings.push(group ? { text: `${number}. ${section.title}`, level: 2 } : { text: `${number}. ${section.title.toUpperCase()}`, level: 1 });
    return { section, headings };
  });
}

/** "Nguồn: Đảng ủy xã An Lão, mục II.2; Đảng ủy phường Lê Chân, mục II.2". */
export function describeSources(sources: readonly string[], sectionCode: string): string {
  return `Nguồn: ${sources.map((unit) => `${unit}, mục ${sectionCode}`).join('; ')}`;
}

function heading(text: string, level: 1 | 2): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spaceBeforePt: 6, keepWithNext: true, heading: level });
}

/** The body between the summary line and the signature. */
export function reportBodyBlocks(c: ReportContent, doc: OfficialDocument, synthesis: Record<string, SynthesizedParagraph[]>): DocumentBlock[] {
  const body: DocumentBlock[] = [];
  openingParagraphs(c, doc).forEach((text, i) => body.push(paragraph(text, i === 0 ? { spaceBeforePt: 12 } : {})));
  for (const { section, headings } of sectionHeadings(c.template)) {
    for (const h of headings) body.push(heading(h.text, h.level));
    for (const text of describeSectionFigures(c, section.code)) body.push(paragraph(text));
    const paragraphs = synthesis[section.code] ?? [];
    for (const p of paragraphs) {
      const comment = p.sources.length > 0 ? { author: SOURCES_AUTHOR, date: doc.date, text: describeSources(p.sources, section.code) } : undefined;
      body.push(paragraph(p.text, comment ? { comment } : {}));
    }
    if (paragraphs.length === 0) body.push(paragraph([{ text: 'Chưa có đơn vị nào báo cáo nội dung mục này.', italic: true }]));
  }
  return body;
}
