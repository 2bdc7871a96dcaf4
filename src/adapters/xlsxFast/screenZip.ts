import { formatFileSize } from '../../core/text/formatFileSize';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { LIMITS } from '../../core/round/limits';

/*
 * What a zip must pass before any parser touches it, with no spreadsheet library loaded: the
 * size limits (LIMITS.file: policy, decided in the core), and the entries listed from the
 * central directory (a zip bomb declares far more than it holds). Used by the fast path and by
 * the full reader alike.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
export const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Where the end-of-directory record starts: in the last 22 bytes plus at most a 65,535-byte comment; -1 if none. */
export function findEndOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) if (u32(bytes, at) === 0x06054b50) return at;
  return -1;
}

/**
 * Lists a zip's entries from its central directory without inflating anything, so that a file
 * that would inflate to gigabytes (a zip bomb) is refused before any parser touches it.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize: u32(bytes, at + 20), uncompressedSize: u32(bytes, at + 24) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Why a zip is no spreadsheet, or would inflate too far; null when it may be read. */
export function zipProblem(entries: ZipEntry[]): Issue | null {
  const names = new Set(entries.map((e) => e.name));
  const isXlsx = names.has('xl/workbook.xml') || names.has('xl/workbook.bin');
  const isOds = names.has('content.xml') && names.has('mimetype');
  if (!isXlsx && !isOds) {
    const detail = names.has('word/document.xml')
      ? 'tài liệu Word (.docx)'
      : [...names].some((n) => n.startsWith('ppt/'))
        ? 'bản trình chiếu PowerPoint (.pptx)'
        : 'tệp nén (zip) không chứa bảng tính';
    return makeIssue('FILE_NOT_SPREADSHEET', {}, { detail });
  }
  return inflationProblem(entries);
}

/** Why a zip (workbook or Word document) would inflate too far; null when it may be read. */
export function inflationProblem(entries: ZipEntry[]): Issue | null {
  const inflated = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  // reduce, not Math.max(...entries): a crafted zip's 130,000 entries would overflow the call stack.
  const worst = entries.reduce((m, e) => Math.max(m, e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 0), 0);
  const { inflatedBytes, suspiciousRatio, suspiciousInflatedBytes } = LIMITS.file;
  if (inflated > inflatedBytes || (worst > suspiciousRatio && inflated > suspiciousInflatedBytes)) {
    return makeIssue('FILE_ZIP_BOMB', {}, { size: formatFileSize(inflated) });
  }
  return null;
}

