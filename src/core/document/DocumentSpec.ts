/**
 * A Word document described without any library: what the core builds and the docx adapter
 * renders, as the sheet spec is for workbooks. Lengths are in millimetres and points, the units
 * Hướng dẫn 36-HD/VPTW uses.
 */
export interface DocumentSpec {
  title: string;
  creator: string;
  font: { name: string; sizePt: number };
  /** How a paragraph looks unless it says otherwise (the body text); one style, not thousands of copies. */
  paragraphDefaults: Omit<ParagraphSpec, 'kind' | 'runs'>;
  /** Page margins in millimetres, for every section. */
  margins: { top: number; bottom: number; left: number; right: number };
  sections: DocumentSection[];
}

export interface DocumentSection {
  orientation: 'portrait' | 'landscape';
  /** Page numbers at the top centre, on every page but the section's first when `skipFirst`. */
  pageNumbers?: { skipFirst: boolean };
  blocks: DocumentBlock[];
}

export type DocumentBlock = ParagraphSpec | TableSpec;

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
}

export interface ParagraphSpec {
  kind: 'paragraph';
  runs: RunSpec[];
  align?: 'left' | 'center' | 'right' | 'justify';
  firstLineIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Multiple of single line spacing (1.0–1.15 in Party documents). */
  lineSpacing?: number;
  /** Kept on the same page as the next paragraph (headings). */
  keepWithNext?: boolean;
  /** A heading level, so Word's navigation pane lists the sections (and, in the compilation, the units). */
  heading?: 1 | 2 | 3;
  /** A reviewer's comment on the whole paragraph (its sources): seen in Word's margin, never printed. */
  comment?: CommentSpec;
}

export interface CommentSpec {
  author: string;
  /** The comment's date, the document's own: the same round writes the same file. */
  date: string;
  text: string;
}

export interface TableCellSpec {
  paragraphs: ParagraphSpec[];
  columnSpan?: number;
  /** Fill colour as RRGGBB. */
  shade?: string;
}

export interface TableSpec {
  kind: 'table';
  /** Relative widths of the columns; the table spans the text width. */
  columnWidths: number[];
  borders: boolean;
  rows: { cells: TableCellSpec[]; header?: boolean }[];
}

export function paragraph(text: string | RunSpec[], options: Omit<ParagraphSpec, 'kind' | 'runs'> = {}): ParagraphSpec {
  return { kind: 'paragraph', runs: typeof text === 'string' ? [{ text }] : text, ...options };
}
