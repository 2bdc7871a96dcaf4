import * as path from 'node:path';
import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { sheetJs } from './loadAdapters';
import { readPreviousSummary } from '../core/workbook/read/readPreviousSummary';
import { formatIssue } from '../core/issues/issueMessages';
import { LIMITS } from '../core/round/limits';
import { BODY_PAGES, isBodyPages } from '../core/synthesis/pageBudget';
import { REGISTRY_EXTENSIONS, describeExtensions } from '../core/round/folderEntries';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import type { WordConfirmation } from '../core/wordReport/wordDecisions';
import { settleRound, type SettledRound } from '../app/round/RoundSettings';
import { consolidateRound, readRound, type RoundResult } from '../app/round/runRound';
import { UserError, collectReportFiles, readInputFile } from './fileIo';
import { todayFromClock } from './jobs';
import { stageUnitTexts } from './writeRoundTexts';
import type { OutputSet } from './outputSet';
import { readPaths } from './readFilesWithPool';
import { deadlineFromFlags, documentFieldsFromFlags, mergeRoundFile, parseUserDate, requirePeriod, requireRegistry, type RoundFlags } from './roundOptions';
import { chooseAcceptedVersions, chooseTemplate, resolveTemplates, type TemplateChoice } from './templateOptions';

/*
 * What the commands that run a round share: their options, declared once; the round settled
 * from them before any file is read; the files read with a progress bar.
 */

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard error is a terminal: show a progress bar. */
  errIsTty: boolean;
}

/** The period, the units, the templates and the deadline: every command about a round (mau too). */
export function addPeriodOptions(cmd: Command): Command {
  return cmd
    .option('--dot <tệp>', 'tệp JSON mô tả đợt tổng hợp (ky, nam, tuNgay, denNgay, hanNop, coQuan, danhSach; văn bản trong "vanBan": capTren, soKyHieu, diaDanh, noiNhan…)')
    .option('--ky <kỳ>', 'kỳ báo cáo: Q1, Q2, Q3, Q4, H1 (6 tháng), M9 (9 tháng), Y (năm), custom')
    .option('--nam <năm>', 'năm báo cáo, ví dụ 2026')
    .option('--tu-ngay <ngày>', 'số liệu từ ngày (dd/mm/yyyy); mặc định theo Nghị định 09/2019')
    .option('--den-ngay <ngày>', 'số liệu đến ngày (dd/mm/yyyy)')
    .option('--han-nop <ngày>', 'hạn nộp (dd/mm/yyyy); mặc định ngày 20 của tháng chốt số liệu, lùi sang ngày làm việc')
    .option('--danh-sach <tệp>', `danh sách đơn vị (${describeExtensions(REGISTRY_EXTENSIONS)}; cột Mã, Tên, Loại)`)
    .option('--danh-sach-mau', 'dùng danh sách 30 đơn vị mẫu có sẵn (để chạy thử)')
    .option('--co-quan <tên>', 'cơ quan tổng hợp, ví dụ "Ban Tuyên giáo và Dân vận Tỉnh ủy"')
    .option('--mau <mã>', 'mã mẫu báo cáo, ví dụ hn-kl01 (phiên bản mới nhất) hoặc hn-kl01@1')
    .option('--danh-muc <thư mục>', 'thư mục danh mục mẫu (index.json và các tệp mẫu .json) do cơ quan phát hành')
    .option('--tep-mau <tệp.json>', 'tệp mẫu (.json) được gửi riêng, ví dụ qua thư điện tử')
    .option('--hom-nay <ngày>', 'coi hôm nay là ngày này (dd/mm/yyyy), khi kiểm tra lại một đợt cũ');
}

/** Every option of a round, accepted alike by each command that reads a round's files (kiem-tra, tong-hop, don-doc). */
export function addRoundOptions(cmd: Command): Command {
  return addPeriodOptions(cmd)
    .option('--han-moi <ngày>', 'ngày đề nghị đơn vị gửi (hoặc sửa, gửi lại) báo cáo, ghi trong tin nhắn và công văn; đơn vị đã gửi đúng hạn và sửa trước ngày này không bị tính muộn (dd/mm/yyyy)')
    .option('--nhan-phien-ban <các phiên bản>', 'nhận cả báo cáo làm theo phiên bản cũ của mẫu, ví dụ "1" hoặc "1,2" hoặc "tat-ca"; chỉ tiêu chung được cộng, phần khác được liệt kê')
    .option('--cong-ca-bao-cao-loi', 'cộng cả báo cáo có lỗi vào tổng (mặc định chỉ liệt kê)')
    .option('--cong-ca-ban-sao', 'cộng cả báo cáo trùng toàn bộ với báo cáo của đơn vị khác (mặc định để riêng như báo cáo có lỗi)')
    .addOption(new Option('--tinh-muon-theo <căn cứ>', 'tính nộp muộn theo ngày báo cáo ghi trong tệp, hoặc ngày sửa tệp').choices(['ngay-bao-cao', 'ngay-tep']).default('ngay-bao-cao'))
    .option('--gioi-han-giay <giây>', 'bỏ qua một tệp đọc quá số giây này (tệp hỏng)', String(LIMITS.file.timeMs / 1000))
    .option('--ky-truoc <tệp>', 'bảng tổng hợp kỳ trước, để so sánh số liệu và tìm đơn vị kỳ này chưa nộp')
    .option('--phan-hoi <thư mục>', 'ghi vào thư mục này một tệp phản hồi (.txt) cho mỗi báo cáo còn lỗi hay cảnh báo, đặt tên theo đơn vị, để gửi lại đơn vị')
    .option('--ghi-de', 'cho phép ghi đè các tệp đã có')
    .option('--xac-nhan-word <mã...>', 'xác nhận cách đọc các báo cáo Word có mã này (mã in trong thông báo "cần cán bộ xác nhận"): được cộng vào tổng hợp như đã đọc; cũng ghi được trong tệp đợt ("xacNhanWord"), ở đó kèm được việc chuyển mục và gắn đoạn chưa xếp (xem README)')
    .option('--cap-tren <tên>', 'văn bản: cấp ủy của cơ quan tổng hợp, dòng đầu văn bản, ví dụ "Tỉnh ủy Nghệ An" (in trên "BAN TUYÊN GIÁO VÀ DÂN VẬN", không lặp lại tên cấp ủy)')
    .option('--ma-co-quan <mã>', 'văn bản: mã của cơ quan tổng hợp trong danh sách của cấp trên')
    .option('--so-ky-hieu <số>', 'văn bản: số, ký hiệu, ví dụ "45-BC/BTGDVTU"; không có thì để trống chỗ ghi số bằng tay')
    .option('--dia-danh <nơi>', 'văn bản: địa danh, ví dụ "Hà Nội"; mặc định theo cấp ủy (Tỉnh ủy Nghệ An: "Nghệ An")')
    .option('--ngay-bao-cao <ngày>', 'văn bản: ngày ký (dd/mm/yyyy), mặc định hôm nay')
    .option('--trich-yeu <câu>', 'văn bản: trích yếu')
    .option('--noi-nhan <nơi nhận...>', 'văn bản: nơi nhận, mỗi nơi một tham số hoặc ngăn bằng ";", ví dụ "Ban Tuyên giáo và Dân vận Trung ương (để báo cáo);Thường trực Tỉnh ủy (để báo cáo);Lưu Văn phòng"; mặc định Thường trực cấp ủy (theo --cap-tren) và Lưu Văn phòng')
    .option('--loai-co-quan <loại>', 'văn bản: "ban" (ký Trưởng ban) hoặc "cap-uy" (T/M Ban Thường vụ)', 'ban')
    .option('--ky-thay', 'văn bản: cấp phó ký thay (K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN)')
    .option('--nguoi-ky <họ tên>', 'văn bản: họ tên người ký')
    .option('--nguoi-lap <họ tên>', 'người lập (bắt buộc để cấp trên nhận bảng tổng hợp; ghi trong thư nhắc để đơn vị liên hệ)')
    .option('--dien-thoai <số>', 'điện thoại người lập')
    .option('--email <thư>', 'thư điện tử người lập');
}

export type ConsolidateFlags = RoundFlags & { congCaBaoCaoLoi?: boolean; congCaBanSao?: boolean; tinhMuonTheo: string; gioiHanGiay: string; phanHoi?: string; ghiDe?: boolean };

export function readPreviousFile(file: string, templates: readonly ReportTemplate[]) {
  const bytes = readInputFile(file, `Không tìm thấy bảng tổng hợp kỳ trước "${file}". Kiểm tra lại đường dẫn, hoặc bỏ --ky-truoc để tổng hợp không so sánh.`);
  const read = sheetJs().readWorkbookGrid(bytes);
  const previous = read.ok ? readPreviousSummary(read.grid, templates) : null;
  if (!previous) throw new UserError(`"${file}" không phải bảng tổng hợp do phần mềm này lập; không dùng để so sánh được. Đề nghị chọn tệp bảng tổng hợp kỳ trước mà lệnh tong-hop đã ghi.`);
  return previous;
}

/** The templates a command may use, with the catalogue's warnings said once on standard error. */
export async function templateChoice(flags: RoundFlags, io: Output): Promise<TemplateChoice> {
  const choice = await resolveTemplates(flags);
  for (const w of choice.warnings) io.err(`Cảnh báo: ${formatIssue(w)}`);
  return choice;
}

export function timeoutOf(opts: { gioiHanGiay?: string }): number {
  const seconds = Number(opts.gioiHanGiay ?? LIMITS.file.timeMs / 1000);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError(`--gioi-han-giay: "${opts.gioiHanGiay}" phải là số giây lớn hơn 0.`);
  return seconds * 1000;
}

/** --so-trang: pages of body the report's synthesis is written for. */
export function pagesOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const pages = Number(text);
  if (!isBodyPages(pages)) throw new UserError(`--so-trang: "${text}" phải là số trang, từ ${BODY_PAGES.min} đến ${BODY_PAGES.max}.`);
  return pages;
}

export function todayOf(flags: RoundFlags) {
  return flags.homNay ? parseUserDate(flags.homNay, '--hom-nay') : todayFromClock();
}

/** The keys of --xac-nhan-word: one or many, given apart or in one text ("a1…, b2…"); a key is 16 hex digits. */
export function confirmedKeysOf(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const keys = (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(/[\s,;]+/)).filter((k) => k !== '');
  const wrong = keys.find((k) => !/^[0-9a-f]{16}$/.test(k));
  if (wrong) throw new UserError(`--xac-nhan-word: "${wrong}" không phải mã của báo cáo Word (16 chữ số và chữ a–f, như in trong thông báo).`);
  return keys;
}

/** Word reports confirmed: the keys given with --xac-nhan-word, then the round file's entries (a decision there wins over a plain key). */
export function wordConfirmationsOf(flags: RoundFlags): WordConfirmation[] | undefined {
  const keys = confirmedKeysOf(flags.xacNhanWord);
  return keys || flags.xacNhanWordTep ? [...(keys ?? []), ...(flags.xacNhanWordTep ?? [])] : undefined;
}

/** The round the flags describe, settled by the round service before any file is read: a wrong setting is refused at once. */
export async function prepareRound(opts: ConsolidateFlags, io: Output, extra: { pages?: number } = {}): Promise<{ flags: RoundFlags; choice: TemplateChoice; settled: SettledRound }> {
  const flags = mergeRoundFile(opts);
  const choice = await templateChoice(flags, io);
  const template = chooseTemplate(flags, choice);
  const { registry, issues } = requireRegistry(flags);
  for (const i of issues) io.err(`Cảnh báo: ${formatIssue(i)}`);
  const settings = {
    period: requirePeriod(flags),
    deadline: deadlineFromFlags(flags),
    resendBy: flags.hanMoi ? parseUserDate(flags.hanMoi, '--han-moi') : undefined,
    body: flags.coQuan,
    registry,
    template,
    alsoAccept: chooseAcceptedVersions(flags, template, choice),
    includeInvalid: Boolean(opts.congCaBaoCaoLoi),
    includeCopies: Boolean(opts.congCaBanSao),
    dateBasis: opts.tinhMuonTheo === 'ngay-tep' ? ('received' as const) : ('report' as const),
    previous: flags.kyTruoc ? readPreviousFile(flags.kyTruoc, choice.templates) : undefined,
    document: documentFieldsFromFlags(flags),
    pages: extra.pages,
    confirmedWord: wordConfirmationsOf(flags),
  };
  return { flags, choice, settled: settleRound(settings, { templates: choice.templates, today: todayOf(flags) }) };
}

/** Reads and checks the round's files on worker threads, with a progress bar on a terminal, and consolidates them. */
export async function runRoundOnFiles(paths: string[], settled: SettledRound, exclude: string[], opts: ConsolidateFlags, io: Output): Promise<RoundResult> {
  const source = collectReportFiles(paths, exclude);
  if (source.files.length === 0) io.err('Chú ý: không có tệp báo cáo nào; mọi đơn vị được ghi là chưa nộp.');
  const bar = io.errIsTty && source.files.length > 0 ? new SingleBar({ format: 'Đang đọc {bar} {value}/{total} tệp', hideCursor: true, stream: process.stderr }) : undefined;
  bar?.start(source.files.length, 0);
  const reading = await readRound(settled, source, readPaths({ timeoutMs: timeoutOf(opts) }), (done) => bar?.update(done));
  bar?.stop();
  return consolidateRound(settled, reading);
}

export function sayFeedbackWritten(files: string[], folder: string, io: Output): void {
  io.out(files.length === 0 ? 'Không có báo cáo nào cần phản hồi (không có lỗi hay cảnh báo).' : `Đã ghi ${files.length} tệp phản hồi cho các đơn vị vào thư mục: ${path.resolve(folder)}`);
}

/** When --phan-hoi is given: a file of feedback for each unit whose report has errors or warnings, staged into the run's set; the files, or null when not asked. */
export function stageFeedbackIfAsked(result: RoundResult, opts: ConsolidateFlags, set: OutputSet): string[] | null {
  return opts.phanHoi ? stageUnitTexts(set, opts.phanHoi, result.feedback(), Boolean(opts.ghiDe)) : null;
}
