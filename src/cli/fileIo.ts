import * as fs from 'node:fs';
import * as path from 'node:path';

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

export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods'];

/** Files given as paths or folders → spreadsheet files, sorted; temporary Office files (~$…) skipped. */
export function collectSpreadsheetFiles(inputs: readonly string[], exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const out = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(input);
    if (!fs.existsSync(absolute)) throw new UserError(`Không tìm thấy "${input}".`);
    if (fs.statSync(absolute).isDirectory()) {
      for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
        if (!entry.isFile() || entry.name.startsWith('~$') || entry.name.startsWith('.')) continue;
        if (SPREADSHEET_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.add(path.join(absolute, entry.name));
      }
    } else out.add(absolute);
  }
  return [...out].filter((p) => !excluded.has(p)).sort();
}
