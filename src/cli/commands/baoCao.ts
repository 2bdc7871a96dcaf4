import type { Command } from 'commander';
import { formatIssue } from '../../core/issues/issueMessages';
import { labelPeriod } from '../../core/period/ReportingPeriod';
import { ARCHIVE_RECIPIENT, recipientsNeedSetting } from '../../core/workbook/officialHeader';
import { rebuildReportFile } from '../jobs';
import { templateChoice } from '../roundCommands';
import type { RoundFlags } from '../roundOptions';
import type { CommandContext } from './CommandContext';

/** tonghop bao-cao: the Word report again from a summary the officer has edited in Excel. */
export function registerBaoCao(program: Command, { io, files }: CommandContext): void {
  program
    .command('bao-cao')
    .alias('report')
    .description('viết lại báo cáo Word (.docx) từ bảng tổng hợp đã sửa trong Excel (tiêu đề, nội dung các mục, số liệu, nơi nhận, người ký), và bên cạnh nó trích báo cáo các đơn vị (toàn văn từ trang Nội dung)')
    .argument('<bảng tổng hợp.xlsx>', 'bảng tổng hợp do lệnh tong-hop ghi, đã sửa hay chưa')
    .option('-o, --ra <tệp.docx>', 'tệp kết quả (mặc định: "Báo cáo tổng hợp <kỳ>.docx" cạnh bảng tổng hợp); trích báo cáo các đơn vị ghi cạnh tệp này')
    .option('--ghi-de', 'cho phép ghi đè tệp đã có (ví dụ bản Word viết lần trước)')
    .option('--danh-muc <thư mục>', 'thư mục danh mục mẫu, khi bảng tổng hợp làm theo mẫu không có sẵn')
    .option('--tep-mau <tệp.json>', 'tệp mẫu (.json), khi bảng tổng hợp làm theo mẫu không có sẵn')
    .action(async (file: string, opts: RoundFlags & { ra?: string; ghiDe?: boolean}) => {
      const { templates } = await templateChoice(opts, io);
      const out = opts.ra ? (opts.ra.toLowerCase().endsWith('.docx') ? opts.ra : `${opts.ra}.docx`) : undefined;
      const report = await rebuildReportFile(file, templates, { out, overwrite: Boolean(opts.ghiDe), files });
      for (const issue of report.issues) io.err(`Cảnh báo: ${formatIssue(issue)}`);
      if (recipientsNeedSetting(report.document)) io.err(`Chú ý: báo cáo chưa có nơi nhận ngoài "${ARCHIVE_RECIPIENT}". Đề nghị ghi nơi nhận, mỗi dòng một nơi, dưới "Nơi nhận:" ở trang "Báo cáo tổng hợp" của bảng tổng hợp rồi chạy lại lệnh này.`);
      const { counts } = report.content;
      io.out(`Báo cáo ${labelPeriod(report.content.period)}: ${report.content.unitFigures.length}/${counts.on_time + counts.late + counts.missing + counts.invalid} đơn vị có số liệu được tổng hợp.`);
      io.out(`Đã ghi báo cáo Word: ${report.written}`);
      io.out(`Đã ghi toàn văn báo cáo của các đơn vị (trích báo cáo các đơn vị): ${report.compilation}`);
    });
}
