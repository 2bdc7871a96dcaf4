import type { WordBlock, WordReadNote } from '../../core/wordReport/WordDocument';
import { readHtmlBody } from './htmlBody';
import type { DocxParts } from './openDocxPackage';
import { decodeHtmlBytes } from './readWordHtml';
import { sniffWordFile } from './sniffWordFile';
import { WORD_NOTES } from './wordReadMessages';

/*
 * Embedded chunks (w:altChunk): tools that make a .docx out of a web page (html-docx-js and the
 * like) put the whole report in one, as HTML or as a single-file web page (MHT). Read with the
 * page reader where they stand; anything else is said, never skipped silently.
 */

export interface ChunkReader {
  read(id: string): WordBlock[];
  notes(): WordReadNote[];
}

/** `readNested` reads an embedded .docx (one level: a chunk inside it is not read again). */
export function createChunkReader(parts: DocxParts, readNested?: (bytes: Uint8Array) => WordBlock[] | null): ChunkReader {
  let read = 0;
  let unread = 0;
  return {
    read(id) {
      const target = parts.relationships().get(id)?.target;
      const bytes = target ? parts.read(target) : null;
      const kind = bytes ? sniffWordFile(bytes) : 'unknown';
      const blocks = bytes && kind === 'html' ? readHtmlBody(decodeHtmlBytes(bytes)).blocks : bytes && kind === 'docx' && readNested ? readNested(bytes) : null;
      if (blocks) read++;
      else unread++;
      return blocks ?? [];
    },
    notes() {
      return [...(read > 0 ? [WORD_NOTES.chunkRead] : []), ...(unread > 0 ? [WORD_NOTES.chunkUnread(unread)] : [])];
    },
  };
}
