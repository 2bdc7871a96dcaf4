import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveDistToChromium, type serveDist } from './serveDist';

// Issue 26: an engine too old for the pane (Internet Explorer 11's Trident in volume-licensed
// Office 2016/2019, or one lacking what the pane needs) gets the Vietnamese explanation from the
// ES5 check at the top of the page, not a blank panel.
const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await serveDistToChromium(dist));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options: { userAgent?: string; remove?: string[] }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 }, userAgent: options.userAgent });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) || route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  // Removes the features before any script of the page runs, as an old engine lacks them.
  if (options.remove) await context.addInitScript(`for (const name of ${JSON.stringify(options.remove)}) delete window[name];`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

const explanation = (page: Page) => page.getByTestId('old-engine');

test('taskpane.html in a Trident engine: why, which Office versions work, and the single-file page instead', async () => {
  const { page } = await open(`${server.url}taskpane.html`, { userAgent: TRIDENT });
  await explanation(page).waitFor();
  const text = await explanation(page).innerText();
  expect(text).toContain('Phần bổ trợ Tổng hợp báo cáo không chạy được trong Excel này.');
  expect(text).toContain('Office 2016 và Office 2019');
  expect(text).toContain('Microsoft 365');
  expect(text).toContain('Office 2021 và Office 2024');
  expect(text).toContain('Microsoft Edge WebView2');
  expect(text).toContain('Tổng hợp báo cáo.html');
  expect(text).toContain('thiếu): Trident');
  await page.screenshot({ path: path.join(root, 'out', 'screenshots', '7-excel-cu.png'), fullPage: true });
  // The pane did not start over the explanation.
  await page.waitForTimeout(500);
  expect(await page.getByRole('tab').count()).toBe(0);
  await page.context().close();
});

test('taskpane.html with Proxy, fetch and Symbol removed: the explanation names them, no blank panel', async () => {
  const { page } = await open(`${server.url}taskpane.html`, { remove: ['Proxy', 'fetch', 'Symbol'] });
  await explanation(page).waitFor();
  expect(await explanation(page).innerText()).toContain('thiếu): Symbol, Proxy, fetch.');
  await page.waitForTimeout(500);
  expect(await page.getByRole('tab').count()).toBe(0);
  await page.context().close();
});

test('the single file opened in an old browser says to open it in Edge or Chrome', async () => {
  const { page } = await open(pathToFileURL(path.join(dist, 'Tổng hợp báo cáo.html')).href, { userAgent: TRIDENT });
  await explanation(page).waitFor();
  expect(await explanation(page).innerText()).toContain('Hãy mở tệp này bằng Microsoft Edge hoặc Google Chrome');
  await page.context().close();
});

test('a modern engine passes the check: the tabs come and the CSP let the inline check run', async () => {
  const { page, errors } = await open(`${server.url}taskpane.html`, {});
  await page.getByRole('tab', { name: 'Tổng hợp' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-old-engine'))).toBe(false);
  expect(await explanation(page).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
