import type { WordBlock, WordReadNote } from '../../core/wordReport/WordDocument';
import { detectLegacyEncoding, LEGACY_FONTS, type LegacyEncoding } from '../../core/text/legacyEncodings';
import { buildWordParagraph, cleanText } from './buildWordParagraph';
import { createTocFilter, looksLikeTocLine } from './tocLines';
import { WORD_NOTES } from './wordReadMessages';

/*
 * The body of an old .doc as a text extractor gives it (word-extractor): one paragraph a line,
 * each table cell ended by a tab, so a line ending in a tab ends a table row, and the lines since
 * the row before are its first cells' further paragraphs; a blank line ends a table. No look
 * (bold, styles) and no automatic numbering survive: typed labels stay in the text.
 */

/** At most this many lines, none longer than this, may run a row's first cell over several paragraphs. */
const CELL_LINES = 3;
const CELL_LINE = 160;

export function plainTextBlocks(body: string): { blocks: WordBlock[]; notes: WordReadNote[] } {
  const lines = body.replace(/\r\n?/g, '\n').replace(/[\u000b\u000c]/g, '\n').replace(/\u2011/g, '-').split('\n');
  const blocks: WordBlock[] = [];
  const legacy = { paragraphs: 0, encodings: new Set<LegacyEncoding>() };
  let table: string[][] | null = null;
  let pending: string[] = [];
  const toc = createTocFilter();
  const endTable = () => {
    if (table) blocks.push({ kind: 'table', rows: table, borderless: false });
    table = null;
  };
  // A body typed all in a legacy encoding says so as a whole: its short lines convert too, as under the encoding's font.
  const legacyBody = detectLegacyEncoding(body);
  const font = legacyBody ? LEGACY_FONTS[legacyBody] : undefined;
  const paragraph = (line: string) => {
    const { paragraph: p, encodings } = buildWordParagraph([{ text: line, bold: false, italic: false, underline: false, caps: false, font }], {});
    if (!p) return;
    if (encodings.length > 0) {
      legacy.paragraphs++;
      encodings.forEach((e) => legacy.encodings.add(e));
    }
    if (toc.keep(p.text)) blocks.push(p);
  };
  const flush = () => {
    pending.forEach(paragraph);
    pending = [];
  };
  for (const [index, line] of lines.entries()) {
    // Without styles, two lines in a row of "title, tab, page" are a table of contents, titled or not.
    if (looksLikeTocLine(line.trim()) && looksLikeTocLine((lines[index + 1] ?? '').trim())) toc.mark();
    if (line.endsWith('\t') && /\S/.test(line)) {
      // Inside a table the few short lines since the last row are this row's first cells'; more, or a
      // long one, show the body came between (a whole report must never become a cell). A table's
      // first row takes the lines from the first one with a cell break; the lines before are the body's.
      const continues = table !== null && pending.length <= CELL_LINES && pending.every((l) => l.length <= CELL_LINE);
      const tab = pending.findIndex((l) => l.includes('\t'));
      const from = continues ? 0 : tab >= 0 ? tab : pending.length;
      if (from > 0) {
        endTable();
        pending.slice(0, from).forEach(paragraph);
      }
      const text = [...pending.slice(from), line].join('\n');
      pending = [];
      (table ??= []).push(...rowsOf(text.slice(0, -1)).map((row) => row.map((c) => repair(cleanText(c), font))));
      continue;
    }
    if (!/\S/.test(line)) {
      // An empty paragraph in a row begun ("…\tĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày …\t") is the cell's.
      if (pending.some((l) => l.includes('\t'))) pending.push(line);
      else {
        endTable();
        flush();
      }
      continue;
    }
    // A table of contents' "title, tab, page" line is no cell.
    if (!table && looksLikeTocLine(line.trim())) {
      flush();
      paragraph(line);
    } else pending.push(line);
  }
  endTable();
  flush();
  const notes: WordReadNote[] = [WORD_NOTES.numberingUnknown];
  if (legacy.paragraphs > 0) notes.push(WORD_NOTES.legacy(legacy.paragraphs, [...legacy.encodings].sort().join(', ')));
  if (toc.seen()) notes.push(WORD_NOTES.toc);
  return { blocks, notes };
}

/** A cell's text with a legacy encoding converted, like a paragraph's. */
function repair(text: string, font: string | undefined): string {
  return buildWordParagraph([{ text, bold: false, italic: false, underline: false, caps: false, font }], {}).paragraph?.text ?? '';
}

/**
 * A row's cells; and, where word-extractor ran a table's rows on one line (each row's end then a
 * second tab, no line), its rows: parts between double tabs that have the same number of cells.
 */
function rowsOf(text: string): string[][] {
  const parts = text.replace(/\t$/u, '').split('\t\t').map((p) => p.split('\t'));
  if (parts.length >= 2 && parts[0].length >= 2 && parts.every((p) => p.length === parts[0].length)) return parts;
  return [text.split('\t')];
}
