import type { Command } from 'commander';
import { roundDeadline } from '../../app/round/RoundSettings';
import { labelPeriod } from '../../core/period/ReportingPeriod';
import { formatIssue } from '../../core/issues/issueMessages';
import { createUnitMatcher } from '../../core/registry/UnitRegistry';
import { templateFileName } from '../../core/round/outputFileNames';
import { formatDate } from '../../core/text/calendarDate';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import { UserError, writeFileSafely } from '../fileIo';
import { excelWriter } from '../loadAdapters';
import { addPeriodOptions, templateChoice } from '../roundCommands';
import { deadlineFromFlags, mergeRoundFile, requirePeriod, resolveRegistry, type RoundFlags } from '../roundOptions';
import { chooseTemplate } from '../templateOptions';
import type { CommandContext } from './CommandContext';

type MauFlags = RoundFlags & { donVi?: string; noiNhan?: string; ra?: string; ghiDe?: boolean };

/** tonghop mau: the template handed to units for a period, filled with one unit's name if asked. */
export function registerMau(program: Command, { io, files }: CommandContext): void {
  addPeriodOptions(
    program
      .command('mau')
      .alias('template')
      .description('tạo tệp mẫu báo cáo (.xlsx) cho một kỳ, để phát cho các đơn vị')
      .option('--don-vi <tên hoặc mã>', 'điền sẵn tên đơn vị (cần danh sách đơn vị)')
      .option('--noi-nhan <cơ quan>', 'nơi nhận báo cáo, in trong trang Hướng dẫn')
      .option('-o, --ra <tệp>', 'tệp kết quả (mặc định: "Mẫu báo cáo <kỳ>.xlsx")')
      .option('--ghi-de', 'cho phép ghi đè tệp đã có'),
  ).action(async (opts: MauFlags) => {
    const flags = mergeRoundFile(opts);
    const template = chooseTemplate(flags, await templateChoice(flags, io));
    const period = requirePeriod(flags);
    const { registry, issues } = resolveRegistry(flags);
    for (const i of issues) io.err(`Cảnh báo: ${formatIssue(i)}`);
    let unit;
    if (opts.donVi) {
      if (!registry) throw new UserError('--don-vi cần danh sách đơn vị (--danh-sach).');
      const match = createUnitMatcher(registry).match(opts.donVi);
      if (match.kind !== 'found') throw new UserError(`Không tìm thấy đơn vị "${opts.donVi}" trong danh sách.`);
      unit = match.unit;
    }
    const deadline = roundDeadline(period, deadlineFromFlags(flags));
    const spec = buildTemplateWorkbook(template, { period, registry, unit, deadline, recipient: opts.noiNhan ?? flags.coQuan });
    const written = writeFileSafely(opts.ra ?? templateFileName(period, unit?.name), await excelWriter().writeWorkbook(spec), Boolean(opts.ghiDe), files);
    io.out(`Đã tạo mẫu báo cáo ${labelPeriod(period)} (mẫu ${template.id}, phiên bản ${template.version}; hạn nộp ${formatDate(deadline)}): ${written}`);
  });
}
