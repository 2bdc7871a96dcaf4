import type { InflateRaw } from '../xlsxFast/readZipParts';
import { readDocx } from './readDocx';
import { readWordHtml } from './readWordHtml';
import { isEncryptedPackage, isOle, isRtf, isZip, sniffWordFile } from './sniffWordFile';
import { WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

export interface WordFileReaders {
  /** The zip inflater (Node's zlib on the command line). */
  inflate: InflateRaw;
  /** The .doc reader where the door has one (the command line's readDoc); elsewhere a .doc is refused with what to do. */
  readDoc?: (bytes: Uint8Array) => Promise<WordReadResult>;
  /** A clock for the reading time limit (LIMITS.file.timeMs). */
  now?: () => number;
}

/** What a door without a .doc reader says of a .doc: open it in Word and save it as .docx. */
export const docUnavailable = async (): Promise<WordReadResult> => ({ ok: false, reason: WORD_REFUSALS.docUnavailable });

/**
 * Any Word report, recognised by its content (not its name): a .docx, an old .doc, or a web page
 * saved as ".doc". Never throws; a file it cannot read comes back with a Vietnamese reason.
 */
export async function readWordFile(bytes: Uint8Array, name: string, readers: WordFileReaders): Promise<WordReadResult> {
  try {
    if (bytes.length === 0) return { ok: false, reason: WORD_REFUSALS.empty };
    switch (sniffWordFile(bytes)) {
      case 'docx':
        return readDocx(bytes, { inflate: readers.inflate, now: readers.now });
      case 'doc':
        return await (readers.readDoc ?? docUnavailable)(bytes);
      case 'html':
        return readWordHtml(bytes);
      case 'xlsx':
        return { ok: false, reason: WORD_REFUSALS.spreadsheet };
      default:
        if (isEncryptedPackage(bytes)) return { ok: false, reason: WORD_REFUSALS.encrypted };
        // A zip or an OLE file whose directory cannot be read: a damaged Word file more likely than anything else.
        if (isZip(bytes)) return readDocx(bytes, { inflate: readers.inflate, now: readers.now });
        if (isOle(bytes)) return { ok: false, reason: WORD_REFUSALS.docDamaged };
        if (isRtf(bytes)) return { ok: false, reason: WORD_REFUSALS.rtf };
        return { ok: false, reason: WORD_REFUSALS.unknown(name) };
    }
  } catch (error) {
    return { ok: false, reason: WORD_REFUSALS.unexpected(error instanceof Error ? error.message : String(error)) };
  }
}
