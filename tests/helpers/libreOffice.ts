import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/*
 * LibreOffice and poppler, to open what we write as a person would. CI installs them, so there the
 * tests must run; on a developer's machine without them they are skipped.
 */
export const hasTools = ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

export const withLibreOffice = hasTools || process.env.CI ? test : test.skip;

/** The file converted to PDF in `workDir`, by LibreOffice with a profile of its own. */
export function toPdf(file: string, workDir: string): string {
  const profile = path.join(workDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = path.join(workDir, path.basename(file).replace(/\.[^.]+$/, '.pdf'));
  expect(fs.existsSync(pdf)).toBe(true);
  return pdf;
}

export const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

export const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');

/** The pages of a report's body: up to the one with "Nơi nhận:" (the signature), which ends it. */
export function bodyPages(pdf: string): number {
  const pages = pageCount(pdf);
  for (let p = 1; p <= pages; p++) if (pageText(pdf, p).includes('Nơi nhận:')) return p;
  return pages;
}
