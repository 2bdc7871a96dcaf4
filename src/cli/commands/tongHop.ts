import * as path from 'node:path';
import type { Command } from 'commander';
import type { RoundResult } from '../../app/round/runRound';
import { labelPeriod } from '../../core/period/ReportingPeriod';
import { reportFileName, summaryFileName } from '../../core/round/outputFileNames';
import { formatDate } from '../../core/text/calendarDate';
import { ARCHIVE_RECIPIENT, recipientsNeedSetting } from '../../core/workbook/officialHeader';
import { describeDifferences } from '../../core/workbook/buildSummaryWorkbook';
import { compilationTargetBeside, stageRoundFiles } from '../jobs';
import { OutputSet } from '../outputSet';
import { formatCounts, formatSendUp, formatStatusTable } from '../printTables';
import { addRoundOptions, pagesOf, prepareRound, runRoundOnFiles, sayFeedbackWritten, stageFeedbackIfAsked, type ConsolidateFlags, type Output } from '../roundCommands';
import type { CommandContext } from './CommandContext';

type TongHopFlags = ConsolidateFlags & { ra?: string; khongWord?: boolean; soTrang?: string };

/** What the terminal shows of a consolidated round: the status of each unit, the counts, what goes up. */
export function sayRound(result: RoundResult, io: Output): void {
  const c = result.consolidation;
  const { period, deadline } = c.round;
  io.out(`Tổng hợp ${labelPeriod(period)}, hạn nộp ${formatDate(deadline)}`);
  io.out(formatStatusTable(c));
  io.out('');
  io.out(formatCounts(c));
  io.out(formatSendUp(c));
  if (c.versions.length > 1) {
    io.out(`Phiên bản mẫu: ${c.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')}.`);
    for (const line of describeDifferences(c)) io.out(`  - ${line}`);
  }
  if (c.missingSincePrevious.length > 0) io.out(`Đơn vị kỳ trước có nộp mà kỳ này chưa nộp: ${c.missingSincePrevious.map((u) => u.name).join('; ')}.`);
  if (recipientsNeedSetting(result.settled.document)) io.err(`Chú ý: báo cáo chưa có nơi nhận ngoài "${ARCHIVE_RECIPIENT}". Ghi --noi-nhan "Ban Tuyên giáo và Dân vận Trung ương (để báo cáo);Lưu Văn phòng" (hoặc "noiNhan" trong "vanBan" của tệp --dot); nơi nhận mặc định theo cấp ủy khi có --cap-tren, ví dụ "Tỉnh ủy Nghệ An".`);
  if (!result.settled.document.author) io.err('Chú ý: chưa có người lập báo cáo tổng hợp (--nguoi-lap); cấp trên sẽ báo thiếu khi nhận. Có thể điền ở trang "BC Thông tin chung".');
}


/** tonghop tong-hop: a folder of reports → the summary workbook and, beside it, the Word report. */
export function registerTongHop(program: Command, { io, files }: CommandContext): void {
  addRoundOptions(
    program
      .command('tong-hop')
      .alias('consolidate')
      .description('tổng hợp các tệp báo cáo của một đợt thành một bảng tổng hợp (.xlsx)')
      .argument('<thư mục hoặc tệp...>', 'thư mục chứa báo cáo, hoặc các tệp')
      .option('-o, --ra <tệp>', 'tệp kết quả (mặc định: "Tổng hợp <kỳ>.xlsx" trong thư mục hiện tại)')
      .option('--khong-word', 'không viết báo cáo Word (.docx) và trích báo cáo các đơn vị bên cạnh bảng tổng hợp')
      .option('--so-trang <trang>', 'báo cáo Word: số trang phần nội dung (trước chữ ký) mà phần tổng hợp ý kiến các đơn vị được viết cho vừa (mặc định 12)'),
  ).action(async (paths: string[], opts: TongHopFlags) => {
    const { settled } = await prepareRound(opts, io, { pages: pagesOf(opts.soTrang) });
    const overwrite = Boolean(opts.ghiDe);
    // The summary, the report, the compilation and the feedback are one set: written, then put in place together.
    const set = new OutputSet(files);
    // Refuse at once, not after reading a thousand files, when the summary would replace a file.
    const target = set.claim(opts.ra ?? summaryFileName(settled.round.period), overwrite);
    // Beside the summary: "Báo cáo tổng hợp <kỳ>.docx", or the name given with -o, as .docx.
    const reportName = opts.ra ? `${path.basename(target, path.extname(target))}.docx` : reportFileName(settled.round.period);
    const reportTarget = path.join(path.dirname(target), reportName);
    // Beside the report, every unit's full text: "Trích báo cáo các đơn vị <kỳ>.docx".
    const word = opts.khongWord ? null : { report: set.claim(reportTarget, overwrite), compilation: set.claim(compilationTargetBeside(reportTarget, opts.ra ? null : settled.round.period), overwrite) };
    const result = await runRoundOnFiles(paths, settled, [target], opts, io);
    let feedback: string[] | null = null;
    await set.complete(async () => {
      await stageRoundFiles(result, { summary: target, word }, set);
      feedback = stageFeedbackIfAsked(result, opts, set);
    });
    sayRound(result, io);
    io.out(`Đã ghi bảng tổng hợp: ${target}`);
    if (word) {
      io.out(`Đã ghi báo cáo Word: ${word.report}`);
      io.out(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${word.compilation}`);
      io.out(`Sửa bảng tổng hợp trong Excel rồi muốn có lại báo cáo Word theo bản đã sửa: tonghop bao-cao "${target}" --ghi-de`);
    }
    if (feedback && opts.phanHoi) sayFeedbackWritten(feedback, opts.phanHoi, io);
  });
}
