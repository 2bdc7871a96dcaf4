import * as path from 'node:path';
import { Writable } from 'node:stream';
import { describeSystemError, systemErrorCode, type FaultStep } from '../core/issues/describeSystemError';
import { formatIssue } from '../core/issues/issueMessages';
import { makeIssue, type Issue } from '../core/issues/Issue';
import { UserError } from './UserError';
import { nodeFileSystem, processIsAlive, type FileSystem } from './fileSystem';
import { clearLeftovers, finishSet, runPrefix, writeJournal, type Journal, type RunId } from './leftovers';

const alreadyThere = (file: string) => new UserError(`Tệp "${file}" đã có. Dùng --ghi-de để ghi đè, hoặc chọn tên khác bằng -o.`);

/** A fault the user can act on, with its messages from the catalogue: exit code 2, never "unexpected". */
export class FaultError extends UserError {
  constructor(readonly issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

interface Staged {
  target: string;
  temp: string;
  backup: string;
  /** The target was there before: its old version is kept on a failure. */
  existed: boolean;
  /** Bytes written, or expected (an existing summary's size, before its stream is written). */
  bytes: number;
  written: boolean;
}

export interface OutputSetOptions {
  fs?: FileSystem;
  run?: RunId;
  isAlive?: (pid: number) => boolean;
}

/**
 * Files at least this large are flushed to the disk before the set is put in place. A killed
 * process loses nothing the system already holds; the flush guards against a power cut, worth it
 * for the summary and the reports, not for a thousand small letters on a slow USB stick.
 */
const DURABLE_BYTES = 64 * 1024;

/** This process's run, named once: pid and start time. */
const THIS_RUN: RunId = { pid: process.pid, start: Date.now().toString(36) };

/**
 * The one writing seam of the command line: the outputs of a run (summary, Word report,
 * compilation, feedback and reminder files) are written to temporary files, and put in place
 * together only when all are written; on any fault none replaces its old version, and the
 * message says what happened, what to do, and which files were kept. See leftovers.ts for the
 * order of the renames and how a killed run is finished or cleared by the next one.
 */
export class OutputSet {
  private readonly fs: FileSystem;
  private readonly run: RunId;
  private readonly isAlive: (pid: number) => boolean;
  private readonly staged: Staged[] = [];
  private readonly cleared = new Set<string>();
  /** Every output of the run, claimed or staged, and whether an old version was there: what a fault message lists. */
  private readonly members = new Map<string, boolean>();
  /** Targets claimed without --ghi-de: a file that appears there meanwhile is not replaced. */
  private readonly mustBeNew = new Set<string>();

  constructor(options: OutputSetOptions = {}) {
    this.fs = options.fs ?? nodeFileSystem;
    this.run = options.run ?? THIS_RUN;
    this.isAlive = options.isAlive ?? processIsAlive;
  }

  /** Before any long work: finishes or clears what killed runs left in the folder, and refuses to replace a file unless asked. */
  claim(target: string, overwrite: boolean): string {
    const absolute = path.resolve(target);
    this.clearFolder(path.dirname(absolute));
    const existed = this.fs.existsSync(absolute);
    // A folder where a file should go is never moved aside, even with --ghi-de.
    if (existed && this.fs.isFolder(absolute)) throw new FaultError([makeIssue('PATH_IS_FOLDER', {}, { file: absolute })]);
    if (!overwrite && existed) throw alreadyThere(absolute);
    this.members.set(absolute, existed);
    if (!overwrite) this.mustBeNew.add(absolute);
    return absolute;
  }

  /** Finishes or clears what runs no longer alive left in a folder (also before reading a summary there). */
  clearFolder(folder: string): void {
    if (this.cleared.has(folder)) return;
    this.cleared.add(folder);
    clearLeftovers(this.fs, folder, this.isAlive);
  }

  /** Writes bytes to the target's temporary file, after checking the volume has room for them. */
  stageBytes(target: string, bytes: Uint8Array): void {
    const entry = this.add(target, bytes.length);
    this.attempt('write', entry, () => {
      this.checkSpace(entry, bytes.length);
      const fd = this.fs.openSync(entry.temp, 'wx');
      try {
        for (let done = 0; done < bytes.length; ) done += this.fs.writeSync(fd, bytes, done, bytes.length - done);
        if (bytes.length >= DURABLE_BYTES) this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
    });
    entry.written = true;
  }

  /** Writes a stream (a large summary, never whole in memory) to the target's temporary file. */
  async stageStream(target: string, write: (stream: Writable) => Promise<void>): Promise<void> {
    const entry = this.add(target, 0);
    const fs = this.fs;
    let fd = -1;
    // The old summary's size is the best guess of the new one's before it is written.
    this.attempt('write', entry, () => {
      this.checkSpace(entry, entry.bytes);
      fd = fs.openSync(entry.temp, 'wx');
    });
    let written = 0;
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        try {
          for (let at = 0; at < chunk.length; ) at += fs.writeSync(fd, chunk, at, chunk.length - at);
          written += chunk.length;
          done();
        } catch (error) {
          done(error as Error);
        }
      },
      final(done) {
        try {
          fs.fsyncSync(fd);
          done();
        } catch (error) {
          done(error as Error);
        }
      },
    });
    const closed = new Promise<void>((resolve, reject) => {
      stream.on('close', () => resolve());
      stream.on('error', reject);
    });
    let failure: unknown;
    try {
      // A failing disk must end the job with its error, not leave the writer waiting for a drain.
      await Promise.race([write(stream), closed.then(() => new Promise<void>(() => undefined))]);
      await closed;
    } catch (error) {
      failure = error;
    }
    // Closed before anything is said or removed: Windows cannot remove a file still open.
    this.quietly(() => fs.closeSync(fd));
    entry.bytes = failure ? Math.max(entry.bytes, written) : written;
    if (failure)
      this.attempt('write', entry, () => {
        throw failure;
      });
    entry.written = true;
  }

  /** Puts every staged file in place together; on a fault, every target keeps its old version. Returns the targets. */
  commit(): string[] {
    const folders = [...new Set(this.staged.map((e) => path.dirname(e.target)))];
    const prefix = runPrefix(this.run);
    const journal: Journal = { entries: this.staged.map(({ temp, target, backup }) => ({ temp, target, backup })), copies: folders.map((f) => path.join(f, `${prefix}.journal`)) };
    const first = this.staged[0];
    if (!first) return [];
    // What is there now is what gets moved aside (a file may have appeared since the run began).
    for (const e of this.staged) e.existed = this.fs.existsSync(e.target);
    const appeared = this.staged.find((e) => e.existed && this.mustBeNew.has(e.target));
    if (appeared) {
      this.discard();
      throw alreadyThere(appeared.target);
    }
    try {
      this.attempt('write', first, () => journal.copies.forEach((copy) => writeJournal(this.fs, journal, copy)));
    } catch (error) {
      this.quietly(() => journal.copies.forEach((copy) => this.fs.existsSync(copy) && this.fs.unlinkSync(copy)));
      throw error;
    }
    const moved: Staged[] = [];
    const placed: Staged[] = [];
    try {
      for (const e of this.staged.filter((s) => s.existed)) this.attempt('replace', e, () => (this.fs.renameSync(e.target, e.backup), moved.push(e)));
      for (const e of this.staged) this.attempt('replace', e, () => (this.fs.renameSync(e.temp, e.target), placed.push(e)));
    } catch (error) {
      this.quietly(() => {
        for (const e of placed.reverse()) this.fs.renameSync(e.target, e.temp);
        for (const e of moved.reverse()) this.fs.renameSync(e.backup, e.target);
        for (const copy of journal.copies) if (this.fs.existsSync(copy)) this.fs.unlinkSync(copy);
      });
      this.discard();
      throw error;
    }
    this.quietly(() => finishSet(this.fs, journal));
    return this.staged.map((e) => e.target);
  }

  /** Stages the outputs, then puts them in place together; whatever fails, no temporary file of the set is left. */
  async complete(stage: () => Promise<void>): Promise<string[]> {
    try {
      await stage();
    } catch (error) {
      this.discard();
      throw error;
    }
    return this.commit();
  }

  /** Removes every temporary file of this set; the targets are untouched. */
  discard(): void {
    for (const e of this.staged) this.quietly(() => this.fs.existsSync(e.temp) && this.fs.unlinkSync(e.temp));
  }

  private add(target: string, bytes: number): Staged {
    const absolute = path.resolve(target);
    const folder = path.dirname(absolute);
    // Decimal, so an entry is never named like the journal's own temporary file ("-j.tmp").
    const n = String(this.staged.length + 1);
    const name = `${runPrefix(this.run)}-${n}`;
    const existed = this.fs.existsSync(absolute);
    const entry: Staged = { target: absolute, temp: path.join(folder, `${name}.tmp`), backup: path.join(folder, `${name}.old`), existed, bytes: existed ? Math.max(bytes, this.fs.sizeOf(absolute) ?? 0) : bytes, written: false };
    this.staged.push(entry);
    if (!this.members.has(absolute)) this.members.set(absolute, existed);
    this.attempt('write', entry, () => this.fs.mkdirSync(folder, { recursive: true }));
    return entry;
  }

  private checkSpace(entry: Staged, bytes: number): void {
    const free = this.fs.freeBytes(path.dirname(entry.target));
    if (free !== undefined && bytes > free) throw Object.assign(new Error('not enough free space'), { code: 'ENOSPC' });
  }

  /** Runs a step; a system's fault discards the set's temporary files and becomes the user's message, with which files were kept. */
  private attempt<T>(step: FaultStep, entry: Staged, action: () => T): T {
    try {
      return action();
    } catch (error) {
      this.discard();
      if (error instanceof FaultError) throw error;
      const code = systemErrorCode(error);
      if (!code) throw error;
      const folder = path.dirname(entry.target);
      const free = this.fs.freeBytes(folder);
      const needed = free === undefined ? undefined : this.staged.filter((e) => path.dirname(e.target) === folder).reduce((sum, e) => sum + e.bytes, 0) - free;
      throw new FaultError([describeSystemError(code, { step, file: entry.target, folder, neededBytes: needed }), this.keptNotice()]);
    }
  }

  private keptNotice(): Issue {
    const list = (existed: boolean) => [...this.members].filter(([, had]) => had === existed).map(([target]) => `"${path.basename(target)}"`).join(', ');
    return makeIssue('OUTPUTS_KEPT', {}, { kept: list(true), absent: list(false) });
  }

  private quietly(action: () => unknown): void {
    try {
      action();
    } catch {
      // Cleaning up after a fault must not hide the fault; a killed set is finished by the next run.
    }
  }
}

/** One file written through the seam: a set of one. */
export function writeFileSafely(target: string, bytes: Uint8Array, overwrite: boolean, options: OutputSetOptions = {}): string {
  const set = new OutputSet(options);
  set.stageBytes(set.claim(target, overwrite), bytes);
  return set.commit()[0];
}

/** One file produced as a stream (a large summary is never whole in memory), written through the seam. */
export async function writeStreamSafely(target: string, overwrite: boolean, write: (stream: Writable) => Promise<void>, options: OutputSetOptions = {}): Promise<string> {
  const set = new OutputSet(options);
  await set.stageStream(set.claim(target, overwrite), write);
  return set.commit()[0];
}
