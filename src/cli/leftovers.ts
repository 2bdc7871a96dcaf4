import * as path from 'node:path';
import type { FileSystem } from './fileSystem';

/*
 * How one run's outputs are put in place together, and how a later run finishes or clears what
 * a killed run left. Every file the seam makes is named ".tonghop-<pid>-<start>-…", so a later
 * run recognises its own and never touches anything else:
 *
 * 1. every output is written to "<prefix>-<n>.tmp" beside its target (same volume: a rename);
 * 2. once all are written, a journal "<prefix>.journal" listing them is written (through a
 *    temporary file and a rename, so it is whole or absent) into every folder of the set;
 * 3. each existing target is moved aside to "<prefix>-<n>.old", then each temporary file is
 *    renamed onto its target; a failure at 3 moves everything back and removes the journal;
 * 4. the ".old" files and the journals are removed.
 *
 * A run killed before 2 left only ".tmp" files: the next run in that folder removes them (the
 * old outputs were never touched). A run killed after 2 left a journal: every new file is
 * whole, so the next run finishes the set (renames what is still a ".tmp", removes the ".old"
 * files and the journals). Either way the summary and its report are both old or both new.
 * Only files of processes no longer alive are touched (process.kill(pid, 0)).
 */

export interface RunId {
  pid: number;
  /** When the run started (ms), in base 36: a pid used again later is a different run. */
  start: string;
}

export const LEFTOVER_PATTERN = /^\.tonghop-(\d+)-([0-9a-z]+)(?:-([0-9a-z]+))?\.(tmp|old|journal)$/;
/** What the version before the set wrote: ".<target name>.<pid>.tmp". */
const OLD_STYLE_TEMP = /^\.(.+)\.(\d+)\.tmp$/;

export const runPrefix = (run: RunId) => `.tonghop-${run.pid}-${run.start}`;

export interface JournalEntry {
  temp: string;
  target: string;
  backup: string;
}

export interface Journal {
  entries: JournalEntry[];
  /** Every copy of this journal (one per folder of the set). */
  copies: string[];
}

/** Writes a file whole or not at all: to a temporary name first, then renamed. */
export function writeJournal(fs: FileSystem, journal: Journal, file: string): void {
  const temp = file.replace(/\.journal$/, '-j.tmp');
  const bytes = new TextEncoder().encode(JSON.stringify(journal));
  const fd = fs.openSync(temp, 'wx');
  try {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

const removeIfThere = (fs: FileSystem, file: string) => {
  if (fs.existsSync(file)) fs.unlinkSync(file);
};

/** Finishes a set whose journal was written: every temporary file still there goes onto its target. */
export function finishSet(fs: FileSystem, journal: Journal): void {
  for (const e of journal.entries) if (fs.existsSync(e.temp)) fs.renameSync(e.temp, e.target);
  for (const e of journal.entries) removeIfThere(fs, e.backup);
  for (const copy of journal.copies) removeIfThere(fs, copy);
}

/**
 * In one folder, what runs no longer alive left: a journal is finished, temporary files without
 * one are removed. Returns how many sets were finished and files removed. Never throws: a folder
 * that cannot be read is left for the writing itself to report.
 */
export function clearLeftovers(fs: FileSystem, folder: string, isAlive: (pid: number) => boolean): { finished: number; removed: number } {
  const done = { finished: 0, removed: 0 };
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return done;
  }
  const here = new Set(names);
  for (const name of names.filter((n) => LEFTOVER_PATTERN.exec(n)?.[4] === 'journal')) {
    const pid = Number(LEFTOVER_PATTERN.exec(name)?.[1]);
    if (isAlive(pid)) continue;
    try {
      finishSet(fs, JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Journal);
      done.finished++;
    } catch {
      // A journal that cannot be finished now (a target still locked) is tried again by the next run.
    }
  }
  // Read again: finishing a set renamed some of them.
  const left = done.finished > 0 ? fs.readdirSync(folder) : names;
  for (const name of left) {
    const ours = LEFTOVER_PATTERN.exec(name);
    const oldStyle = ours ? null : OLD_STYLE_TEMP.exec(name);
    const pid = ours ? Number(ours[1]) : oldStyle && here.has(oldStyle[1]) ? Number(oldStyle[2]) : undefined;
    if (pid === undefined || (ours && ours[4] !== 'tmp') || isAlive(pid)) continue;
    try {
      removeIfThere(fs, path.join(folder, name));
      done.removed++;
    } catch {
      // Left for a later run.
    }
  }
  return done;
}
