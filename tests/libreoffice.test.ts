import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runDemo } from '../src/cli/runDemo';

// The written files must open in LibreOffice and show their content. CI installs LibreOffice
// and poppler, so there the test must run; on a developer's machine without them it is skipped.
const hasTools = ['soffice', 'pdftotext'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const maybe = hasTools || process.env.CI ? test : test.skip;

const outDir = path.join(__dirname, '..', 'out', 'pdf');

function toPdf(file: string, workDir: string): string {
  const profile = path.join(workDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = path.join(workDir, path.basename(file).replace(/\.[^.]+$/, '.pdf'));
  expect(fs.existsSync(pdf)).toBe(true);
  return pdf;
}

maybe(
  'the template and the summary open in LibreOffice and print their content',
  async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-lo-'));
    try {
      const demo = await runDemo(work, { out: () => undefined });
      fs.mkdirSync(outDir, { recursive: true });
      const templatePdf = toPdf(demo.templatePath, work);
      const summaryPdf = toPdf(demo.summaryPath, work);
      const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      const t = text(templatePdf);
      for (const expected of ['MẪU BÁO CÁO', 'CÁCH ĐIỀN MẪU', 'THÔNG TIN CHUNG', 'NỘI DUNG BÁO CÁO', 'SỐ LIỆU', 'Tổng số đảng viên của đảng bộ']) expect(t).toContain(expected);
      const s = text(summaryPdf);
      for (const expected of ['BẢNG TỔNG HỢP BÁO CÁO', 'TÌNH HÌNH NỘP BÁO CÁO', 'Nộp muộn 9 ngày', 'TỔNG CỘNG', 'KẾT QUẢ KIỂM TRA']) expect(s).toContain(expected);
      fs.copyFileSync(templatePdf, path.join(outDir, 'mau-bao-cao.pdf'));
      fs.copyFileSync(summaryPdf, path.join(outDir, 'tong-hop.pdf'));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
  240_000,
);
