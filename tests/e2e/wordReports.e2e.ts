import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openOfflinePane } from './blockOutside';
import { launchChromium } from './launchChromium';
import { serveDist } from './serveDist';

// Units' Word reports dropped in the browser page with nothing else installed: read in the page's
// workers, those waiting for the office shown as read: one decided (a part moved, a block attached)
// and confirmed, the others confirmed as read.
const root = path.join(__dirname, '..', '..');
const shots = path.join(root, 'out', 'screenshots');
const fixtures = path.join(root, 'tests', 'fixtures', 'word', 'dev');
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  fs.mkdirSync(shots, { recursive: true });
  server = await serveDist(path.join(root, 'dist'));
  browser = await launchChromium();
  page = await openOfflinePane(browser, server.url, { viewport: { width: 420, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('Word reports in the browser page: read, those waiting shown as read, one decided and confirmed, the others confirmed, all counted', async () => {
  await page.getByText('Trên trình duyệt').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: 'Quý II', exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2026');
  await page.getByRole('textbox', { name: /Hạn nộp/ }).fill('22/06/2026');
  await page.getByRole('button', { name: 'Dùng danh sách mẫu' }).click();
  const files = ['d01-ngoc-ha.docx', 'd04-hoan-kiem.docx', 'd17-nghia-do.docx', 'd21-hoang-mai.doc'].map((f) => path.join(fixtures, f));
  await page.getByTestId('report-files').setInputFiles(files);
  await page.getByRole('button', { name: 'Đọc và kiểm tra 4 tệp' }).click();
  const waiting = page.getByRole('region', { name: 'Báo cáo Word chờ xác nhận' });
  await waiting.waitFor({ timeout: 60_000 });
  // d04 and d21 wait for their figures read from sentences or not sure in their table, d17 for its parts.
  await page.getByText('3 chờ xác nhận').waitFor();
  await waiting.getByText('Đảng ủy phường Hoàn Kiếm (d04-hoan-kiem.docx)').waitFor();
  // d17: its part II.5 moved to II.6, the block it could not place attached to I, as the officer chose.
  const d17 = page.locator('[data-testid^="word-"]', { hasText: 'd17-nghia-do.docx' });
  await d17.getByRole('combobox', { name: 'Chuyển mục II.5 sang mục khác' }).selectOption('II.6');
  await d17.getByRole('button', { name: /^Đoạn chưa xếp 1/ }).click();
  await d17.getByRole('combobox', { name: 'Gắn đoạn chưa xếp 1 vào mục' }).selectOption('I');
  await d17.getByText(/^Xác nhận kèm 1 mục chuyển, 1 đoạn gắn/).waitFor();
  // The picture in the README: from the part moved down to the first figures.
  const card = await d17.boundingBox();
  const moved = await d17.getByRole('combobox', { name: 'Chuyển mục II.5 sang mục khác' }).boundingBox();
  if (!card || !moved) throw new Error('the confirmation screen is not shown');
  // Boxes are in the window's coordinates, a full-page clip in the page's.
  const scrolled = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  await page.screenshot({ path: path.join(shots, 'word-xac-nhan.png'), fullPage: true, clip: { x: card.x + scrolled.x, y: moved.y + scrolled.y - 170, width: card.width, height: 1250 } });
  await d17.getByRole('button', { name: 'Xác nhận cách đọc này' }).click();
  await page.getByText('2 chờ xác nhận').waitFor();
  await waiting.getByRole('button', { name: 'Xác nhận cách đọc này' }).first().click();
  await page.getByText('1 chờ xác nhận').waitFor();
  await waiting.getByRole('button', { name: 'Xác nhận cách đọc này' }).click();
  await page.getByText('4 đúng hạn').waitFor();
  expect(await page.getByRole('region', { name: 'Báo cáo Word chờ xác nhận' }).count()).toBe(0);
});
