import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeIssue, type Issue } from '../core/issues/Issue';
import { describeSystemError, systemErrorCode } from '../core/issues/describeSystemError';

/** What reading an input needs of the disk; tests give one whose file changes or vanishes. */
export interface Disk {
  statSync(file: string): { size: number; mtimeMs: number };
  readFileSync(file: string): Uint8Array;
}

/**
 * A file's bytes, or why they are not to be trusted: it vanished or cannot be read (a USB stick
 * pulled, a share gone), or it changed while it was read (still being copied in). Listed as such
 * for that file; the round goes on.
 */
export function readSteadily(file: string, disk: Disk = fs): { bytes: Uint8Array } | { fault: Issue } {
  try {
    const before = disk.statSync(file);
    const bytes = new Uint8Array(disk.readFileSync(file));
    const after = disk.statSync(file);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.length !== after.size) return { fault: makeIssue('INPUT_CHANGED', {}, { file }) };
    return { bytes };
  } catch (error) {
    const code = systemErrorCode(error);
    if (!code) throw error;
    return { fault: describeSystemError(code, { step: 'read', file, folder: path.dirname(file) }) };
  }
}
