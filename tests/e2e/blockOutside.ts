import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * No network but the page's own server, as in many offices: every other request (office.js on
 * Microsoft's CDN, anything else) is refused and noted in `outside`.
 */
export async function blockOutside(context: BrowserContext, serverUrl: string, outside: string[] = []): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(serverUrl) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
}

/** The hosted pane opened offline in a new context, once its heading shows. */
export async function openOfflinePane(browser: Browser, serverUrl: string, options: BrowserContextOptions, outside: string[] = []): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  await blockOutside(context, serverUrl, outside);
  const page = await context.newPage();
  await page.goto(`${serverUrl}taskpane.html`);
  await page.getByRole('heading', { name: 'Tổng hợp báo cáo' }).waitFor();
  return page;
}
