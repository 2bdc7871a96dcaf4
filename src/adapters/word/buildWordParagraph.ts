import type { WordAlignment, WordParagraph } from '../../core/wordReport/WordDocument';
import type { LegacyEncoding } from '../../core/text/legacyEncodings';
import { convertLegacyRuns, type StyledRun } from './convertLegacyRuns';

/** What a reader knows of a paragraph besides its runs. */
export interface ParagraphShape {
  label?: string;
  headingLevel?: number;
  style?: string;
  align?: WordAlignment;
}

const VISIBLE = /\S/;
const LETTER = /\p{L}/u;

/**
 * A string of its own: text cut from a parsed part is a slice that keeps the whole part's text
 * alive (hundreds of kilobytes a report); concatenating and slicing makes V8 copy just the text.
 */
export const ownString = (text: string): string => (text.length > 12 ? ` ${text}`.slice(1) : text);

/** Spaces as text shows them: no-break spaces as spaces, edges trimmed, NFC, a string of its own. */
export const cleanText = (text: string): string => ownString(text.replace(/[\u00a0\u2007\u202f]/g, ' ').normalize('NFC').trim());

const isUpper = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * The bold text a paragraph opens with, when it is a run-in heading: the leading bold stretch,
 * with a ":" or "." right after it; or cut after its first ":"; or ending with ":" or "." itself.
 * None when the whole paragraph is bold or it opens with plain text.
 */
function findBoldLead(runs: StyledRun[]): string | undefined {
  let lead = '';
  let index = 0;
  for (; index < runs.length; index++) {
    const run = runs[index];
    if (!VISIBLE.test(run.text)) {
      lead += run.text;
      continue;
    }
    if (!run.bold) break;
    lead += run.text;
  }
  if (index === runs.length) return undefined;
  const trimmed = cleanText(lead);
  if (!LETTER.test(trimmed) && !/\d/.test(trimmed)) return undefined;
  const after = cleanText(runs.slice(index).map((r) => r.text).join(''));
  if (/^[:.]/.test(after)) return `${trimmed}${after[0]}`;
  if (/[:.]$/.test(trimmed)) return trimmed;
  const colon = trimmed.indexOf(':');
  return colon > 0 ? trimmed.slice(0, colon + 1) : undefined;
}

/**
 * A paragraph as the core reads it, from its runs (legacy encodings converted first) and its
 * shape; null when it shows nothing (no text, no label).
 */
export function buildWordParagraph(rawRuns: StyledRun[], shape: ParagraphShape): { paragraph: WordParagraph | null; encodings: LegacyEncoding[] } {
  const { runs, encodings } = convertLegacyRuns(rawRuns);
  const text = cleanText(runs.map((r) => r.text).join(''));
  if (!text && !shape.label) return { paragraph: null, encodings };
  const shown = runs.filter((r) => VISIBLE.test(r.text));
  const every = (test: (r: StyledRun) => boolean) => shown.length > 0 && shown.every(test);
  const lettered = shown.filter((r) => LETTER.test(r.text));
  const paragraph: WordParagraph = {
    kind: 'paragraph',
    text,
    bold: every((r) => r.bold),
    italic: every((r) => r.italic),
  };
  if (shape.label) paragraph.label = ownString(shape.label);
  if (shape.headingLevel) paragraph.headingLevel = shape.headingLevel;
  if (shape.style) paragraph.style = ownString(shape.style);
  if (every((r) => r.underline)) paragraph.underline = true;
  const boldLead = paragraph.bold ? undefined : findBoldLead(runs);
  if (boldLead) paragraph.boldLead = ownString(boldLead);
  if (shape.align) paragraph.align = shape.align;
  if (lettered.length > 0 && lettered.every((r) => r.caps || isUpper(r.text))) paragraph.caps = true;
  return { paragraph, encodings };
}
