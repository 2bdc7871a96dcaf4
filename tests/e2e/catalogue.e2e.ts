import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { sectionCellName } from '../../src/core/workbook/templateLayout';
import { launchChromium } from './launchChromium';
import { serveDist } from './serveDist';

// The office hosting the add-in publishes version 2 by placing files under catalogue/ at the
// add-in's own origin. A unit's pane lists it and makes it; with the server gone, the pulled
// catalogue is still there.
const root = path.join(__dirname, '..', '..');
let site: string;
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-site-'));
  fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
  fs.rmSync(path.join(site, 'catalogue'), { recursive: true, force: true });
  fs.cpSync(path.join(root, 'tests', 'fixtures', 'catalogue'), path.join(site, 'catalogue'), { recursive: true });
  server = await serveDist(site);
  origin = server.url;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  page = await context.newPage();
  await page.goto(`${origin}taskpane.html`);
  await page.getByRole('heading', { name: 'Tổng hợp báo cáo' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

const items = () => page.getByRole('list', { name: 'Các mẫu hiện có' }).getByRole('listitem');

test('the pane lists the published template, newest first, with its date and issuer', async () => {
  await page.getByText(/Danh mục "Danh mục mẫu thử nghiệm".*1 mẫu, cập nhật ngày/).waitFor();
  await expect(items().first().textContent()).resolves.toContain('phiên bản 2');
  await expect(items().first().textContent()).resolves.toContain('Ban hành 16/11/2026');
  await expect(items().nth(1).textContent()).resolves.toContain('phiên bản 1');
  expect(server.requests).toEqual(expect.arrayContaining(['/catalogue/index.json', '/catalogue/hn-kl01.v2.json']));
});

test('makes the published version', async () => {
  await page.getByRole('combobox', { name: 'Mẫu báo cáo' }).click();
  await page.getByRole('option', { name: /phiên bản 2/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp .xlsx' }).click()]);
  const target = path.join(site, file.suggestedFilename());
  await file.saveAs(target);
  const wb = XLSX.read(fs.readFileSync(target));
  expect([wb.Sheets['Mã mẫu']['B1'].v, wb.Sheets['Mã mẫu']['B2'].v]).toEqual(['hn-kl01', 2]);
  expect(wb.Workbook!.Names!.map((n) => n.Name)).toEqual(expect.arrayContaining(['TH_SL_tong_chi_bo', sectionCellName('II.7')]));
});

test('with the server stopped, the pulled catalogue is still listed', async () => {
  await server.close();
  await page.getByRole('button', { name: 'Cập nhật danh mục' }).click();
  await page.getByText(/Không kết nối được tới danh mục mẫu .*; đang dùng danh mục đã tải ngày \d\d\/\d\d\/\d{4}/).waitFor();
  await expect(items().first().textContent()).resolves.toContain('phiên bản 2');

  // A new session with no server: the add-in's own files come from the browser's cache (here,
  // from disk), the catalogue request fails, and the saved catalogue is listed.
  await context.unroute('**/*');
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = path.join(site, decodeURIComponent(url.pathname));
    if (url.origin + '/' !== origin || url.pathname.startsWith('/catalogue/') || !fs.existsSync(file)) return route.abort();
    return route.fulfill({ path: file });
  });
  page = await context.newPage();
  await page.goto(`${origin}taskpane.html`);
  await page.getByText(/Không kết nối được tới danh mục mẫu/).waitFor();
  await expect(items().first().textContent()).resolves.toContain('phiên bản 2');
  await page.screenshot({ path: path.join(root, 'out', 'screenshots', '5-danh-muc-ngoai-tuyen.png'), fullPage: true });
});
