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
