#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeContact } from '../core/registry/UnitRegistry';
import { describeStatus } from '../core/round/statusLabels';
import { writeFeedbackFiles, writeReminderFiles, writeRoundFeedback } from './writeRoundTexts';
import { Command, CommanderError } from 'commander';
import { excelWriter } from './loadAdapters';
import { labelPeriod } from '../core/period/ReportingPeriod';
import { countBySeverity } from '../core/issues/Issue';
import { formatIssue } from '../core/issues/issueMessages';
import { createUnitMatcher } from '../core/registry/UnitRegistry';
import { formatDate } from '../core/text/calendarDate';
import { buildTemplateWorkbook } from '../core/workbook/buildTemplateWorkbook';
import { describeDifferences } from '../core/workbook/buildSummaryWorkbook';
import { UserError, assertWritable, collectReportFiles, writeFileSafely } from './fileIo';
import { describeSkipReason } from '../core/round/folderEntries';
import { rebuildReportFile, writeRoundFiles } from './jobs';
import { readFilesWithPool } from './readFilesWithPool';
import { formatCounts, formatIssueList, formatSendUp, formatStatusTable } from './printTables';
import { documentFromFlags, mergeRoundFile, parseUserDate, requirePeriod, resolveDeadline, resolvePeriod, resolveRegistry, type RoundFlags } from './roundOptions';
import { chooseTemplate } from './templateOptions';
import { reminderFolderName, reportFileName, summaryFileName, templateFileName } from '../core/round/outputFileNames';
import { FILE_TIME_LIMIT_MS } from '../core/round/roundDefaults';
import { addConsolidateOptions, addRoundOptions, excerptLimitOf, prepareRound, readRound, sayFeedbackWritten, templateChoice, timeoutOf, todayOf, type ConsolidateFlags, type Output } from './roundCommands';

const VERSION = '0.1.0';

const defaultOutput: Output = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  errIsTty: Boolean(process.stderr.isTTY),
};

/** Commander's own messages, in Vietnamese. */
function translateCommanderError(error: CommanderError): string {
  const arg = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `Tùy chọn không hợp lệ: ${arg}. Xem "tonghop --help".`;
    case 'commander.unknownCommand':
      return `Không có lệnh "${arg}". Các lệnh: mau, kiem-tra, tong-hop, don-doc, bao-cao, soan-mau, demo. Xem "tonghop --help".`;
    case 'commander.missingArgument':
      return `Thiếu tham số ${arg}. Xem "tonghop <lệnh> --help".`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn ${arg} cần một giá trị.`;
    case 'commander.excessArguments':
      return 'Thừa tham số. Xem "tonghop <lệnh> --help".';
    default:
      return error.message;
  }
}

export function buildProgram(io: Output = defaultOutput, result = { exitCode: 0 }): Command {
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

  addRoundOptions(
    program
      .command('mau')
      .alias('template')
      .description('tạo tệp mẫu báo cáo (.xlsx) cho một kỳ, để phát cho các đơn vị')
      .option('--don-vi <tên hoặc mã>', 'điền sẵn tên đơn vị (cần danh sách đơn vị)')
      .option('--noi-nhan <cơ quan>', 'nơi nhận báo cáo, in trong trang Hướng dẫn')
      .option('-o, --ra <tệp>', 'tệp kết quả (mặc định: "Mẫu báo cáo <kỳ>.xlsx")')
      .option('--ghi-de', 'cho phép ghi đè tệp đã có'),
    true,
  ).action(async (opts: RoundFlags & { donVi?: string; noiNhan?: string; ra?: string; ghiDe?: boolean }) => {
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
    const deadline = resolveDeadline(flags, period);
    const spec = buildTemplateWorkbook(template, { period, registry, unit, deadline, recipient: opts.noiNhan ?? flags.coQuan });
    const target = opts.ra ?? templateFileName(period, unit?.name);
    const written = writeFileSafely(target, await excelWriter().writeWorkbook(spec), Boolean(opts.ghiDe));
    io.out(`Đã tạo mẫu báo cáo ${labelPeriod(period)} (mẫu ${template.id}, phiên bản ${template.version}; hạn nộp ${formatDate(deadline)}): ${written}`);
  });

  addRoundOptions(
    program
      .command('kiem-tra')
      .alias('validate')
      .description('kiểm tra một hoặc nhiều tệp báo cáo; thoát với mã 1 nếu có lỗi')
      .argument('<tệp...>', 'tệp báo cáo hoặc thư mục')
      .option('--json', 'in kết quả dạng JSON')
      .option('--phan-hoi <thư mục>', 'ghi vào thư mục này một tệp phản hồi (.txt) cho mỗi báo cáo còn lỗi hay cảnh báo, đặt tên theo đơn vị')
      .option('--ghi-de', 'với --phan-hoi: cho phép ghi đè tệp phản hồi đã có')
      .option('--gioi-han-giay <giây>', 'bỏ qua một tệp đọc quá số giây này (tệp hỏng)', String(FILE_TIME_LIMIT_MS / 1000)),
    false,
  ).action(async (paths: string[], opts: RoundFlags & { json?: boolean; gioiHanGiay: string; phanHoi?: string; ghiDe?: boolean }) => {
    const flags = mergeRoundFile(opts);
    const period = resolvePeriod(flags);
    const { registry, issues: registryIssues } = resolveRegistry(flags);
    for (const i of registryIssues) io.err(`Cảnh báo: ${formatIssue(i)}`);
    const today = todayOf(flags);
    const { files, skipped } = collectReportFiles(paths);
    for (const s of skipped) io.err(`${s.fileName}: ${describeSkipReason(s)}.`);
    if (files.length === 0) throw new UserError('Không có tệp bảng tính nào (.xlsx, .xls, .ods) để kiểm tra.');
    const choice = await templateChoice(flags, io);
    const { templates } = choice;
    const inputs = await readFilesWithPool(files, { templates, today, period, registry }, { timeoutMs: timeoutOf(opts) });
    let anyErrors = false;
    const results = files.map((file, i) => {
      const input = inputs[i];
      const issues = 'report' in input ? input.report.issues : input.failure;
      if (countBySeverity(issues).errors > 0) anyErrors = true;
      return { file, input, issues };
    });
    if (opts.json) {
      io.out(JSON.stringify(results.map((r) => ({ tep: r.file, loi: r.issues.map((i) => ({ ...i, thongBao: formatIssue(i) })) })), null, 2));
    } else {
      for (const r of results) {
        const unit = 'report' in r.input && r.input.report.unitName ? ` (${r.input.report.unitName})` : '';
        io.out(`${path.basename(r.file)}${unit}`);
        io.out(r.issues.length === 0 ? '  Không có lỗi hay cảnh báo. Sẵn sàng gửi.' : formatIssueList(r.issues));
      }
    }
    if (opts.phanHoi) {
      // A file that could not be read as a report still gets its message, under the file's name.
      const fallback = chooseTemplate(flags, choice);
      const sources = results.map((r) =>
        'report' in r.input
          ? { fileName: path.basename(r.file), unit: r.input.report.unit, unitName: r.input.report.unitName, reportDate: r.input.report.reportDate, issues: r.issues, template: r.input.report.template }
          : { fileName: path.basename(r.file), unitName: '', issues: r.issues, template: fallback },
      );
      sayFeedbackWritten(writeFeedbackFiles(opts.phanHoi, sources, period, Boolean(opts.ghiDe)), opts.phanHoi, io);
    }
    if (anyErrors) result.exitCode = 1;
  });

  addRoundOptions(
    addConsolidateOptions(program
      .command('tong-hop')
      .alias('consolidate')
      .description('tổng hợp các tệp báo cáo của một đợt thành một bảng tổng hợp (.xlsx)')
      .argument('<thư mục hoặc tệp...>', 'thư mục chứa báo cáo, hoặc các tệp')
      .option('-o, --ra <tệp>', 'tệp kết quả (mặc định: "Tổng hợp <kỳ>.xlsx" trong thư mục hiện tại)')
      .option('--ghi-de', 'cho phép ghi đè tệp đã có')
      .option('--khong-word', 'không viết báo cáo Word (.docx) bên cạnh bảng tổng hợp')
      .option('--phan-hoi <thư mục>', 'ghi vào thư mục này một tệp phản hồi (.txt) cho mỗi đơn vị có báo cáo còn lỗi hay cảnh báo, để gửi lại đơn vị')
      .option('--trich-toi-da <ký tự>', 'báo cáo Word: giữ tối đa số ký tự này của mỗi đơn vị trong mỗi mục, cắt ở cuối câu (mặc định giữ hết)')
      .option('--ky-truoc <tệp>', 'bảng tổng hợp kỳ trước, để so sánh số liệu và tìm đơn vị kỳ này chưa nộp')
      .option('--ma-co-quan <mã>', 'văn bản: mã của cơ quan tổng hợp trong danh sách của cấp trên')
      .option('--trich-yeu <câu>', 'văn bản: trích yếu')
      .option('--noi-nhan <nơi nhận...>', 'văn bản: nơi nhận, mỗi nơi một tham số (hoặc ngăn bằng ";")')),
    true,
  ).action(async (paths: string[], opts: ConsolidateFlags & { ra?: string; ghiDe?: boolean; khongWord?: boolean; trichToiDa?: string; phanHoi?: string }) => {
    const prepared = await prepareRound(opts, io);
    const { flags, round, today } = prepared;
    const { period, deadline } = round;
    // Refuse at once, not after reading a thousand files, when the summary would replace a file.
    const target = assertWritable(opts.ra ?? summaryFileName(period), Boolean(opts.ghiDe));
    // Beside the summary: "Báo cáo tổng hợp <kỳ>.docx", or the name given with -o, as .docx.
    const reportName = opts.ra ? `${path.basename(target, path.extname(target))}.docx` : reportFileName(period);
    const reportTarget = opts.khongWord ? null : assertWritable(path.join(path.dirname(target), reportName), Boolean(opts.ghiDe));
    const maxExcerptChars = excerptLimitOf(opts.trichToiDa);
    const consolidation = await readRound(paths, prepared, [target], opts, io);
    const document = documentFromFlags(flags, round.body, today);
    const { written, report } = await writeRoundFiles(consolidation, { summary: target, report: reportTarget }, { overwrite: Boolean(opts.ghiDe), generatedOn: today, document, maxExcerptChars });
    io.out(`Tổng hợp ${labelPeriod(period)}, hạn nộp ${formatDate(deadline)}`);
    io.out(formatStatusTable(consolidation));
    io.out('');
    io.out(formatCounts(consolidation));
    io.out(formatSendUp(consolidation));
    if (consolidation.versions.length > 1) {
      io.out(`Phiên bản mẫu: ${consolidation.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')}.`);
      for (const line of describeDifferences(consolidation)) io.out(`  - ${line}`);
    }
    if (consolidation.missingSincePrevious.length > 0) io.out(`Đơn vị kỳ trước có nộp mà kỳ này chưa nộp: ${consolidation.missingSincePrevious.map((u) => u.name).join('; ')}.`);
    if (!document.author) io.err('Chú ý: chưa có người lập báo cáo tổng hợp (--nguoi-lap); cấp trên sẽ báo thiếu khi nhận. Có thể điền ở trang "BC Thông tin chung".');
    io.out(`Đã ghi bảng tổng hợp: ${written}`);
    if (report) {
      if (report.plan.issue) io.err(`Chú ý: ${formatIssue(report.plan.issue)}`);
      io.out(`Đã ghi báo cáo Word: ${report.written}`);
      io.out(`Sửa bảng tổng hợp trong Excel rồi muốn có lại báo cáo Word theo bản đã sửa: tonghop bao-cao "${written}" --ghi-de`);
    }
    if (opts.phanHoi) sayFeedbackWritten(writeRoundFeedback(consolidation, opts.phanHoi, Boolean(opts.ghiDe)), opts.phanHoi, io);
  });

  addRoundOptions(
    addConsolidateOptions(
      program
        .command('don-doc')
        .alias('remind')
        .description('nhắc các đơn vị chưa nộp, báo cáo còn lỗi hoặc nộp muộn: in tin nhắn (Zalo, SMS), ghi thư điện tử cho từng đơn vị và công văn đôn đốc (.docx); phần mềm không tự gửi gì')
        .argument('<thư mục hoặc tệp...>', 'thư mục chứa báo cáo đã nhận, hoặc các tệp')
        .option('-o, --ra <thư mục>', 'thư mục ghi kết quả (mặc định: "Đôn đốc <kỳ>" trong thư mục hiện tại)')
        .option('--han-moi <ngày>', 'ngày đề nghị đơn vị gửi (hoặc gửi lại) báo cáo, ghi trong tin nhắn và công văn (dd/mm/yyyy)')
        .option('--ghi-de', 'cho phép ghi đè các tệp đã có trong thư mục kết quả'),
    ),
    true,
  ).action(async (paths: string[], opts: ConsolidateFlags & { ra?: string; hanMoi?: string; ghiDe?: boolean }) => {
    const prepared = await prepareRound(opts, io);
    const { flags, round, today } = prepared;
    const resendBy = opts.hanMoi ? parseUserDate(opts.hanMoi, '--han-moi') : undefined;
    const folder = path.resolve(opts.ra ?? reminderFolderName(round.period));
    // Refuse before reading: a folder of earlier reminders is not replaced without --ghi-de.
    if (!opts.ghiDe && fs.existsSync(folder) && fs.readdirSync(folder).some((f) => f.endsWith('.txt') || f.endsWith('.docx'))) {
      throw new UserError(`Thư mục "${folder}" đã có tệp nhắc của lần trước. Dùng --ghi-de để ghi đè, hoặc chọn thư mục khác bằng -o.`);
    }
    const consolidation = await readRound(paths, prepared, [], opts, io);
    const document = documentFromFlags(flags, round.body, today);
    const { reminders, letter } = await writeReminderFiles(consolidation, folder, { today, document, resendBy, overwrite: Boolean(opts.ghiDe) });
    const count = (status: string) => reminders.filter((r) => r.status === status).length;
    io.out(`Đôn đốc báo cáo ${labelPeriod(round.period)}, hạn nộp ${formatDate(round.deadline)}, đến ngày ${formatDate(today)}: ${reminders.length} đơn vị cần nhắc (${count('missing')} chưa nộp, ${count('invalid')} báo cáo còn lỗi, ${count('late')} nộp muộn).`);
    for (const r of reminders) {
      const row = consolidation.units.find((u) => u.unit === r.unit);
      const contact = describeContact(r.unit.contact);
      io.out('');
      io.out(`${r.unit.name} (${row ? describeStatus(row).toLocaleLowerCase('vi') : ''})${contact ? `: ${contact}` : ''}`);
      io.out(`  ${r.short}`);
    }
    if (reminders.length === 0) return;
    io.out('');
    io.out(`Đã ghi ${reminders.length} tệp nhắc (tin nhắn và thư điện tử của từng đơn vị) vào thư mục: ${folder}`);
    if (letter) io.out(`Đã ghi công văn đôn đốc: ${letter}`);
  });

  program
    .command('bao-cao')
    .alias('report')
    .description('viết lại báo cáo Word (.docx) từ bảng tổng hợp đã sửa trong Excel (tiêu đề, nội dung các mục, số liệu, nơi nhận, người ký)')
    .argument('<bảng tổng hợp.xlsx>', 'bảng tổng hợp do lệnh tong-hop ghi, đã sửa hay chưa')
    .option('-o, --ra <tệp.docx>', 'tệp kết quả (mặc định: "Báo cáo tổng hợp <kỳ>.docx" cạnh bảng tổng hợp)')
    .option('--ghi-de', 'cho phép ghi đè tệp đã có (ví dụ bản Word viết lần trước)')
    .option('--trich-toi-da <ký tự>', 'giữ tối đa số ký tự này của mỗi đơn vị trong mỗi mục, cắt ở cuối câu (mặc định giữ hết)')
    .option('--danh-muc <thư mục>', 'thư mục danh mục mẫu, khi bảng tổng hợp làm theo mẫu không có sẵn')
    .option('--tep-mau <tệp.json>', 'tệp mẫu (.json), khi bảng tổng hợp làm theo mẫu không có sẵn')
    .action(async (file: string, opts: RoundFlags & { ra?: string; ghiDe?: boolean; trichToiDa?: string }) => {
      const { templates } = await templateChoice(opts, io);
      const out = opts.ra ? (path.extname(opts.ra).toLowerCase() === '.docx' ? opts.ra : `${opts.ra}.docx`) : undefined;
      const report = await rebuildReportFile(file, templates, { out, overwrite: Boolean(opts.ghiDe), maxExcerptChars: excerptLimitOf(opts.trichToiDa) });
      for (const issue of report.issues) io.err(`Cảnh báo: ${formatIssue(issue)}`);
      if (report.plan.issue) io.err(`Chú ý: ${formatIssue(report.plan.issue)}`);
      const { counts } = report.content;
      io.out(`Báo cáo ${labelPeriod(report.content.period)}: ${report.content.unitFigures.length}/${counts.on_time + counts.late + counts.missing + counts.invalid} đơn vị có số liệu được tổng hợp.`);
      io.out(`Đã ghi báo cáo Word: ${report.written}`);
    });

  program
    .command('soan-mau')
    .alias('author')
    .description('soạn mẫu mới trong Excel: đọc sổ soạn mẫu (.xlsx) thành tệp mẫu (.json) và tệp mẫu Excel để xem trước; hoặc --tao để tạo sổ soạn mẫu từ một mẫu đã có')
    .argument('<sổ-soạn-mẫu.xlsx>', 'sổ soạn mẫu cần đọc (hoặc cần tạo, với --tao)')
    .option('--tao', 'tạo sổ soạn mẫu từ một mẫu đã có (mặc định: mẫu có sẵn mới nhất; chọn bằng --mau, --tep-mau, --danh-muc)')
    .option('--mau <mã>', 'với --tao: mẫu bắt đầu, ví dụ hn-kl01@1')
    .option('--tep-mau <tệp.json>', 'với --tao: bắt đầu từ tệp mẫu này')
    .option('-o, --ra <tệp.json>', 'tệp mẫu kết quả (mặc định: "<mã>.v<phiên bản>.json" cạnh sổ soạn mẫu)')
    .option('--xem-truoc <tệp.xlsx>', 'tệp mẫu Excel để xem trước (mặc định: "<mã>.v<phiên bản> - xem trước.xlsx")')
    .option('--khong-xem-truoc', 'không tạo tệp xem trước')
    .option('--danh-muc <thư mục>', 'phát hành: chép tệp mẫu vào thư mục danh mục và cập nhật index.json (với --tao: đọc mẫu từ danh mục)')
    .option('--hom-nay <ngày>', 'coi hôm nay là ngày này (dd/mm/yyyy)')
    .option('--ghi-de', 'cho phép ghi đè tệp đã có')
    .action(async (file: string, opts: RoundFlags & { tao?: boolean; ra?: string; xemTruoc?: string; khongXemTruoc?: boolean; ghiDe?: boolean }) => {
      // Loaded here: the template checker (zod) is needed by these commands alone.
      const { authorTemplate, writeAuthorFile } = await import('./authorCommands');
      if (opts.tao) {
        const choice = await templateChoice(opts, io);
        const template = chooseTemplate(opts, choice);
        const written = await writeAuthorFile(template, file, Boolean(opts.ghiDe));
        io.out(`Đã tạo sổ soạn mẫu từ mẫu "${template.id}" phiên bản ${template.version}: ${written}`);
        io.out('Sửa sổ này trong Excel (tăng "Phiên bản" ở trang Cài đặt), rồi chạy: tonghop soan-mau "' + written + '"');
        return;
      }
      const outcome = await authorTemplate(file, { out: opts.ra, preview: opts.khongXemTruoc ? null : opts.xemTruoc, catalogue: opts.danhMuc, overwrite: Boolean(opts.ghiDe), today: todayOf(opts) });
      if (!outcome.ok) {
        io.err(`Sổ soạn mẫu "${path.basename(file)}" còn ${outcome.errors} lỗi, chưa tạo tệp mẫu:`);
        for (const line of outcome.lines) io.err(`  - ${line}`);
        result.exitCode = 1;
        return;
      }
      for (const line of outcome.lines) io.err(`Cảnh báo: ${line}`);
      io.out(`Mẫu "${outcome.template.title}" (mã ${outcome.template.id}, phiên bản ${outcome.template.version}): ${outcome.template.sections.length} mục, ${outcome.template.indicators.length} chỉ tiêu.`);
      io.out(`Đã ghi tệp mẫu: ${outcome.written}`);
      if (outcome.preview) io.out(`Đã ghi tệp mẫu Excel để xem trước: ${outcome.preview}`);
      if (outcome.published) io.out(`Đã phát hành vào danh mục: ${outcome.published}`);
    });

  program
    .command('demo')
    .description('chạy thử toàn bộ quy trình trên dữ liệu mẫu có sẵn (30 đơn vị)')
    .option('--thu-muc <thư mục>', 'nơi ghi kết quả', 'out/demo')
    .action(async (opts: { thuMuc: string }) => {
      await (await import('./runDemo')).runDemo(opts.thuMuc, io);
    });

  return program;
}

export async function main(argv: string[], io: Output = defaultOutput): Promise<number> {
  const result = { exitCode: 0 };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.err(translateCommanderError(error));
      return 2;
    }
    if (error instanceof UserError) {
      io.err(`Lỗi: ${error.message}`);
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
