import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openOfflinePane } from './blockOutside';
import { launchChromium } from './launchChromium';
import { serveDist } from './serveDist';
import { checkReportWithErrors, checkSummaryAndReport, checkTemplateDownload, prepareSampleRound, runSampleRound, type SampleRound } from './sampleRound';

const root = path.join(__dirname, '..', '..');
const shots = path.join(root, 'out', 'screenshots');
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
let round: SampleRound;
const outside: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  round = await prepareSampleRound('tonghop-e2e-');
  fs.mkdirSync(shots, { recursive: true });
  server = await serveDist(path.join(root, 'dist'));
  browser = await launchChromium();
  // office.js lives on Microsoft's CDN; here there is no network, as in many offices.
  page = await openOfflinePane(browser, server.url, { viewport: { width: 350, height: 900 }, acceptDownloads: true }, outside);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (round) fs.rmSync(round.work, { recursive: true, force: true });
});

test('opens in browser mode when there is no Office host', async () => {
  await page.getByText('Trên trình duyệt').waitFor();
  await page.screenshot({ path: path.join(shots, '1-mau-bao-cao.png'), fullPage: true });
});

test('Mẫu báo cáo: downloads a template', () => checkTemplateDownload(page, round.work));

test('Kiểm tra: a report with errors, then one ready to send', async () => {
  await checkReportWithErrors(page, round.reports);
  await page.screenshot({ path: path.join(shots, '2-kiem-tra.png'), fullPage: true });
  await page.getByTestId('check-file').setInputFiles(round.reports.find((f) => f.includes('Ba Đình'))!);
  await page.getByText('Sẵn sàng gửi').waitFor();
});

test('Tổng hợp: picks the 31 sample files, shows the statuses and downloads a summary with the same totals', async () => {
  const seconds = await runSampleRound(page, round.reports);
  console.log(`Đọc và tổng hợp ${round.reports.length} tệp trong trình duyệt: ${seconds.toFixed(2)} giây`);
  await page.screenshot({ path: path.join(shots, '3-tong-hop.png'), fullPage: true });
  await checkSummaryAndReport(page, round);
});

test('the page made no request outside its own origin', () => {
  expect(outside.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  expect(server.requests.every((u) => !u.includes('..'))).toBe(true);
});

test('npm run build gives dist/ with taskpane.html, the manifest at the production URL, and the icons', () => {
  const dist = path.join(root, 'dist');
  for (const f of ['taskpane.html', 'manifest.xml', ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`)]) expect([f, fs.existsSync(path.join(dist, f))]).toEqual([f, true]);
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // Its own scripts, the inline engine check by its hash, and office.js.
  expect(html).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' https:\/\/appsforoffice\.microsoft\.com;/);
  expect(html).toContain("connect-src 'self'");
  expect(fs.readdirSync(dist).some((f) => f.endsWith('.pem') || f.endsWith('.crt') || f.endsWith('.key'))).toBe(false);
});

const xsd = path.join(root, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
(fs.existsSync(xsd) ? test : test.skip)('the built manifest passes the XSD check', () => {
  expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, path.join(root, 'dist', 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
});
