import * as fs from 'node:fs';
import * as path from 'node:path';
import { excelWriter, sheetJs } from './loadAdapters';
import { labelPeriod, makePeriod } from '../core/period/ReportingPeriod';
import { roundBody, roundDeadline } from '../app/round/RoundSettings';
import { DEFAULT_TEMPLATE, BUILTIN_TEMPLATES } from '../core/template/builtinTemplates';
import { formatDate, type IsoDate } from '../core/text/calendarDate';
import { buildRegistryWorkbook } from '../core/workbook/buildRegistryWorkbook';
import { buildTemplateWorkbook } from '../core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../core/workbook/fillTemplateWorkbook';
import { makeSampleFiles } from '../sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../sample/sampleRegistry';
import { compilationFileName, reminderFolderName, reportFileName, summaryFileName, templateFileName } from '../core/round/outputFileNames';
import { writeFileSafely } from './fileIo';
import { writeDocumentFile, writeSummarySpec } from './jobs';
import { readPaths } from './readFilesWithPool';
import { runRound } from '../app/round/runRound';
import type { OfficialDocument } from '../core/workbook/OfficialDocument';
import { formatCounts, formatSendUp, formatStatusTable } from './printTables';
import { writeReminderFiles, writeUnitTexts } from './writeRoundTexts';

/** The demo's clock: a fixed day shortly after the sample round's deadline, so output never varies. */
export const DEMO_TODAY: IsoDate = '2026-07-06';
export const DEMO_PERIOD = makePeriod('H1', 2026);
export const DEMO_SUBMISSIONS_FOLDER = 'Báo cáo các đơn vị';
export const DEMO_FEEDBACK_FOLDER = 'Phản hồi cho đơn vị';

export interface DemoResult {
  summaryPath: string;
  /** The Word report (.docx) beside the summary. */
  reportPath: string;
  /** Its compilation, every unit's full text, beside it. */
  compilationPath: string;
  templatePath: string;
  submissionsFolder: string;
  remindersFolder: string;
  feedbackFolder: string;
}

/** Runs the whole job on built-in sample data: registry, template, 31 unit files, summary. */
export async function runDemo(folder: string, io: { out: (t: string) => void }): Promise<DemoResult> {
  const template = DEFAULT_TEMPLATE;
  const period = DEMO_PERIOD;
  const deadline = roundDeadline(period);
  const root = path.resolve(folder);
  const submissions = path.join(root, DEMO_SUBMISSIONS_FOLDER);
  // The demo owns this folder's sample files: clear them so a rerun does not mix two runs.
  fs.rmSync(submissions, { recursive: true, force: true });
  fs.mkdirSync(submissions, { recursive: true });

  const body = roundBody(undefined, SAMPLE_REGISTRY);
  io.out(`Chạy thử trên DỮ LIỆU MẪU: ${SAMPLE_REGISTRY.units.length} đơn vị, kỳ ${labelPeriod(period)}, hạn nộp ${formatDate(deadline)}, hôm nay coi là ${formatDate(DEMO_TODAY)}.`);
  const registryPath = writeFileSafely(path.join(root, 'Danh sách đơn vị (mẫu).xlsx'), await excelWriter().writeWorkbook(buildRegistryWorkbook(SAMPLE_REGISTRY)), true);
  const templateSpec = buildTemplateWorkbook(template, { period, registry: SAMPLE_REGISTRY, deadline, recipient: body });
  const templatePath = writeFileSafely(path.join(root, templateFileName(period)), await excelWriter().writeWorkbook(templateSpec), true);
  io.out(`1. Danh sách đơn vị: ${registryPath}`);
  io.out(`2. Mẫu báo cáo phát cho đơn vị: ${templatePath}`);

  const samples = makeSampleFiles(SAMPLE_REGISTRY, template, period, deadline);
  const files: string[] = [];
  for (const sample of samples) {
    const xlsx = await excelWriter().writeWorkbook(fillTemplateWorkbook(templateSpec, template, sample.entries));
    const bytes = sample.format === 'xlsx' ? xlsx : sheetJs().convertWorkbook(xlsx, sample.format);
    files.push(writeFileSafely(path.join(submissions, sample.fileName), bytes, true));
  }
  io.out(`3. Các đơn vị điền mẫu và gửi lại: ${files.length} tệp trong ${submissions}`);

  const document: OfficialDocument = {
    bodyAbove: 'Thành ủy (dữ liệu mẫu)',
    issuer: 'Ban Tuyên giáo và Dân vận Thành ủy',
    number: '45-BC/BTGDVTU',
    place: 'Hà Nội',
    date: DEMO_TODAY,
    recipients: ['Ban Tuyên giáo và Dân vận Trung ương (để báo cáo)', 'Thường trực Thành ủy (để báo cáo)', 'Các đảng ủy trực thuộc', 'Lưu Văn phòng'],
    issuerKind: 'department',
    signer: 'deputy',
    signerName: 'Người Ký Mẫu',
    author: 'Người Lập Mẫu',
    phone: '0241234567',
    email: 'tonghop@example.vn',
  };
  // The round as the office would run it, through the same service as tong-hop and the pane.
  const result = await runRound({ template, period, deadline, registry: SAMPLE_REGISTRY, document }, { templates: BUILTIN_TEMPLATES, today: DEMO_TODAY }, { files, skipped: [] }, readPaths());
  const summaryPath = await writeSummarySpec(result.summary(), path.join(root, summaryFileName(period)), true);
  io.out('4. Kết quả tổng hợp:');
  io.out('');
  io.out(formatStatusTable(result.consolidation));
  io.out('');
  io.out(formatCounts(result.consolidation));
  io.out(formatSendUp(result.consolidation));
  io.out(`Đã ghi bảng tổng hợp: ${summaryPath}`);
  const reportPath = await writeDocumentFile(result.report().spec, path.join(root, reportFileName(period)), true);
  io.out(`Đã ghi báo cáo Word để sửa, ký và gửi cấp trên: ${reportPath}`);
  const compilationPath = await writeDocumentFile(result.compilation().spec, path.join(root, compilationFileName(period)), true);
  io.out(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${compilationPath}`);
  // Earlier runs' texts are the demo's own: cleared, so names of another run never linger.
  const remindersFolder = path.join(root, reminderFolderName(period));
  const feedbackFolder = path.join(root, DEMO_FEEDBACK_FOLDER);
  for (const f of [remindersFolder, feedbackFolder]) fs.rmSync(f, { recursive: true, force: true });
  const reminders = await writeReminderFiles(result, remindersFolder, { overwrite: true });
  io.out(`5. Nhắc ${reminders.reminders.length} đơn vị chưa nộp, báo cáo còn lỗi hoặc nộp muộn (tin nhắn, thư điện tử, công văn đôn đốc): ${remindersFolder}`);
  const feedback = await writeUnitTexts(feedbackFolder, result.feedback(), true);
  io.out(`6. Phản hồi cho ${feedback.length} đơn vị có báo cáo còn lỗi hoặc cảnh báo: ${feedbackFolder}`);
  return { summaryPath, reportPath, compilationPath, templatePath, submissionsFolder: submissions, remindersFolder, feedbackFolder };
}
