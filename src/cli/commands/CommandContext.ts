import type { Output } from '../roundCommands';

/** What every command is given: where to write, and the exit code to set (1: the files checked have errors). */
export interface CommandContext {
  io: Output;
  result: { exitCode: number };
}
