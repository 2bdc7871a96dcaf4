import { pageLines, paragraphLines, DEFAULT_BODY_PAGES } from '../synthesis/pageBudget';
import { synthesizeSections, type Synthesis } from '../synthesis/synthesizeSections';
import type { OfficialDocument } from '../workbook/OfficialDocument';
import { openingParagraphs, sectionHeadings } from './reportBody';
import { describeSectionFigures } from './describeFigures';
import type { ReportContent } from './ReportContent';

/** Lines of the first page above the opening: the header, BÁO CÁO, the summary line and the rule. */
const HEADER_LINES = 11;

/**
 * The synthesis of a report's sections within its page budget: the lines the body's own parts
 * take (header, opening, headings, figures) are counted first, the rest is the units' texts'.
 */
export function synthesizeContent(content: ReportContent, options: { document: OfficialDocument; pages?: number }): Synthesis {
  const pages = options.pages ?? DEFAULT_BODY_PAGES;
  let fixed = HEADER_LINES;
  for (const text of openingParagraphs(content, options.document)) fixed += paragraphLines(text);
  for (const { section, headings } of sectionHeadings(content.template)) {
    for (const h of headings) fixed += paragraphLines(h.text);
    for (const text of describeSectionFigures(content, section.code)) fixed += paragraphLines(text);
  }
  return synthesizeSections({
    template: content.template,
    period: content.period,
    sections: Object.fromEntries(Object.entries(content.sections).map(([code, list]) => [code, list.filter((e) => e.unitName).map((e) => ({ unitName: e.unitName as string, text: e.text }))])),
    unitOrder: content.status.map((s) => s.name),
    budgetLines: Math.max(0, pageLines(pages) - fixed),
  });
}
