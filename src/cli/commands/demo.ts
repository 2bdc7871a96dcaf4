import type { Command } from 'commander';
import type { CommandContext } from './CommandContext';

/** tonghop demo: the whole job on the built-in sample data. */
export function registerDemo(program: Command, { io }: CommandContext): void {
  program
    .command('demo')
    .description('chạy thử toàn bộ quy trình trên dữ liệu mẫu có sẵn (30 đơn vị)')
    .option('--thu-muc <thư mục>', 'nơi ghi kết quả', 'out/demo')
    .action(async (opts: { thuMuc: string }) => {
      await (await import('../runDemo')).runDemo(opts.thuMuc, io);
    });
}
