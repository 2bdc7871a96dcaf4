import type { Command } from 'commander';
import { formatFileSize } from '../../core/text/formatFileSize';
import { writeFileSafely } from '../fileIo';
import { PACKAGE_ROOT, SINGLE_PAGE_NAME, buildWithWebpack, loadSinglePage, type BuildPage } from '../singlePage';
import type { CommandContext } from './CommandContext';

/** tonghop trang: writes the whole page in one file, to send by e-mail or Zalo or copy to a USB stick. */
export function registerTrang(program: Command, { io }: CommandContext, build: BuildPage = buildWithWebpack, root = PACKAGE_ROOT): void {
  program
    .command('trang')
    .alias('page')
    .description(`ghi trang một tệp "${SINGLE_PAGE_NAME}": mở bằng Edge hoặc Chrome, không cần mạng, máy chủ hay cài đặt`)
    .option('-o, --ra <tệp>', `tệp kết quả (mặc định: "${SINGLE_PAGE_NAME}")`)
    .option('--ghi-de', 'cho phép ghi đè tệp đã có')
    .action((opts: { ra?: string; ghiDe?: boolean }) => {
      const bytes = loadSinglePage(root, build, io.err);
      const written = writeFileSafely(opts.ra ?? SINGLE_PAGE_NAME, bytes, Boolean(opts.ghiDe));
      io.out(`Đã ghi trang một tệp (${formatFileSize(bytes.length)}): ${written}`);
      io.out('Mở tệp này bằng Microsoft Edge hoặc Google Chrome (nhấp đúp, hoặc chuột phải > Mở bằng). Trang không dùng mạng; dữ liệu không rời khỏi máy.');
    });
}
