import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runDemo } from '../src/cli/runDemo';

// The written files must open in LibreOffice and show their content. CI installs LibreOffice
// and poppler, so there the test must run; on a developer's machine without them it is skipped.
const hasTools = ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'].every((tool) => {
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
      // The roll-up report as a person sees it printed: its pages as PNGs under out/rollup/.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [summaryPdf], { encoding: 'utf8' }))![1]);
      const formPages: number[] = [];
      for (let p = 1; p <= pages; p++) {
        const page = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
        if (page.includes('ĐẢNG CỘNG SẢN VIỆT NAM') || (formPages.length > 0 && formPages[formPages.length - 1] === p - 1 && !page.includes('TÌNH HÌNH NỘP BÁO CÁO'))) formPages.push(p);
      }
      expect(formPages.length).toBeGreaterThan(0);
      const rollup = path.join(__dirname, '..', 'out', 'rollup');
      fs.rmSync(rollup, { recursive: true, force: true });
      fs.mkdirSync(rollup, { recursive: true });
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(formPages[0]), '-l', String(formPages[formPages.length - 1]), summaryPdf, path.join(rollup, 'bao-cao-tong-hop')]);
      const first = execFileSync('pdftotext', ['-f', String(formPages[0]), '-l', String(formPages[0]), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      for (const expected of ['ĐẢNG BỘ THÀNH PHỐ (DỮ LIỆU MẪU)', 'BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY', 'Số 45-BC/BTGDVTU', 'Hà Nội, ngày 06 tháng 7 năm 2026', 'BÁO CÁO']) expect(first).toContain(expected);
      const last = execFileSync('pdftotext', ['-f', String(formPages[formPages.length - 1]), '-l', String(formPages[formPages.length - 1]), '-layout', summaryPdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      for (const expected of ['Nơi nhận:', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Người Ký Mẫu']) expect(last).toContain(expected);
      expect(fs.readdirSync(rollup).filter((f) => f.endsWith('.png')).length).toBe(formPages.length);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
  240_000,
);
