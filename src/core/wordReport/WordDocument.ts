// A unit's Word report as Word shows it, whatever file it came in (.docx, old .doc, a web page
// saved as ".doc"): the body's blocks in order, each paragraph with the label Word displays for
// it. The readers in src/adapters/word build it; the mapping onto the đề cương (core) reads only
// this, so it never depends on a file format.

export type WordFormat = 'docx' | 'doc' | 'html';

export type WordAlignment = 'left' | 'center' | 'right' | 'both';

export interface WordParagraph {
  kind: 'paragraph';
  /** The visible text, NFC, tabs kept as "\t", line breaks inside the paragraph as "\n",
   * without the numbering label. */
  text: string;
  /** The label Word shows before the text when the paragraph is numbered automatically
   * ("II.", "1.", "a)", "-"), computed from the numbering definitions; absent when the label is
   * typed in the text or the paragraph is not numbered. */
  label?: string;
  /** Outline level 1–9 from a Heading style or outlineLvl (through the basedOn chain). */
  headingLevel?: number;
  /** The style's name as written in the file (e.g. "Heading 2", "Normal", "List Paragraph"). */
  style?: string;
  /** Every visible character is bold / italic / underlined (spaces aside). */
  bold: boolean;
  italic: boolean;
  underline?: boolean;
  /** Bold text at the paragraph's start up to the first ":" or "." (a run-in heading). */
  boldLead?: string;
  align?: WordAlignment;
  /** Upper case as typed or through the caps property. */
  caps?: boolean;
}

export interface WordTable {
  kind: 'table';
  /** Cell texts row by row (merged cells repeated across their span, NFC). */
  rows: string[][];
  /** No visible borders: the layout tables of headers and signatures. */
  borderless: boolean;
}

export type WordBlock = WordParagraph | WordTable;

/** What the reader did that the officer should know (legacy text converted, a part skipped). */
export interface WordReadNote {
  code: 'LEGACY_ENCODING' | 'TRACKED_CHANGES' | 'TOC_SKIPPED' | 'FOOTNOTES_SKIPPED' | 'NUMBERING_UNKNOWN' | 'OTHER';
  message: string;
}

export interface WordDocument {
  format: WordFormat;
  /** The body only: no headers, footers, footnotes, comments, table of contents or deleted text. */
  blocks: WordBlock[];
  notes: WordReadNote[];
}
