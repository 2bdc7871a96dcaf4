/* eslint-disable @typescript-eslint/no-require-imports -- word-extractor is CommonJS without types, loaded only here */
import { LIMITS } from '../../core/round/limits';
import { docPieceText } from './docPieceTable';
import { plainTextBlocks } from './plainTextBlocks';
import { oleProblem } from './screenOleFile';
import { WORD_NOTES, WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

/*
 * Old Word 97–2003 files (.doc) on the command line, through word-extractor, which reads the
 * body apart from footnotes, endnotes, headers, footers, comments and text boxes: only the body
 * is taken. Node only (Buffers): the browser doors say so instead (see readWordFile).
 */

interface ExtractedDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
  getEndnotes(options?: { filterUnicode?: boolean }): string;
}
type WordExtractor = new () => { extract(source: Buffer): Promise<ExtractedDocument> };

export async function readDoc(bytes: Uint8Array): Promise<WordReadResult> {
  if (bytes.length === 0) return { ok: false, reason: WORD_REFUSALS.empty };
  if (bytes.length > LIMITS.file.bytes) return { ok: false, reason: WORD_REFUSALS.tooLarge(bytes.length) };
  // A file whose sector chains loop would make word-extractor abort the whole process.
  if (oleProblem(bytes)) return { ok: false, reason: WORD_REFUSALS.docDamaged };
  let body: string;
  let footnotes: boolean;
  try {
    const Extractor = require('word-extractor') as WordExtractor;
    const extracted = await new Extractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = extracted.getBody({ filterUnicode: false });
    footnotes = /\S/.test(extracted.getFootnotes() + extracted.getEndnotes());
  } catch {
    // word-extractor reads every paragraph's properties and stops on some writers'; the text alone is still there.
    const text = docPieceText(bytes);
    if (text === null) return { ok: false, reason: WORD_REFUSALS.docDamaged };
    body = text;
    footnotes = false;
  }
  const { blocks, notes } = plainTextBlocks(body);
  if (footnotes) notes.push(WORD_NOTES.footnotes);
  return { ok: true, document: { format: 'doc', blocks, notes } };
}
