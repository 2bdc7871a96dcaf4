import { signatureLines, type OfficialDocument } from '../workbook/OfficialDocument';
import { headerNames, numberLine, placeDateLine } from '../workbook/officialHeader';
import { paragraph, type DocumentSpec, type ParagraphSpec, type TableCellSpec, type TableSpec } from './DocumentSpec';

/*
 * The parts every Party document of the office shares (Hướng dẫn 36-HD/VPTW): the page, the
 * body text, the header and the signature block. The report and the letter chasing reports
 * are built from these.
 */

/** A4 pages, margins 20/20/30/15 mm, Times New Roman 14 pt. */
export const PARTY_DOCUMENT_PAGE: Pick<DocumentSpec, 'font' | 'margins'> = {
  font: { name: 'Times New Roman', sizePt: 14 },
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
};

/** Body text: justified, first line indented 1 cm, 6 pt after, line spacing 1.1. */
export const BODY: Omit<ParagraphSpec, 'kind' | 'runs'> = { align: 'justify', firstLineIndentMm: 10, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.1 };

/** Not body text: no first-line indent, no space after. */
export const PLAIN: Omit<ParagraphSpec, 'kind' | 'runs'> = { firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 };

export const centered = (text: string, run: { bold?: boolean; italic?: boolean; sizePt?: number } = {}) => paragraph([{ text, ...run }], { ...PLAIN, align: 'center' });

export const cell = (text: string, options: { bold?: boolean; align?: ParagraphSpec['align']; shade?: string; sizePt?: number } = {}): TableCellSpec => ({
  paragraphs: [paragraph([{ text, bold: options.bold, sizePt: options.sizePt ?? 11 }], { ...PLAIN, align: options.align ?? 'left' })],
  ...(options.shade ? { shade: options.shade } : {}),
});

/**
 * Characters of the header's left column: half of the 165 mm text width less the cell's margins
 * (about 79 mm), at about 3 mm a capital of Times New Roman 14 pt bold.
 */
export const HEADER_LEFT_CHARS = 26;

/**
 * Borderless, two halves: the committee and the issuing body on the left, their names broken
 * between words into centred lines (HD 36: "BAN TUYÊN GIÁO VÀ DÂN VẬN" / "TỈNH ỦY"), the Party's
 * name and the place and date on the right. A letter (công văn) carries its summary line
 * ("V/v …") under its number.
 */
export function headerTable(doc: OfficialDocument, options: { type?: 'BC' | 'CV'; letterSubject?: string } = {}): TableSpec {
  const names = headerNames(doc, HEADER_LEFT_CHARS);
  const left: ParagraphSpec[] = [
    ...names.above.map((line) => centered(line)),
    ...names.issuer.map((line) => centered(line, { bold: true })),
    centered('*'),
    centered(numberLine(doc, options.type ?? 'BC')),
    ...(options.letterSubject ? [centered(options.letterSubject, { italic: true, sizePt: 12 })] : []),
  ];
  const right: ParagraphSpec[] = [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, sizePt: 15 }), centered('――――――――――――', { sizePt: 11 }), centered(placeDateLine(doc), { italic: true })];
  return { kind: 'table', columnWidths: [50, 50], borders: false, rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }] };
}

/** Nơi nhận bottom left (12 pt), the signature bottom right by kind of body. */
export function signatureTable(doc: OfficialDocument): TableSpec {
  const recipients = doc.recipients.map((r, i) => paragraph([{ text: `- ${r.replace(/[,.]$/, '')}${i === doc.recipients.length - 1 ? '.' : ','}`, sizePt: 12 }], { ...PLAIN, align: 'left' }));
  const left = [paragraph([{ text: 'Nơi nhận:', bold: true, italic: true, underline: true, sizePt: 12 }], { ...PLAIN, align: 'left' }), ...recipients];
  const right = [...signatureLines(doc).map((line) => centered(line, { bold: true })), centered(''), centered(''), centered(''), centered(doc.signerName ?? '', { bold: true })];
  return { kind: 'table', columnWidths: [50, 50], borders: false, rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }] };
}
