import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyFolderEntry, type SkippedFile } from '../core/round/folderEntries';

/** Thrown for problems the user must fix (a path, an option); printed without a stack. */
export class UserError extends Error {}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a crash
 * never leaves half a workbook; refuses to replace an existing file unless asked.
 */
export function writeFileSafely(target: string, bytes: Uint8Array, overwrite: boolean): string {
  const absolute = assertWritable(target, overwrite);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, absolute);
  } finally {
    if (fs.existsSync(temp)) fs.rmSync(temp, { force: true });
  }
  return absolute;
}

/** An input file's bytes, or the user told it is not there (with what to do, in `missing`). */
export function readInputFile(file: string, missing: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UserError(missing);
  return new Uint8Array(fs.readFileSync(file));
}

/** Refuses early, before any long work, to replace a file the user did not allow to replace. */
export function assertWritable(target: string, overwrite: boolean): string {
  const absolute = path.resolve(target);
  if (fs.existsSync(absolute) && !overwrite) {
    throw new UserError(`Tệp "${absolute}" đã có. Dùng --ghi-de để ghi đè, hoặc chọn tên khác bằng -o.`);
  }
  return absolute;
}

/** Like writeFileSafely, for output produced as a stream (a large summary is never whole in memory). */
export async function writeStreamSafely(target: string, overwrite: boolean, write: (stream: fs.WriteStream) => Promise<void>): Promise<string> {
  const absolute = assertWritable(target, overwrite);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
  try {
    const stream = fs.createWriteStream(temp);
    const closed = new Promise<void>((resolve, reject) => {
      stream.on('close', () => resolve());
      stream.on('error', reject);
    });
    // A failing disk must end the job with its error, not leave the writer waiting for a drain.
    await Promise.race([write(stream), closed.then(() => new Promise<void>(() => undefined))]);
    await closed;
    fs.renameSync(temp, absolute);
  } finally {
    if (fs.existsSync(temp)) fs.rmSync(temp, { force: true });
  }
  return absolute;
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
