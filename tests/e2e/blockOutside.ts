import type { BrowserContext } from 'playwright-core';

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
