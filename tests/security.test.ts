import * as fs from 'node:fs';
import * as path from 'node:path';

// Units' files are untrusted: their text must never become HTML or code, and nothing leaves the machine.
const src = path.join(__dirname, '..', 'src');
const files = fs
  .readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
const read = (f: string) => fs.readFileSync(path.join(src, f), 'utf8');

test('no source inserts HTML or evaluates text', () => {
  expect(files.length).toBeGreaterThan(40);
  for (const f of files) {
    const code = read(f);
    for (const pattern of [/dangerouslySetInnerHTML/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write\(/, /\beval\(/, /new Function\(/]) {
      expect([f, pattern.test(code)]).toEqual([f, false]);
    }
  }
});

// The one exception: the pane reads the template catalogue published at its own origin.
const CATALOGUE_READER = path.join('taskpane', 'templates', 'templateLibrary.ts');
const FETCH = /\bfetch\(/;

test('no source makes a network call, but the catalogue reader at the page\'s own origin', () => {
  for (const f of files) {
    const code = read(f);
    for (const pattern of [...(f === CATALOGUE_READER ? [] : [FETCH]), /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /from 'node:(http|https|net|dgram)'/]) {
      expect([f, pattern.test(code)]).toEqual([f, false]);
    }
  }
});

test('the task pane page allows only its own scripts and office.js', () => {
  const html = read('taskpane/taskpane.html');
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'self'"]);
  // The inline engine check is allowed by its hash, which the build writes in place of this placeholder.
  expect(directives['script-src']).toEqual(["'self'", "'sha256-ENGINE-CHECK'", 'https://appsforoffice.microsoft.com']);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(html.match(/<script[^>]*src="([^"]+)"/g)).toEqual(['<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"']);
});

test('the catalogue is read from a relative path only, so the CSP connect-src \'self\' covers it', () => {
  const code = read(CATALOGUE_READER);
  expect(code.match(/\bfetch\(/g)).toHaveLength(1);
  expect(code).toContain("export function createCatalogueReader(base = 'catalogue/')");
  expect(code).not.toMatch(/https?:\/\//);
});
