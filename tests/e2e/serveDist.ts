import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launchChromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

/** A static server for dist/ on 127.0.0.1 only, on a free port; it logs every request it gets. */
export async function serveDist(root: string): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    // Browsers keep connections open; drop them, or close() waits for the browser.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** dist/ served and Chromium started, after checking the build is there. */
export async function serveDistToChromium(dist: string): Promise<{ server: Awaited<ReturnType<typeof serveDist>>; browser: Browser }> {
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  return { server: await serveDist(dist), browser: await launchChromium() };
}
