import * as fs from 'node:fs';

/**
 * The part of node:fs the writing seam uses, and nothing else: tests hand the seam one that
 * fails with a chosen error code at a chosen step (writing a temporary file, putting it in
 * place, asking for the free space), so each fault is tried without filling a real disk.
 */
export interface FileSystem {
  openSync(file: string, flags: 'wx'): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
  existsSync(file: string): boolean;
  /** Size of a file, or undefined when there is none. */
  sizeOf(file: string): number | undefined;
  isFolder(file: string): boolean;
  readdirSync(folder: string): string[];
  readFileSync(file: string, encoding: 'utf8'): string;
  mkdirSync(folder: string, options: { recursive: true }): void;
  /** Bytes free for this user on the volume holding the folder, where the platform tells it (fs.statfs, Node 18.15 and later). */
  freeBytes(folder: string): number | undefined;
}

export const nodeFileSystem: FileSystem = {
  openSync: (file, flags) => fs.openSync(file, flags),
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (file) => fs.unlinkSync(file),
  existsSync: (file) => fs.existsSync(file),
  sizeOf: (file) => fs.statSync(file, { throwIfNoEntry: false })?.size,
  isFolder: (file) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
  readdirSync: (folder) => fs.readdirSync(folder),
  readFileSync: (file, encoding) => fs.readFileSync(file, encoding),
  mkdirSync: (folder, options) => void fs.mkdirSync(folder, options),
  freeBytes(folder) {
    if (typeof fs.statfsSync !== 'function') return undefined;
    try {
      const s = fs.statfsSync(folder);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      return undefined;
    }
  },
};

/** Whether a process still runs: signal 0 tests without sending; EPERM means it runs under another user. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
