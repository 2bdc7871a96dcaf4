import * as path from 'node:path';
import type { Command } from 'commander';
import { templateChoice, todayOf } from '../roundCommands';
import type { RoundFlags } from '../roundOptions';
import { chooseTemplate } from '../templateOptions';
import type { CommandContext } from './CommandContext';

type SoanMauFlags = RoundFlags & { tao?: boolean; ra?: string; xemTruoc?: string; khongXemTruoc?: boolean; ghiDe?: boolean };

/** tonghop soan-mau: a template authored in Excel, read into a template file (or the author workbook made from one). */
export function registerSoanMau(program: Command, { io, result }: CommandContext): void {
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
    .action(async (file: string, opts: SoanMauFlags) => {
      // Loaded here: the template checker (zod) is needed by these commands alone.
      const { authorTemplate, writeAuthorFile } = await import('../authorCommands');
      if (opts.tao) {
        const template = chooseTemplate(opts, await templateChoice(opts, io));
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
}
