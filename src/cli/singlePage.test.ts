import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import { registerTrang } from './commands/trang';
import { SINGLE_PAGE_NAME, type BuildPage } from './singlePage';

/** A package folder with (or without) a built page, and `tonghop trang` run against it. */
async function trang(args: string[], options: { built: boolean; build?: BuildPage }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-pkg-'));
  if (options.built) {
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', SINGLE_PAGE_NAME), '<!doctype html><title>Tổng hợp báo cáo</title>');
  }
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('tonghop').exitOverride();
  registerTrang(program, { io: { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }, result: { exitCode: 0 } }, options.build ?? (() => false), root);
  try {
    await program.parseAsync(['trang', ...args], { from: 'user' });
    return { root, out: out.join('\n'), err: err.join('\n'), error: null as Error | null };
  } catch (error) {
    return { root, out: out.join('\n'), err: err.join('\n'), error: error as Error };
  }
}

test('tonghop trang -o writes the built page where asked, and says how to open it', async () => {
  const target = path.join(os.tmpdir(), `trang-${process.pid}.html`);
  const run = await trang(['-o', target], { built: true });
  try {
    expect(run.error).toBeNull();
    expect(fs.readFileSync(target, 'utf8')).toContain('<title>Tổng hợp báo cáo</title>');
    expect(run.out).toContain(`Đã ghi trang một tệp`);
    expect(run.out).toContain('Microsoft Edge hoặc Google Chrome');
  } finally {
    fs.rmSync(target, { force: true });
    fs.rmSync(run.root, { recursive: true, force: true });
  }
});

test('in a clone never built, the page is built first; when that cannot be done, the user is told what to run', async () => {
  const target = path.join(os.tmpdir(), `trang-built-${process.pid}.html`);
  const built = await trang(['-o', target], {
    built: false,
    build: (root) => {
      fs.mkdirSync(path.join(root, 'dist'));
      fs.writeFileSync(path.join(root, 'dist', SINGLE_PAGE_NAME), 'dựng xong');
      return true;
    },
  });
  try {
    expect(built.err).toContain('đang dựng');
    expect(fs.readFileSync(target, 'utf8')).toBe('dựng xong');
    const failed = await trang(['-o', target, '--ghi-de'], { built: false });
    expect(failed.error?.message).toContain('Chạy "npm install" rồi "npm run build"');
    fs.rmSync(failed.root, { recursive: true, force: true });
  } finally {
    fs.rmSync(target, { force: true });
    fs.rmSync(built.root, { recursive: true, force: true });
  }
});
