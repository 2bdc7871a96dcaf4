import type { ReportTemplate } from '../../template/ReportTemplate';
import { normalizeParagraphs } from '../../text/normalizeText';
import type { WorkbookGrid } from '../WorkbookGrid';
import { SUMMARY_SHEETS } from '../summary/summarySheets';
import { findSheet } from './readSummaryWorkbook';

/**
 * "Nội dung" read back: each unit's text per section, by the unit's name as the sheet writes it
 * (a section's heading "II.1. …", then a row per unit: its name, its text).
 */
export function readSummaryTexts(grid: WorkbookGrid, template: ReportTemplate): Map<string, Record<string, string>> {
  const texts = new Map<string, Record<string, string>>();
  const sheet = findSheet(grid, SUMMARY_SHEETS.texts);
  if (!sheet) return texts;
  const headings = template.sections.map((s) => ({ code: s.code, prefix: `${s.code}. ` }));
  let section: string | null = null;
  for (const row of sheet.rows) {
    const first = typeof row?.[0] === 'string' ? row[0].trim() : '';
    const second = typeof row?.[1] === 'string' ? row[1] : '';
    if (first === '' && second === '') continue;
    const heading = second === '' ? headings.find((h) => first.startsWith(h.prefix)) : undefined;
    if (heading) {
      section = heading.code;
      continue;
    }
    if (section && first !== '' && second !== '') texts.set(first, { ...(texts.get(first) ?? {}), [section]: normalizeParagraphs(second) });
  }
  return texts;
}
