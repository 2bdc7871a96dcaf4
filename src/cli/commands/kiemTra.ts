import type { Command } from 'commander';
import { checkFiles, feedbackForCheckedFiles } from '../../app/round/checkFiles';
import { formatIssue } from '../../core/issues/issueMessages';
import { describeExtensions, describeSkipReason } from '../../core/round/folderEntries';
import { UserError, collectReportFiles } from '../fileIo';
import { formatIssueList } from '../printTables';
import { readPaths } from '../readFilesWithPool';
import { addRoundOptions, sayFeedbackWritten, templateChoice, timeoutOf, todayOf, type ConsolidateFlags } from '../roundCommands';
import { mergeRoundFile, resolvePeriod, resolveRegistry } from '../roundOptions';
import { chooseTemplate } from '../templateOptions';
import { writeUnitTexts } from '../writeRoundTexts';
import type { CommandContext } from './CommandContext';

/** tonghop kiem-tra: each file checked on its own, as a unit would before sending it. */
export function registerKiemTra(program: Command, { io, result, files }: CommandContext): void {
  addRoundOptions(
    program
      .command('kiem-tra')
      .alias('validate')
      .description('kiểm tra một hoặc nhiều tệp báo cáo; thoát với mã 1 nếu có lỗi')
      .argument('<tệp...>', 'tệp báo cáo hoặc thư mục')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (paths: string[], opts: ConsolidateFlags & { json?: boolean }) => {
    const flags = mergeRoundFile(opts);
    const period = resolvePeriod(flags);
    const { registry, issues: registryIssues } = resolveRegistry(flags);
    for (const i of registryIssues) io.err(`Cảnh báo: ${formatIssue(i)}`);
    const source = collectReportFiles(paths);
    for (const s of source.skipped) io.err(`${s.fileName}: ${describeSkipReason(s)}.`);
    if (source.files.length === 0) throw new UserError(`Không có tệp báo cáo nào (${describeExtensions()}) để kiểm tra.`);
    const choice = await templateChoice(flags, io);
    const checked = await checkFiles({ templates: choice.templates, today: todayOf(flags), period, registry }, source, readPaths({ timeoutMs: timeoutOf(opts) }));
    if (opts.json) {
      io.out(JSON.stringify(checked.map((r, i) => ({ tep: source.files[i], loi: r.issues.map((issue) => ({ ...issue, thongBao: formatIssue(issue) })) })), null, 2));
    } else {
      for (const r of checked) {
        const unit = 'report' in r.input && r.input.report.unitName ? ` (${r.input.report.unitName})` : '';
        io.out(`${r.input.fileName}${unit}`);
        io.out(r.issues.length === 0 ? '  Không có lỗi hay cảnh báo. Sẵn sàng gửi.' : formatIssueList(r.issues));
      }
    }
    if (opts.phanHoi) {
      const texts = feedbackForCheckedFiles(checked, chooseTemplate(flags, choice), period);
      sayFeedbackWritten(await writeUnitTexts(opts.phanHoi, texts, Boolean(opts.ghiDe), files), opts.phanHoi, io);
    }
    if (checked.some((r) => r.errors > 0)) result.exitCode = 1;
  });
}
