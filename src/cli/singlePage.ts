import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from './fileIo';

/** The single-file page's name, in NFC as Vietnamese keyboards type it; webpack writes it into dist/. */
export const SINGLE_PAGE_NAME = 'Tổng hợp báo cáo.html'.normalize('NFC');

/** The package's own folder (with dist/, manifest.xml), from src/cli or lib/cli alike. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/** Builds only the single-file page with the package's webpack; false when webpack is not installed. */
export type BuildPage = (root: string) => boolean;

export const buildWithWebpack: BuildPage = (root) => {
  let cli: string;
  try {
    cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  } catch {
    return false;
  }
  const run = spawnSync(process.execPath, [cli, '--mode', 'production', '--env', 'single'], { cwd: root, stdio: 'inherit' });
  return run.status === 0;
};

/**
 * The bytes of "Tổng hợp báo cáo.html": the one `npm run build` wrote into dist/ (a packed package
 * carries it), or built now from a clone where it was never built.
 */
export function loadSinglePage(root: string, build: BuildPage, say: (text: string) => void): Uint8Array {
  const page = path.join(root, 'dist', SINGLE_PAGE_NAME);
  if (!fs.existsSync(page)) {
    say('Chưa có trang một tệp trong dist/: đang dựng (npm run build), có thể mất vài phút…');
    if (!build(root) || !fs.existsSync(page)) throw new UserError(`Không dựng được "${SINGLE_PAGE_NAME}". Chạy "npm install" rồi "npm run build" trong thư mục ${root}, rồi thử lại.`);
  }
  return fs.readFileSync(page);
}
