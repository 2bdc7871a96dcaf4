import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyFolderEntry, type SkippedFile } from '../core/round/folderEntries';
import { UserError } from './UserError';
import { describeSystemError, systemErrorCode } from '../core/issues/describeSystemError';
import { formatIssue } from '../core/issues/issueMessages';

export { UserError } from './UserError';
export { writeFileSafely, writeStreamSafely } from './outputSet';

/** An input file's bytes, or the user told it is not there (with what to do, in `missing`). */
export function readInputFile(file: string, missing: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UserError(missing);
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    // Said for the file the user named (a folder given for a file, no permission, a drive gone).
    const code = systemErrorCode(error);
    if (!code) throw error;
    throw new UserError(formatIssue(describeSystemError(code, { step: 'read', file, folder: path.dirname(file) })));
  }
}

/**
 * Files given as paths or folders → the files to read, sorted, and every other entry of the
 * folders with the reason it is not read. Links are followed; a file named on the command line
 * is read whatever its name.
 */
export function collectReportFiles(inputs: readonly string[], exclude: readonly string[] = []): { files: string[]; skipped: SkippedFile[] } {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    if (!fs.existsSync(absolute)) throw new UserError(`Không tìm thấy "${input}".`);
    if (!fs.statSync(absolute).isDirectory()) {
      files.add(absolute);
      continue;
    }
    for (const name of fs.readdirSync(absolute).sort()) {
      const entry = path.join(absolute, name);
      if (excluded.has(entry)) continue;
      const reason = classifyFolderEntry(name);
      // statSync follows links; a link to nothing has no target to stat.
      const target = fs.statSync(entry, { throwIfNoEntry: false });
      if (!target) skipped.push({ fileName: name, reason: 'broken_link' });
      else if (target.isDirectory()) skipped.push({ fileName: name, reason: 'folder' });
      else if (reason !== 'read') skipped.push({ fileName: name, reason });
      else files.add(entry);
    }
  }
  return { files: [...files].filter((p) => !excluded.has(p)).sort(), skipped };
}
