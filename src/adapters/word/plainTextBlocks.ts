import type { WordBlock, WordReadNote } from '../../core/wordReport/WordDocument';
import type { LegacyEncoding } from '../../core/text/legacyEncodings';
import { buildWordParagraph, cleanText } from './buildWordParagraph';
import { createTocFilter } from './tocLines';
import { WORD_NOTES } from './wordReadMessages';

/*
 * The body of an old .doc as a text extractor gives it (word-extractor): one paragraph a line,
 * each table cell ended by a tab, so a line ending in a tab ends a table row. Lines before a row
 * end are that row's first cells' further paragraphs only inside a table already begun. No look
 * (bold, styles) and no automatic numbering survive: typed labels stay in the text.
 */

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
  const paragraph = (line: string) => {
    const { paragraph: p, encodings } = buildWordParagraph([{ text: line, bold: false, italic: false, underline: false, caps: false }], {});
    if (!p) return;
    if (encodings.length > 0) {
      legacy.paragraphs++;
      encodings.forEach((e) => legacy.encodings.add(e));
    }
    if (toc.keep(p.text)) blocks.push(p);
  };
  for (const line of lines) {
    if (line.endsWith('\t') && /\S/.test(line)) {
      const text = [...pending, line].join('\n');
      pending = [];
      const cells = text.slice(0, -1).split('\t').map((c) => repair(cleanText(c)));
      (table ??= []).push(cells);
      continue;
    }
    if (table) {
      // Inside a table, a line without a tab is more of the next row's first cell, until the table ends.
      if (line.includes('\t') || !/\S/.test(line)) {
        endTable();
        pending.forEach(paragraph);
        pending = [];
        paragraph(line);
      } else pending.push(line);
      continue;
    }
    paragraph(line);
  }
  endTable();
  pending.forEach(paragraph);
  const notes: WordReadNote[] = [WORD_NOTES.numberingUnknown];
  if (legacy.paragraphs > 0) notes.push(WORD_NOTES.legacy(legacy.paragraphs, [...legacy.encodings].sort().join(', ')));
  if (toc.seen()) notes.push(WORD_NOTES.toc);
  return { blocks, notes };
}

/** A cell's text with a legacy encoding converted, like a paragraph's. */
function repair(text: string): string {
  return buildWordParagraph([{ text, bold: false, italic: false, underline: false, caps: false }], {}).paragraph?.text ?? '';
}
