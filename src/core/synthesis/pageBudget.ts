/*
 * How much a page of the report holds, to share a page budget out between the sections before
 * the document exists: A4, margins 20/20/30/15 mm, Times New Roman 14 pt, line spacing 1.1, 6 pt
 * after each paragraph (Hướng dẫn 36-HD/VPTW). Measured on LibreOffice's PDF of the report.
 */

/** Characters of Vietnamese body text on one line of 165 mm. */
export const CHARS_PER_LINE = 78;
/** Lines of body text on a page, the space after paragraphs counted apart. */
export const LINES_PER_PAGE = 38;
/** The 6 pt after a paragraph, in lines. */
const SPACE_AFTER = 0.35;
/** The body's default length in pages, before the signature. */
export const DEFAULT_BODY_PAGES = 12;
/** The body lengths an officer may ask for: a synthesis below 2 pages says nothing, over 100 is not a report. */
export const BODY_PAGES = { min: 2, max: 100 } as const;

export function isBodyPages(pages: number): boolean {
  return Number.isInteger(pages) && pages >= BODY_PAGES.min && pages <= BODY_PAGES.max;
}

/** The lines a paragraph takes: its first line indented 1 cm (about 6 characters). */
export function paragraphLines(text: string): number {
  return Math.max(1, Math.ceil((text.length + 6) / CHARS_PER_LINE)) + SPACE_AFTER;
}

export const pageLines = (pages: number) => pages * LINES_PER_PAGE;
