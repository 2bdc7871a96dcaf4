import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { manifestForUrl, parseAddinUrl, parseShare, trustedCatalogReg } from '../deployKit';
import { writeFileSafely } from '../fileIo';
import { PACKAGE_ROOT } from '../singlePage';
import type { CommandContext } from './CommandContext';

export const REG_FILE_NAME = 'Tin cậy danh mục Tổng hợp báo cáo.reg'.normalize('NFC');

type TrienKhaiFlags = { diaChi: string; thuMucChung?: string; ra?: string; ghiDe?: boolean };

/** tonghop trien-khai: the manifest for the office's own server, and the .reg file trusting its shared-folder catalog. */
export function registerTrienKhai(program: Command, { io }: CommandContext, root = PACKAGE_ROOT): void {
  program
    .command('trien-khai')
    .alias('deploy')
    .description('tạo manifest.xml cho máy chủ nội bộ và tệp .reg để Excel tin cậy thư mục danh mục dùng chung (không cần Microsoft 365)')
    .requiredOption('--dia-chi <https://…>', 'địa chỉ máy chủ nội bộ phục vụ thư mục dist/ (ví dụ https://tonghop.tinhuy.vn)')
    .option('--thu-muc-chung <\\\\máy\\thư mục>', 'thư mục chia sẻ đặt manifest.xml (danh mục phần bổ trợ); có thì ghi thêm tệp .reg')
    .option('-o, --ra <thư mục>', 'thư mục ghi kết quả (mặc định: thư mục hiện tại)', '.')
    .option('--ghi-de', 'cho phép ghi đè tệp đã có')
    .action((opts: TrienKhaiFlags) => {
      const url = parseAddinUrl(opts.diaChi);
      const share = opts.thuMucChung === undefined ? undefined : parseShare(opts.thuMucChung);
      const manifest = manifestForUrl(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), url);
      const out = opts.ra ?? '.';
      const written = writeFileSafely(path.join(out, 'manifest.xml'), new TextEncoder().encode(manifest), Boolean(opts.ghiDe));
      io.out(`Đã ghi manifest cho ${url.href.replace(/\/$/, '')}/taskpane.html: ${written}`);
      if (share) {
        const reg = trustedCatalogReg(share);
        io.out(`Đã ghi tệp tin cậy danh mục ${share} (khóa ${reg.guid}): ${writeFileSafely(path.join(out, REG_FILE_NAME), reg.bytes, Boolean(opts.ghiDe))}`);
      }
      io.out('Bước tiếp theo (README, mục "Hosting inside an office network"):');
      io.out('  1. Chép thư mục dist/ lên máy chủ nội bộ, phục vụ qua HTTPS tại địa chỉ trên; các máy phải tin cậy chứng chỉ của máy chủ.');
      io.out(`  2. Chép manifest.xml vào thư mục chia sẻ${share ? ` ${share}` : ''}; mọi máy cần quyền đọc thư mục đó.`);
      io.out(share ? `  3. Trên mỗi máy, nhấp đúp "${REG_FILE_NAME}" (hoặc đẩy bằng Group Policy), mở lại Excel: Trang đầu > Phần bổ trợ > Thư mục dùng chung.` : '  3. Thêm --thu-muc-chung \\\\máy\\thư mục để có tệp .reg cho các máy tin cậy thư mục đó.');
    });
}
