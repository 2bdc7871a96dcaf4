import { LIMITS } from '../../core/round/limits';
import { readHtmlBody } from './htmlBody';
import { textEncodingOf } from './sniffWordFile';
import { WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

/*
 * A web page sent as a Word report, read into the same blocks as a .docx: paragraphs from <p>,
 * <h1>–<h6>, <li>, <div> (and text between them), line breaks from <br>, bold from <b>, <strong>
 * or the style, Word's heading and title classes, tables with their spans. Numbers Word typed
 * for its lists (in <![if !supportLists]> spans) stay in the text, as typed labels.
 */

/** The page's text: its byte-order mark, UTF-16 zero bytes, or its declared charset; else UTF-8. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const { encoding, skip } = textEncodingOf(bytes);
  let chosen = encoding;
  if (encoding === 'utf-8' && skip === 0) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    // "unicode" is how Word names UTF-16; with no zero bytes the page is not in it.
    if (declared && !/^(utf-?8|unicode|utf-?16\w*)$/i.test(declared)) chosen = declared.toLowerCase();
  }
  try {
    return new TextDecoder(chosen, { fatal: false }).decode(bytes.subarray(skip));
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(skip));
  }
}

export function readWordHtml(bytes: Uint8Array): WordReadResult {
  if (bytes.length === 0) return { ok: false, reason: WORD_REFUSALS.empty };
  if (bytes.length > LIMITS.file.bytes) return { ok: false, reason: WORD_REFUSALS.tooLarge(bytes.length) };
  try {
    return { ok: true, document: readHtmlBody(decodeHtmlBytes(bytes)) };
  } catch (error) {
    return { ok: false, reason: WORD_REFUSALS.unexpected(error instanceof Error ? error.message : String(error)) };
  }
}

