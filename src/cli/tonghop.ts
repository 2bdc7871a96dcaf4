#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import * as path from 'node:path';
import { describeSystemError, systemErrorCode } from '../core/issues/describeSystemError';
import { formatIssue } from '../core/issues/issueMessages';
import { UserError } from './fileIo';
import type { OutputSetOptions } from './outputSet';
import type { Output } from './roundCommands';
import { registerBaoCao } from './commands/baoCao';
import { registerDemo } from './commands/demo';
import { registerDocWord } from './commands/docWord';
import { registerDonDoc } from './commands/donDoc';
import { registerKiemTra } from './commands/kiemTra';
import { registerMau } from './commands/mau';
import { registerSoanMau } from './commands/soanMau';
import { registerTongHop } from './commands/tongHop';
import { registerTrang } from './commands/trang';
import { registerTrienKhai } from './commands/trienKhai';

const VERSION = '0.1.0';

/** The commands, one module each, in the order the help lists them. */
const COMMANDS = [registerMau, registerKiemTra, registerDocWord, registerTongHop, registerDonDoc, registerBaoCao, registerSoanMau, registerTrang, registerTrienKhai, registerDemo];

const defaultOutput: Output = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  errIsTty: Boolean(process.stderr.isTTY),
};

/** The help to point to: the command's own when one was named ("tonghop don-doc --help"). */
function helpFor(program: Command, argv: readonly string[]): string {
  const named = program.commands.find((c) => c.name() === argv[0] || c.aliases().includes(argv[0] ?? ''));
  return named ? `tonghop ${named.name()} --help` : 'tonghop --help';
}

/** Commander's own messages, in Vietnamese. */
function translateCommanderError(error: CommanderError, help: string, commands: string): string {
  const arg = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `Tùy chọn không hợp lệ: ${arg}. Xem "${help}".`;
    case 'commander.unknownCommand':
      return `Không có lệnh "${arg}". Các lệnh: ${commands}. Xem "tonghop --help".`;
    case 'commander.missingArgument':
      return `Thiếu tham số ${arg}. Xem "${help}".`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn ${arg} cần một giá trị. Xem "${help}".`;
    case 'commander.excessArguments':
      return `Thừa tham số. Xem "${help}".`;
    case 'commander.invalidArgument':
      return `${error.message.replace(/^error: /, '')} Xem "${help}".`;
    default:
      return error.message;
  }
}

export function buildProgram(io: Output = defaultOutput, result = { exitCode: 0 }, files?: OutputSetOptions): Command {
  const program = new Command('tonghop');
  program
    .description('Tổng hợp báo cáo: phát mẫu, kiểm tra và tổng hợp báo cáo của các đơn vị (chạy trên máy, không gửi dữ liệu đi đâu).')
    .version(VERSION, '-V, --version', 'xem phiên bản')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh')
    .configureHelp({ sortSubcommands: false })
    // Commander's own English errors are dropped here and said again in Vietnamese by main().
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined })
    .showSuggestionAfterError(false)
    .exitOverride();
  for (const register of COMMANDS) register(program, { io, result, files });
  return program;
}

/** Calls that change the disk; any other failing call (open, read, scandir, stat) was reading an input. */
const WRITING_CALLS = new Set(['mkdir', 'write', 'rename', 'unlink', 'rmdir', 'copyfile', 'link', 'fsync', 'close']);

/**
 * A system's fault that reached here (an input or a registry that cannot be read, a folder that
 * vanished): the user's situation, told through the one translation, never "unexpected".
 */
function describeEscapedFault(error: unknown): string | undefined {
  const code = systemErrorCode(error);
  if (!code) return undefined;
  const { path: file = '', syscall = '' } = error as NodeJS.ErrnoException;
  return formatIssue(describeSystemError(code, { step: WRITING_CALLS.has(syscall) ? 'write' : 'read', file, folder: path.dirname(file) }));
}

export async function main(argv: string[], io: Output = defaultOutput, files?: OutputSetOptions): Promise<number> {
  const result = { exitCode: 0 };
  const program = buildProgram(io, result, files);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.err(translateCommanderError(error, helpFor(program, argv), program.commands.map((c) => c.name()).join(', ')));
      return 2;
    }
    if (error instanceof UserError) {
      io.err(`Lỗi: ${error.message}`);
      return 2;
    }
    const fault = describeEscapedFault(error);
    if (fault) {
      io.err(`Lỗi: ${fault}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Lỗi không mong đợi (xin báo cho người phát triển): ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
