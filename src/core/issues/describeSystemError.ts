import { makeIssue, type Issue } from './Issue';
import { formatVietnameseNumber } from '../text/formatVietnameseNumber';

/*
 * The one translation of what the system said (Node's error codes, a browser's DOMException
 * names) into the message catalogue, used by every door: a fault an office meets is the user's
 * situation, told with what to do, never "an unexpected error".
 */

/** The browser's names for the same faults. */
const BROWSER_NAMES = new Set(['QuotaExceededError', 'NotReadableError', 'NotFoundError', 'NotAllowedError', 'SecurityError']);

/** Node's code (ENOSPC…) or a browser's DOMException name (QuotaExceededError…), when the error is a system's fault; undefined for a bug. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  if (typeof name === 'string' && BROWSER_NAMES.has(name)) return name;
  return undefined;
}

/** Where the fault struck: writing a new file, putting it in place of the old one, or reading an input. */
export type FaultStep = 'write' | 'replace' | 'read';

export interface FaultPlace {
  step: FaultStep;
  /** The file the user knows (the output or the input they named), never a temporary file. */
  file: string;
  /** The folder it is in. */
  folder: string;
  /** For a full disk, the bytes still missing, when known. */
  neededBytes?: number;
}

const MEGABYTE = 1024 * 1024;

/** "1,5 MB", never less than 0,1 MB; "vài MB" when the size is not known. */
export function describeNeededSpace(bytes: number | undefined): string {
  return bytes === undefined ? 'vài MB' : `${formatVietnameseNumber(Math.max(0.1, Math.ceil((bytes / MEGABYTE) * 10) / 10), 1)} MB`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The message for a system's fault at a place; `code` is what systemErrorCode returned. */
export function describeSystemError(code: string, place: FaultPlace): Issue {
  const { file, folder, step } = place;
  const reading = step === 'read';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return makeIssue('DISK_FULL', {}, { folder, need: describeNeededSpace(place.neededBytes) });
    case 'EROFS':
      return makeIssue('VOLUME_READ_ONLY', {}, { folder });
    case 'EACCES':
    case 'EPERM':
      // The temporary file was written in the same folder, so a refusal to replace is a lock (Windows: the file open in Excel) or a read-only file.
      if (step === 'replace') return makeIssue('OUTPUT_IN_USE', {}, { file });
      return reading ? makeIssue('READ_NOT_PERMITTED', {}, { file }) : makeIssue('WRITE_NOT_PERMITTED', {}, { folder });
    case 'EBUSY':
    case 'ETXTBSY':
      return reading ? makeIssue('INPUT_NOT_READABLE', {}, { file }) : makeIssue('OUTPUT_IN_USE', {}, { file });
    case 'ENAMETOOLONG':
      return makeIssue('PATH_TOO_LONG', {}, { file, length: file.length });
    case 'EINVAL':
      return makeIssue('PATH_REFUSED', {}, { name: baseName(file) });
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
    case 'NotFoundError':
      return reading ? makeIssue('INPUT_GONE', {}, { file }) : makeIssue('FOLDER_GONE', {}, { folder });
    case 'EISDIR':
      return makeIssue('PATH_IS_FOLDER', {}, { file });
    case 'EMFILE':
    case 'ENFILE':
      return makeIssue('TOO_MANY_OPEN_FILES', {}, { file });
    case 'QuotaExceededError':
      return makeIssue('BROWSER_STORAGE_FULL', {}, { what: file });
    case 'NotReadableError':
      return makeIssue('INPUT_NOT_READABLE', {}, { file });
    case 'NotAllowedError':
    case 'SecurityError':
      return reading ? makeIssue('INPUT_NOT_READABLE', {}, { file }) : makeIssue('DOWNLOAD_REFUSED', {}, { fileName: baseName(file), detail: code });
    default:
      return makeIssue('DISK_FAILED', {}, { code, file });
  }
}
