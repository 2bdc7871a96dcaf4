import type { Consolidation, UnitStatusRow } from '../consolidation/Consolidation';
import { labelPeriod } from '../period/ReportingPeriod';
import type { Unit } from '../registry/UnitRegistry';
import { templateFileName } from '../round/outputFileNames';
import { daysBetween, formatDate, type IsoDate } from '../text/calendarDate';
import type { OfficialDocument } from '../workbook/OfficialDocument';
import { buildFeedback } from './buildFeedback';
import { formatIssueWithPlace } from '../issues/issueMessages';

export type ChasedStatus = 'missing' | 'late' | 'invalid';

/** What to send one unit: a message short enough for Zalo or SMS, and a mail. */
export interface Reminder {
  unit: Unit;
  status: ChasedStatus;
  short: string;
  mail: { to: string; subject: string; body: string };
}

export interface ReminderOptions {
  today: IsoDate;
  /** The office sending: its name, and whom the unit may ask (author, phone, email). */
  document: OfficialDocument;
  /** A new date to send by, when the office sets one. */
  resendBy?: IsoDate;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The units to chase at the time of the run, in registry order: missing, invalid, and late (to send on time next time). */
export function unitsToChase(c: Consolidation): (UnitStatusRow & { status: ChasedStatus })[] {
  // A Word report waiting for the office's confirmation is the office's to act on, not the unit's.
  return c.units.filter((u): u is UnitStatusRow & { status: ChasedStatus } => u.status !== 'on_time' && u.status !== 'pending');
}

/**
 * The reminders of a round, one per unit missing, invalid or late. The texts say the deadline,
 * what is missing or wrong and the template to use; nothing is sent by the software.
 */
export function buildReminders(c: Consolidation, options: ReminderOptions): Reminder[] {
  const { today, document: doc } = options;
  const { period, deadline, template } = c.round;
  const label = labelPeriod(period);
  const issuer = capitalise(doc.issuer);
  const overdue = daysBetween(deadline, today);
  const templateFile = templateFileName(period);
  // Worded as they count: a report dated on the deadline day is on time.
  const dueText = overdue > 0 ? `hạn nộp hết ngày ${formatDate(deadline)}, đã quá ${overdue} ngày` : overdue === 0 ? `hạn nộp hết hôm nay, ${formatDate(deadline)}` : `hạn nộp hết ngày ${formatDate(deadline)}, còn ${-overdue} ngày`;
  const resend = options.resendBy ? `chậm nhất trong ngày ${formatDate(options.resendBy)}` : overdue > 0 ? 'trong thời gian sớm nhất' : `trong hạn (hết ngày ${formatDate(deadline)})`;
  const askUs = [doc.author, doc.phone, doc.email].filter(Boolean).join(', ');
  return unitsToChase(c).map((row) => {
    const { unit } = row;
    let sentence: string;
    let subject: string;
    let detail: string[] = [];
    if (row.status === 'missing') {
      sentence = `Đến ngày ${formatDate(today)}, ${issuer} chưa nhận được báo cáo ${label} của đơn vị (${dueText}). Đề nghị đơn vị gửi báo cáo ${resend}, làm theo mẫu "${templateFile}".`;
      subject = `Đôn đốc gửi báo cáo ${label} - ${unit.name}`;
      detail = [`Mẫu báo cáo: ${template.title} (mã ${template.id}, phiên bản ${template.version}), tệp "${templateFile}". Nếu đơn vị chưa có tệp mẫu, đề nghị liên hệ để được gửi lại.`];
    } else if (row.status === 'invalid') {
      const file = row.file;
      const firstError = file?.issues.find((i) => i.severity === 'error');
      sentence = `Báo cáo ${label} đơn vị gửi (tệp "${file?.fileName ?? ''}") còn ${file?.errors ?? 0} lỗi nên chưa tổng hợp được${firstError ? `, trước hết: ${formatIssueWithPlace(firstError)}` : '.'} Đề nghị đơn vị sửa theo phản hồi của ${issuer} và gửi lại ${resend}.`;
      subject = `Đề nghị sửa và gửi lại báo cáo ${label} - ${unit.name}`;
      const feedback = file ? buildFeedback(file, template, period) : null;
      if (feedback) detail = ['Chi tiết các lỗi cần sửa:', '', feedback];
    } else {
      const date = row.file?.reportDate ?? row.file?.submittedOn;
      sentence = `${issuer} đã nhận báo cáo ${label} của đơn vị${date ? ` (ngày ${formatDate(date)})` : ''}, muộn ${row.daysLate} ngày so với hạn nộp ${formatDate(deadline)}. Đề nghị đơn vị lưu ý gửi đúng hạn ở các kỳ sau.`;
      subject = `Về thời hạn gửi báo cáo ${label} - ${unit.name}`;
    }
    const short = `Kính gửi ${unit.name}: ${sentence}${askUs && row.status === 'invalid' ? ` Cần hỏi, xin liên hệ: ${askUs}.` : ''} Trân trọng.`;
    const greeting = `Kính gửi: ${unit.name}${unit.contact?.person ? ` (đồng chí ${unit.contact.person})` : ''},`;
    const body = [greeting, '', sentence, ...(detail.length > 0 ? ['', ...detail] : []), ...(askUs ? ['', `Mọi vướng mắc xin liên hệ: ${askUs}.`] : []), '', 'Trân trọng,', issuer].join('\n');
    return { unit, status: row.status, short, mail: { to: unit.contact?.email ?? '', subject, body } };
  });
}

/**
 * A mailto: link opening the user's own mail program with the reminder filled in: a navigation,
 * not a network call; the software sends nothing itself.
 */
export function mailtoLink(reminder: Reminder): string {
  const q = `subject=${encodeURIComponent(reminder.mail.subject)}&body=${encodeURIComponent(reminder.mail.body.replace(/\n/g, '\r\n'))}`;
  return `mailto:${encodeURIComponent(reminder.mail.to).replace(/%40/g, '@')}?${q}`;
}
