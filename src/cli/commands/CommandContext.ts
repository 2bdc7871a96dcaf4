import type { OutputSetOptions } from '../outputSet';
import type { Output } from '../roundCommands';

/**
 * What every command is given: where to write, the exit code to set (1: the files checked have
 * errors), and how its outputs reach the disk (tests give a file system that fails on purpose).
 */
export interface CommandContext {
  io: Output;
  result: { exitCode: number };
  files?: OutputSetOptions;
}
