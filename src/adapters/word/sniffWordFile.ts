import { listZipEntries } from '../xlsxFast/screenZip';

/*
 * What a file is by its content, never its name: a ".doc" is often a web page (Word's own, often
 * in UTF-16, or a reporting system's), a ".docx" may be a renamed .doc.
 */

export type WordFileKind = 'docx' | 'doc' | 'html' | 'xlsx' | 'unknown';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** A stream's name as an OLE directory stores it (UTF-16LE), found anywhere in the file. */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let at = 512; at + name.length * 2 <= bytes.length; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    for (let i = 1; i < name.length; i++) if (bytes[at + i * 2] !== name.charCodeAt(i) || bytes[at + i * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The encoding of a text file: a byte-order mark, or UTF-16 told by its zero bytes, else UTF-8 (or the page's own charset). */
export function textEncodingOf(bytes: Uint8Array): { encoding: string; skip: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (sample >= 8 && oddZeros > sample / 4 && evenZeros === 0) return { encoding: 'utf-16le', skip: 0 };
  if (sample >= 8 && evenZeros > sample / 4 && oddZeros === 0) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|p|div|table|h[1-6]|span|font|b|br|center)[\s>/]/i;

/** The file is a web page: Word's (its office:word namespace) or any HTML. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const { encoding, skip } = textEncodingOf(bytes);
  const head = bytes.subarray(skip, skip + 4096);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: false }).decode(head);
  } catch {
    return false;
  }
  return HTML_START.test(text) || text.includes('urn:schemas-microsoft-com:office:word');
}

/** A zip (local file header signature). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file (Word 97–2003, Excel 97–2003, encrypted packages). */
export const isOle = (bytes: Uint8Array): boolean => startsWith(bytes, OLE);

export function sniffWordFile(bytes: Uint8Array): WordFileKind {
  if (isZip(bytes)) {
    const names = new Set((listZipEntries(bytes) ?? []).map((e) => e.name));
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
    return 'unknown';
  }
  if (isOle(bytes)) {
    if (hasStreamName(bytes, 'WordDocument')) return 'doc';
    if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return 'xlsx';
    return 'unknown';
  }
  return looksLikeHtml(bytes) ? 'html' : 'unknown';
}

/** An OLE file that holds an encrypted package (a password-protected .docx or .xlsx). */
export const isEncryptedPackage = (bytes: Uint8Array): boolean => startsWith(bytes, OLE) && hasStreamName(bytes, 'EncryptedPackage');

/** An RTF file (often sent renamed as .doc). */
export const isRtf = (bytes: Uint8Array): boolean => startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]);

/** Whether a file in a round is a Word report: by its content, and a web page only when not named as a spreadsheet (reporting systems save tables as HTML ".xls"). */
export function isWordReport(bytes: Uint8Array, name: string): boolean {
  const kind = sniffWordFile(bytes);
  return kind === 'docx' || kind === 'doc' || (kind === 'html' && !/\.(xlsx?|xlsm|ods)$/iu.test(name));
}
