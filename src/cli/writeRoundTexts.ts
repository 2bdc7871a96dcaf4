import * as path from 'node:path';
import type { Reminder } from '../core/reminders/buildReminders';
import { reminderLetterFileName, unitFileNames } from '../core/round/outputFileNames';
import type { RoundResult } from '../app/round/runRound';
import type { IsoDate } from '../core/text/calendarDate';
import { stageDocument } from './jobs';
import { OutputSet, type OutputSetOptions } from './outputSet';

/** A text file Windows' Notepad opens as Vietnamese: UTF-8 with its mark, lines ending CRLF. */
export function textFileBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}\r\n`);
}

/** One text file per unit, named after it ("Đảng ủy xã A.txt", "… (2).txt" for a second of one name), staged into the set; returns the files. */
export function stageUnitTexts(set: OutputSet, folder: string, texts: readonly { unitName: string; text: string }[], overwrite: boolean): string[] {
  const names = unitFileNames(
    texts.map((t) => t.unitName),
    'txt',
  );
  return texts.map((t, i) => {
    const target = set.claim(path.join(folder, names[i]), overwrite);
    set.stageBytes(target, textFileBytes(t.text));
    return target;
  });
}

/** The units' text files as a set of their own, put in place together. */
export async function writeUnitTexts(folder: string, texts: readonly { unitName: string; text: string }[], overwrite: boolean, files?: OutputSetOptions): Promise<string[]> {
  const set = new OutputSet(files);
  let written: string[] = [];
  await set.complete(async () => void (written = stageUnitTexts(set, folder, texts, overwrite)));
  return written;
}

/** The message and the mail to one unit, as one text file. */
function reminderText(r: Reminder): string {
  return ['TIN NHẮN (dán vào Zalo hoặc SMS)', r.short, '', 'THƯ ĐIỆN TỬ', `Gửi tới: ${r.mail.to || '(danh sách đơn vị chưa có địa chỉ thư của đơn vị này)'}`, `Tiêu đề: ${r.mail.subject}`, '', r.mail.body].join('\n');
}

/**
 * The reminders of a round, staged into the set: for each unit to chase a text file with its Zalo/SMS message and its
 * mail, and the letter chasing reports when a unit has not sent a valid one.
 */
export async function stageReminderFiles(result: RoundResult, folder: string, set: OutputSet, options: { resendBy?: IsoDate; overwrite: boolean }): Promise<{ reminders: Reminder[]; files: string[]; letter?: string }> {
  const reminders = result.reminders(options.resendBy);
  const files = stageUnitTexts(
    set,
    folder,
    reminders.map((r) => ({ unitName: r.unit.name, text: reminderText(r) })),
    options.overwrite,
  );
  const letter = result.reminderLetter(options.resendBy);
  const target = letter ? set.claim(path.join(folder, reminderLetterFileName(result.settled.round.period)), options.overwrite) : undefined;
  if (letter && target) await stageDocument(letter, target, set);
  return { reminders, files, letter: target };
}

/** The reminders as a set of their own, put in place together. */
export async function writeReminderFiles(result: RoundResult, folder: string, options: { resendBy?: IsoDate; overwrite: boolean; files?: OutputSetOptions }): Promise<{ reminders: Reminder[]; files: string[]; letter?: string }> {
  const set = new OutputSet(options.files);
  let staged: Awaited<ReturnType<typeof stageReminderFiles>> | undefined;
  await set.complete(async () => void (staged = await stageReminderFiles(result, folder, set, options)));
  return staged ?? { reminders: [], files: [] };
}
