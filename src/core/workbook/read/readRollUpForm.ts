import type { ReportTemplate } from '../../template/ReportTemplate';
import { parseDateLike, type IsoDate } from '../../text/calendarDate';
import { normalizeParagraphs, normalizeText } from '../../text/normalizeText';
import type { SynthesizedParagraph } from '../../synthesis/synthesizeSections';
import { ROLLUP_FORM_CELLS as F, ROLLUP_SHEETS, parseSources } from '../rollUpLayout';
import { PLACE_ROOM, isNumberPlaceholder } from '../officialHeader';
import { cellText, type GridSheet, type WorkbookGrid } from '../WorkbookGrid';

/** The "Báo cáo tổng hợp" sheet as the officer left it: the header, each section's paragraphs, recipients and signature. */
export interface RollUpForm {
  bodyAbove: string;
  issuer: string;
  number: string;
  place: string;
  /** Null when the place-and-date line does not read as "…, ngày 05 tháng 02 năm 2026". */
  date: IsoDate | null;
  placeDateText: string;
  subject: string;
  /** Each section's paragraphs, a row each, with the units written beside it. */
  paragraphs: Record<string, SynthesizedParagraph[]>;
  recipients: string[];
  signatureLines: string[];
  signerName: string;
}

const textAt = (sheet: GridSheet, row: number, col: number): string => cellText(sheet.rows[row]?.[col]);

/** "Hà Nội, ngày 05 tháng 02 năm 2026" → place and date. */
export function parsePlaceDate(text: string): { place: string; date: IsoDate | null } {
  const m = /^(?:(.*?),\s*)?(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*\.?$/i.exec(text.trim());
  if (!m) return { place: '', date: null };
  const place = (m[1] ?? '').trim();
  return { place: place === PLACE_ROOM ? '' : place, date: parseDateLike(m[2]) };
}

/**
 * Reads the roll-up form. Rows are found by what they hold, not by number: the title "BÁO CÁO",
 * each section's hidden code in column A, the "Nơi nhận:" label; so paragraphs the officer added
 * or deleted are read as they are. Null when the sheet is not there.
 */
export function readRollUpForm(grid: WorkbookGrid, template: ReportTemplate): RollUpForm | null {
  const sheet = grid.sheets.find((s) => s.name === ROLLUP_SHEETS.form);
  if (!sheet) return null;
  const at = (cell: { row: number; col: number }) => textAt(sheet, cell.row, cell.col);
  const number = at(F.number);
  const placeDateText = at(F.placeDate);
  const { place, date } = parsePlaceDate(placeDateText);
  const titleRow = sheet.rows.findIndex((r, i) => i > F.placeDate.row && textAt(sheet, i, F.textCol) === F.title);
  const subject = titleRow >= 0 ? textAt(sheet, titleRow + 1, F.textCol) : '';

  const paragraphs: Record<string, SynthesizedParagraph[]> = {};
  let start = titleRow >= 0 ? titleRow + 2 : F.placeDate.row + 1;
  const groupsShown = new Set<string>();
  for (const section of template.sections) {
    const codeRow = sheet.rows.findIndex((r, i) => i >= start && textAt(sheet, i, F.codeCol) === section.code);
    if (codeRow < 0) continue;
    // The rule under the subject, blank rows, then the group's heading (first section of a group) and the section's.
    let headings = section.group && !groupsShown.has(section.group) ? 2 : 1;
    if (section.group) groupsShown.add(section.group);
    const own: SynthesizedParagraph[] = [];
    for (let r = start; r < codeRow; r++) {
      const value = sheet.rows[r]?.[F.textCol];
      // A paragraph keeps its line breaks; headers and labels are one line.
      const text = typeof value === 'string' ? normalizeParagraphs(value) : textAt(sheet, r, F.textCol);
      if (headings > 0) {
        if (text !== '' && text !== '-----') headings--;
        continue;
      }
      if (text === '') continue;
      // A paragraph the officer broke with Alt+Enter is several; the units stay with the first.
      text.split('\n').forEach((line, i) => own.push({ text: line, sources: i === 0 ? parseSources(textAt(sheet, r, F.sourcesCol)) : [] }));
    }
    paragraphs[section.code] = own;
    start = codeRow + 1;
  }

  const labelRow = sheet.rows.findIndex((r, i) => i >= start && textAt(sheet, i, F.textCol) === F.recipientsLabel);
  const recipients: string[] = [];
  const signature: string[] = [];
  let signerName = '';
  if (labelRow >= 0) {
    for (let r = labelRow + 1; textAt(sheet, r, F.textCol) !== ''; r++) recipients.push(textAt(sheet, r, F.textCol).replace(/^[-–•]\s*/, '').replace(/[,.;]$/, ''));
    // The titles in one run of rows from the label's; after the space left for signing, the name.
    let r = labelRow;
    for (; textAt(sheet, r, F.signatureCol) !== ''; r++) signature.push(textAt(sheet, r, F.signatureCol));
    for (const end = r + 8; r < end && !signerName; r++) signerName = textAt(sheet, r, F.signatureCol);
  }
  return {
    // The names are broken into lines to fit the column: read as one line each.
    bodyAbove: normalizeText(at(F.bodyAbove)),
    issuer: normalizeText(at(F.issuer)),
    number: isNumberPlaceholder(number) ? '' : number.replace(/^Số:?\s*/, ''),
    place,
    date,
    placeDateText,
    subject,
    paragraphs,
    recipients,
    signatureLines: signature,
    signerName,
  };
}
