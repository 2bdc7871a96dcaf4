import * as fs from 'node:fs';
import * as path from 'node:path';

// scripts/engineCheckPlugin.js finishes taskpane.html in the build; plain JS, loaded as webpack loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../scripts/engineCheckPlugin') as { withOfficeJs: (html: string, url?: string) => string; scriptHash: (text: string) => string; engineCheckSource: () => string };

const template = fs.readFileSync(path.join(__dirname, '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const cspOf = (html: string) => /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

test('by default office.js comes from Microsoft and the page is left as written', () => {
  expect(plugin.withOfficeJs(template, undefined)).toBe(template);
});

test('office.js from the office server beside the page: its script tag, and no other origin in the CSP', () => {
  const html = plugin.withOfficeJs(template, 'office-js/office.js');
  expect(html).toContain('<script src="office-js/office.js"></script>');
  expect(html).not.toContain('appsforoffice.microsoft.com');
  expect(cspOf(html)).toContain("script-src 'self' 'sha256-ENGINE-CHECK';");
});

test('office.js from another intranet server: that origin is allowed, and an unquoted attribute (minified page) is found too', () => {
  const minified = template.replace('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"', 'src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  const html = plugin.withOfficeJs(minified, 'https://tep.tinhuy.vn/office-js/office.js');
  expect(html).toContain('<script src="https://tep.tinhuy.vn/office-js/office.js"></script>');
  expect(cspOf(html)).toContain("script-src 'self' 'sha256-ENGINE-CHECK' https://tep.tinhuy.vn;");
});

test('the hash is the one a browser computes for the inline script', () => {
  // The CSP example's own value for alert('Hello, world.');
  expect(plugin.scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  expect(plugin.engineCheckSource()).toContain("html.setAttribute('data-old-engine'");
});
