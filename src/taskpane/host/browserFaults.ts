import { describeSystemError, systemErrorCode } from '../../core/issues/describeSystemError';
import type { Issue } from '../../core/issues/Issue';

/*
 * What the browser refuses (a download, storage, a picked file) told through the one translation
 * of system faults into the message catalogue, never silently and never as "an unexpected error".
 */

/** A browser's refusal about one file: a download refused, or a picked file it could not read. */
interface FileRefusal extends Error {
  name: 'DownloadRefused' | 'PickedFileUnreadable';
  fileName: string;
  reason: unknown;
}

// Plain errors with a name, not subclasses: instanceof on a subclass of Error fails once compiled to ES5 for old Office.
function refusal(name: FileRefusal['name'], fileName: string, reason: unknown): FileRefusal {
  return Object.assign(new Error(`${name}: ${fileName}: ${reason instanceof Error ? reason.message : String(reason)}`), { name, fileName, reason });
}

const isRefusal = (error: unknown, name: FileRefusal['name']): error is FileRefusal => error instanceof Error && error.name === name;

/** A picked file the browser could not read (permissions on the user's disk, a file moved since). */
export const pickedFileUnreadable = (fileName: string, reason: unknown): Error => refusal('PickedFileUnreadable', fileName, reason);

/** A download that throws is turned into DownloadRefused, naming the file. */
export function guardDownload(download: (fileName: string, bytes: Uint8Array) => void): (fileName: string, bytes: Uint8Array) => void {
  return (fileName, bytes) => {
    try {
      download(fileName, bytes);
    } catch (error) {
      throw refusal('DownloadRefused', fileName, error);
    }
  };
}

/** The message for a browser's refusal, or null when the error is not one (a bug, told as such by the caller). */
export function describeBrowserFault(error: unknown, what = 'dữ liệu'): Issue | null {
  if (isRefusal(error, 'DownloadRefused')) {
    const code = systemErrorCode(error.reason);
    // Storage full while the file was made is the disk's fault; anything else thrown by a download is a refusal.
    return describeSystemError(code === 'QuotaExceededError' ? code : 'NotAllowedError', { step: 'write', file: error.fileName, folder: '' });
  }
  if (isRefusal(error, 'PickedFileUnreadable')) return describeSystemError('NotReadableError', { step: 'read', file: error.fileName, folder: '' });
  const code = systemErrorCode(error);
  return code ? describeSystemError(code, { step: code === 'QuotaExceededError' ? 'write' : 'read', file: what, folder: '' }) : null;
}

/** The browser's storage full (QuotaExceededError) while saving `what`; null for any other refusal (storage turned off). */
export function storageFull(error: unknown, what: string): Issue | null {
  const code = systemErrorCode(error);
  return code === 'QuotaExceededError' ? describeSystemError(code, { step: 'write', file: what, folder: '' }) : null;
}
