import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

// The lint rules that keep the core pure must actually fire; a rule that never fires guards nothing.
// ESLint runs as its own process: its ESM config cannot load inside jest's module sandbox.
const root = path.join(__dirname, '..');
function messagesFor(code: string, filePath: string): Promise<(string | null)[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(out) as { messages: { ruleId: string | null }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId)));
      } catch {
        reject(new Error(`eslint printed no JSON: ${out}`));
      }
    });
    child.stdin.end(code);
  });
}

test.each([
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'no-restricted-imports'],
  ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
  ["import { Document } from 'docx';\nexport const x = Document;\n", 'no-restricted-imports'],
  ["import * as fs from 'node:fs';\nexport const x = fs;\n", 'no-restricted-imports'],
  ["import React from 'react';\nexport const x = React;\n", 'no-restricted-imports'],
  ['export const today = new Date();\n', 'no-restricted-syntax'],
  ['export const x = Excel.run;\n', 'no-restricted-globals'],
])('src/core refuses %p', async (code, rule) => {
  expect(await messagesFor(code, 'src/core/example.ts')).toContain(rule);
});

test('Office.js globals are allowed only in the Office adapter', async () => {
  expect(await messagesFor('export const x = Office.context;\n', 'src/taskpane/App.ts')).toContain('no-restricted-globals');
  expect(await messagesFor('export const x = Office.context;\n', 'src/adapters/office/run.ts')).not.toContain('no-restricted-globals');
});

// Pure libraries the core may use: no file format, no I/O, no globals (zod checks template files).
const CORE_ALLOWED_PACKAGES = new Set(['zod']);

test('no file in src/core imports anything outside the core but the allowed pure libraries', () => {
  const core = path.join(root, 'src', 'core');
  const files = fs.readdirSync(core, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const source = fs.readFileSync(path.join(core, file), 'utf8');
    for (const m of source.matchAll(/from '([^']+)'/g)) {
      const target = path.resolve(path.dirname(path.join(core, file)), m[1]);
      const inside = (m[1].startsWith('.') && target.startsWith(core)) || CORE_ALLOWED_PACKAGES.has(m[1]);
      expect([file, m[1], inside]).toEqual([file, m[1], true]);
    }
  }
});

// The rooms around the core: each door and layer refuses what it must not import.
test.each([
  ["import { App } from '../taskpane/App';\nexport const x = App;\n", 'src/adapters/office/x.ts'],
  ["import { main } from '../../cli/tonghop';\nexport const x = main;\n", 'src/adapters/exceljs/x.ts'],
  ["import { createChecker } from '../../app/checkFileBytes';\nexport const x = createChecker;\n", 'src/adapters/sheetjs/x.ts'],
  ["import { main } from '../../cli/tonghop';\nexport const x = main;\n", 'src/taskpane/components/x.tsx'],
  ["import { App } from '../taskpane/App';\nexport const x = App;\n", 'src/cli/x.ts'],
  ["import { App } from '../taskpane/App';\nexport const x = App;\n", 'src/app/x.ts'],
  ["import { main } from '../cli/tonghop';\nexport const x = main;\n", 'src/app/x.ts'],
  ["import React from 'react';\nexport const x = React;\n", 'src/app/x.ts'],
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'src/cli/x.ts'],
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'src/taskpane/x.ts'],
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'src/adapters/exceljs/x.ts'],
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'src/app/x.ts'],
])('%#: %p is refused in %s', async (code, file) => {
  expect(await messagesFor(code, file)).toContain('no-restricted-imports');
});

test.each([
  ["import * as XLSX from 'xlsx';\nexport const x = XLSX;\n", 'src/adapters/sheetjs/x.ts'],
  ["import { createChecker } from '../app/checkFileBytes';\nexport const x = createChecker;\n", 'src/cli/x.ts'],
  ["import { createChecker } from '../app/checkFileBytes';\nexport const x = createChecker;\n", 'src/taskpane/x.ts'],
  ["import { readWorkbookGrid } from '../adapters/sheetjs/readWorkbookGrid';\nexport const x = readWorkbookGrid;\n", 'src/app/x.ts'],
])('%#: %p is allowed in %s', async (code, file) => {
  expect(await messagesFor(code, file)).not.toContain('no-restricted-imports');
});

test('non-null assertions are refused in src/', async () => {
  expect(await messagesFor('export const f = (x?: string) => x!;\n', 'src/core/x.ts')).toContain('@typescript-eslint/no-non-null-assertion');
});

/** Every import of every product file in src/ (tests aside), as [file, module]. */
function productImports(): [string, string][] {
  const src = path.join(root, 'src');
  return fs
    .readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .flatMap((file) => [...fs.readFileSync(path.join(src, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m): [string, string] => [file.split(path.sep).join('/'), m[1]]));
}

test('only src/adapters/sheetjs imports SheetJS, in the source as it stands', () => {
  const importers = productImports().filter(([, module]) => module === 'xlsx').map(([file]) => file);
  expect(importers.length).toBeGreaterThan(0);
  expect(importers.filter((file) => !file.startsWith('adapters/sheetjs/'))).toEqual([]);
});

test('development tools (bench, bad-file corpus) are not in the product', () => {
  expect(productImports().filter(([, module]) => /scripts\/|\/bench\/|makeBadCorpus/.test(module))).toEqual([]);
  expect(fs.existsSync(path.join(root, 'src', 'cli', 'bench'))).toBe(false);
});
