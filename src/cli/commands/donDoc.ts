import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { labelPeriod } from '../../core/period/ReportingPeriod';
import { describeContact } from '../../core/registry/UnitRegistry';
import { reminderFolderName } from '../../core/round/outputFileNames';
import { describeStatus } from '../../core/round/statusLabels';
import { formatDate } from '../../core/text/calendarDate';
import { UserError } from '../fileIo';
import { OutputSet } from '../outputSet';
import { addRoundOptions, prepareRound, runRoundOnFiles, sayFeedbackWritten, stageFeedbackIfAsked, type ConsolidateFlags } from '../roundCommands';
import { stageReminderFiles } from '../writeRoundTexts';
import type { CommandContext } from './CommandContext';

type DonDocFlags = ConsolidateFlags & { ra?: string };

/** tonghop don-doc: whom to chase, and what to send each (the software sends nothing itself). */
export function registerDonDoc(program: Command, { io, files }: CommandContext): void {
  addRoundOptions(
    program
      .command('don-doc')
      .alias('remind')
      .description('nhắc các đơn vị chưa nộp, báo cáo còn lỗi hoặc nộp muộn: in tin nhắn (Zalo, SMS), ghi thư điện tử cho từng đơn vị và công văn đôn đốc (.docx); phần mềm không tự gửi gì')
      .argument('<thư mục hoặc tệp...>', 'thư mục chứa báo cáo đã nhận, hoặc các tệp')
      .option('-o, --ra <thư mục>', 'thư mục ghi kết quả (mặc định: "Đôn đốc <kỳ>" trong thư mục hiện tại)')
  ).action(async (paths: string[], opts: DonDocFlags) => {
    const { settled } = await prepareRound(opts, io);
    const { period, deadline } = settled.round;
    const { resendBy } = settled.round;
    const folder = path.resolve(opts.ra ?? reminderFolderName(period));
    // Refuse before reading: a folder of earlier reminders is not replaced without --ghi-de.
    if (!opts.ghiDe && fs.existsSync(folder) && fs.readdirSync(folder).some((f) => f.endsWith('.txt') || f.endsWith('.docx'))) {
      throw new UserError(`Thư mục "${folder}" đã có tệp nhắc của lần trước. Dùng --ghi-de để ghi đè, hoặc chọn thư mục khác bằng -o.`);
    }
    const result = await runRoundOnFiles(paths, settled, [], opts, io);
    // The reminders, the letter and the feedback are one set, put in place together.
    const set = new OutputSet(files);
    let staged: Awaited<ReturnType<typeof stageReminderFiles>> = { reminders: [], files: [] };
    let feedback: string[] | null = null;
    await set.complete(async () => {
      staged = await stageReminderFiles(result, folder, set, { resendBy, overwrite: Boolean(opts.ghiDe) });
      feedback = stageFeedbackIfAsked(result, opts, set);
    });
    const { reminders, letter } = staged;
    const count = (status: string) => reminders.filter((r) => r.status === status).length;
    io.out(`Đôn đốc báo cáo ${labelPeriod(period)}, hạn nộp ${formatDate(deadline)}, đến ngày ${formatDate(settled.today)}: ${reminders.length} đơn vị cần nhắc (${count('missing')} chưa nộp, ${count('invalid')} báo cáo còn lỗi, ${count('late')} nộp muộn).`);
    for (const r of reminders) {
      const row = result.consolidation.units.find((u) => u.unit === r.unit);
      const contact = describeContact(r.unit.contact);
      io.out('');
      io.out(`${r.unit.name} (${row ? describeStatus(row).toLocaleLowerCase('vi') : ''})${contact ? `: ${contact}` : ''}`);
      io.out(`  ${r.short}`);
    }
    if (reminders.length > 0) {
      io.out('');
      io.out(`Đã ghi ${reminders.length} tệp nhắc (tin nhắn và thư điện tử của từng đơn vị) vào thư mục: ${folder}`);
      if (letter) io.out(`Đã ghi công văn đôn đốc: ${letter}`);
    }
    if (feedback && opts.phanHoi) sayFeedbackWritten(feedback, opts.phanHoi, io);
  });
}
