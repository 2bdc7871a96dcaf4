import type { ReportExcerpt } from '../../document/ReportContent';
import type { ReportTemplate } from '../../template/ReportTemplate';
import { normalizeParagraphs } from '../../text/normalizeText';
import type { WorkbookGrid } from '../WorkbookGrid';
import { continuedUnit } from '../summary/cellPieces';
import { SUMMARY_SHEETS } from '../summary/summarySheets';
import { findSheet } from './readSummaryWorkbook';

/**
 * "Nội dung" read back as written: per section, in the sheet's order, each unit's text whole (a
 * section's heading "II.1. …", then a row per unit: its name, its text; a text longer than a cell
 * goes on over rows marked "tiếp theo", joined back character for character). Null without the sheet.
 */
export function readSummaryTextSections(grid: WorkbookGrid, template: ReportTemplate): Record<string, ReportExcerpt[]> | null {
  const sheet = findSheet(grid, SUMMARY_SHEETS.texts);
  if (!sheet) return null;
  const sections: Record<string, ReportExcerpt[]> = Object.fromEntries(template.sections.map((s) => [s.code, []]));
  const headings = template.sections.map((s) => ({ code: s.code, prefix: `${s.code}. ` }));
  let entries: ReportExcerpt[] | null = null;
  for (const row of sheet.rows) {
    const first = typeof row?.[0] === 'string' ? row[0].trim() : '';
    const second = typeof row?.[1] === 'string' ? row[1] : '';
    if (first === '' && second === '') continue;
    const heading = second === '' ? headings.find((h) => first.startsWith(h.prefix)) : undefined;
    if (heading) {
      entries = sections[heading.code];
      continue;
    }
    if (!entries || first === '' || second === '') continue;
    const last = entries[entries.length - 1];
    if (last && continuedUnit(first) === last.unitName) last.text += second;
    else entries.push({ unitName: first, text: second });
  }
  return sections;
}

/** Each unit's text per section, by the unit's name, tidied (NFC, white space): the previous period's texts for the copy checks. */
export function readSummaryTexts(grid: WorkbookGrid, template: ReportTemplate): Map<string, Record<string, string>> {
  const texts = new Map<string, Record<string, string>>();
  for (const [section, entries] of Object.entries(readSummaryTextSections(grid, template) ?? {})) {
    for (const { unitName = '', text } of entries) texts.set(unitName, { ...(texts.get(unitName) ?? {}), [section]: normalizeParagraphs(text) });
  }
  return texts;
}
