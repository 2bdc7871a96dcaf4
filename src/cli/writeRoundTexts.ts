import * as path from 'node:path';
import { wordWriter } from './loadAdapters';
import type { Consolidation } from '../core/consolidation/Consolidation';
import type { ReportingPeriod } from '../core/period/ReportingPeriod';
import { buildFeedback, roundFeedback, type FeedbackSource } from '../core/reminders/buildFeedback';
import { buildReminderLetter } from '../core/reminders/buildReminderLetter';
import { buildReminders, type Reminder } from '../core/reminders/buildReminders';
import { reminderLetterFileName, unitFileNames } from '../core/round/outputFileNames';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { IsoDate } from '../core/text/calendarDate';
import type { OfficialDocument } from '../core/workbook/OfficialDocument';
import { writeFileSafely } from './fileIo';

/** A text file Windows' Notepad opens as Vietnamese: UTF-8 with its mark, lines ending CRLF. */
export function writeTextFile(target: string, text: string, overwrite: boolean): string {
  return writeFileSafely(target, new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}\r\n`), overwrite);
}

/** One feedback file per report with errors or warnings, named after its unit; returns the files written. */
export function writeFeedbackFiles(folder: string, sources: readonly (FeedbackSource & { template: ReportTemplate })[], period: ReportingPeriod | undefined, overwrite: boolean): string[] {
  const texts = sources.flatMap((source) => {
    const text = buildFeedback(source, source.template, period);
    return text ? [{ unitName: source.unit?.name ?? (source.unitName || path.basename(source.fileName, path.extname(source.fileName))), text }] : [];
  });
  return writeTexts(folder, texts, overwrite);
}

function writeTexts(folder: string, texts: readonly { unitName: string; text: string }[], overwrite: boolean): string[] {
  const names = unitFileNames(
    texts.map((t) => t.unitName),
    'txt',
  );
  return texts.map((t, i) => writeTextFile(path.join(folder, names[i]), t.text, overwrite));
}

/** The feedback of a round: one file for each registered unit whose report has errors or warnings. */
export function writeRoundFeedback(c: Consolidation, folder: string, overwrite: boolean): string[] {
  return writeTexts(folder, roundFeedback(c), overwrite);
}

/**
 * The reminders of a round: for each unit to chase a text file with its Zalo/SMS message and its
 * mail, and the letter chasing reports when a unit has not sent a valid one.
 */
export async function writeReminderFiles(c: Consolidation, folder: string, options: { today: IsoDate; document: OfficialDocument; resendBy?: IsoDate; overwrite: boolean }): Promise<{ reminders: Reminder[]; files: string[]; letter?: string }> {
  const reminders = buildReminders(c, options);
  const names = unitFileNames(
    reminders.map((r) => r.unit.name),
    'txt',
  );
  const files = reminders.map((r, i) => {
    const text = ['TIN NHẮN (dán vào Zalo hoặc SMS)', r.short, '', 'THƯ ĐIỆN TỬ', `Gửi tới: ${r.mail.to || '(danh sách đơn vị chưa có địa chỉ thư của đơn vị này)'}`, `Tiêu đề: ${r.mail.subject}`, '', r.mail.body].join('\n');
    return writeTextFile(path.join(folder, names[i]), text, options.overwrite);
  });
  const chased = reminders.some((r) => r.status !== 'late');
  const letter = chased ? writeFileSafely(path.join(folder, reminderLetterFileName(c.round.period)), await wordWriter().writeDocumentInChunks(buildReminderLetter(c, options)), options.overwrite) : undefined;
  return { reminders, files, letter };
}
