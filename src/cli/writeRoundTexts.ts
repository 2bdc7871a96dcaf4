import * as path from 'node:path';
import type { Reminder } from '../core/reminders/buildReminders';
import { reminderLetterFileName, unitFileNames } from '../core/round/outputFileNames';
import type { RoundResult } from '../app/round/runRound';
import type { IsoDate } from '../core/text/calendarDate';
import { writeFileSafely } from './fileIo';
import { writeDocumentFile } from './jobs';

/** A text file Windows' Notepad opens as Vietnamese: UTF-8 with its mark, lines ending CRLF. */
export function writeTextFile(target: string, text: string, overwrite: boolean): string {
  return writeFileSafely(target, new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}\r\n`), overwrite);
}

/** One text file per unit, named after it ("Đảng ủy xã A.txt", "… (2).txt" for a second of one name); returns the files written. */
export function writeUnitTexts(folder: string, texts: readonly { unitName: string; text: string }[], overwrite: boolean): string[] {
  const names = unitFileNames(
    texts.map((t) => t.unitName),
    'txt',
  );
  return texts.map((t, i) => writeTextFile(path.join(folder, names[i]), t.text, overwrite));
}

/** The message and the mail to one unit, as one text file. */
function reminderText(r: Reminder): string {
  return ['TIN NHẮN (dán vào Zalo hoặc SMS)', r.short, '', 'THƯ ĐIỆN TỬ', `Gửi tới: ${r.mail.to || '(danh sách đơn vị chưa có địa chỉ thư của đơn vị này)'}`, `Tiêu đề: ${r.mail.subject}`, '', r.mail.body].join('\n');
}

/**
 * The reminders of a round: for each unit to chase a text file with its Zalo/SMS message and its
 * mail, and the letter chasing reports when a unit has not sent a valid one.
 */
export async function writeReminderFiles(result: RoundResult, folder: string, options: { resendBy?: IsoDate; overwrite: boolean }): Promise<{ reminders: Reminder[]; files: string[]; letter?: string }> {
  const reminders = result.reminders(options.resendBy);
  const files = writeUnitTexts(
    folder,
    reminders.map((r) => ({ unitName: r.unit.name, text: reminderText(r) })),
    options.overwrite,
  );
  const letter = result.reminderLetter(options.resendBy);
  const written = letter ? await writeDocumentFile(letter, path.join(folder, reminderLetterFileName(result.settled.round.period)), options.overwrite) : undefined;
  return { reminders, files, letter: written };
}
