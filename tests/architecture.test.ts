import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import * as ts from 'typescript';

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
  ["import type { GridReadResult } from '../adapters/sheetjs/readWorkbookGrid';\nexport type X = GridReadResult;\n", 'src/app/x.ts'],
  ["import { makePeriod } from '../core/period/ReportingPeriod';\nexport const x = makePeriod;\n", 'src/sample/x.ts'],
  ["import { createRandom } from '../../sample/makeSampleReports';\nexport const x = createRandom;\n", 'src/core/text/x.test.ts'],
])('%#: %p is allowed in %s', async (code, file) => {
  const rules = await messagesFor(code, file);
  expect(rules).not.toContain('no-restricted-imports');
  expect(rules).not.toContain('@typescript-eslint/no-restricted-imports');
});

// Out of the core: the core imports nothing around it, the sample data nothing but the core.
test.each([
  ["import { createChecker } from '../../app/checkFileBytes';\nexport const x = createChecker;\n", 'src/core/round/x.ts'],
  ["import { main } from '../cli/tonghop';\nexport const x = main;\n", 'src/core/x.ts'],
  ["import { App } from '../../taskpane/App';\nexport const x = App;\n", 'src/core/round/x.ts'],
  ["import { encodeRange } from '../../adapters/a1';\nexport const x = encodeRange;\n", 'src/core/workbook/x.ts'],
  ["import { createRandom } from '../../sample/makeSampleReports';\nexport const x = createRandom;\n", 'src/core/text/x.ts'],
  ["import { encodeRange } from '../adapters/a1';\nexport const x = encodeRange;\n", 'src/sample/x.ts'],
  ["import { createChecker } from '../app/checkFileBytes';\nexport const x = createChecker;\n", 'src/sample/x.ts'],
  ["import { App } from '../taskpane/App';\nexport const x = App;\n", 'src/sample/x.ts'],
  ["import { encodeRange } from '../../adapters/a1';\nexport const x = encodeRange;\n", 'src/core/text/x.test.ts'],
])('%#: %p is refused in %s', async (code, file) => {
  expect(await messagesFor(code, file)).toContain('no-restricted-imports');
});

test('src/app reaches spreadsheets through the GridReader port, never the SheetJS adapter at run time', async () => {
  const valueImport = "import { readWorkbookGrid } from '../adapters/sheetjs/readWorkbookGrid';\nexport const x = readWorkbookGrid;\n";
  expect(await messagesFor(valueImport, 'src/app/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
  const mixed = "import { readWorkbookGrid, type GridReadResult } from '../adapters/sheetjs/readWorkbookGrid';\nexport const x: GridReadResult | null = null;\nexport const y = readWorkbookGrid;\n";
  expect(await messagesFor(mixed, 'src/app/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
});

/** `lines` lines of plain statements: a file of that length, or a function's body. */
const statements = (lines: number) => Array.from({ length: lines }, (_, i) => `  total += ${i};`).join('\n');

test('a file of more than 300 lines is refused in src/, a test file is not', async () => {
  const long = `export let total = 0;\n${Array.from({ length: 300 }, (_, i) => `total += ${i};`).join('\n')}\n`;
  const short = `export let total = 0;\n${Array.from({ length: 298 }, (_, i) => `total += ${i};`).join('\n')}\n`;
  expect(await messagesFor(long, 'src/core/x.ts')).toContain('max-lines');
  expect(await messagesFor(short, 'src/core/x.ts')).not.toContain('max-lines');
  expect(await messagesFor(long, 'src/core/x.test.ts')).not.toContain('max-lines');
});

test('a function or component of more than 100 lines (blank lines and comments aside) is refused', async () => {
  const fn = (lines: number) => `export function f(): number {\n  let total = 0;\n${statements(lines)}\n  return total;\n}\n`;
  expect(await messagesFor(fn(97), 'src/app/x.ts')).toContain('max-lines-per-function');
  expect(await messagesFor(fn(96), 'src/app/x.ts')).not.toContain('max-lines-per-function');
  const padded = fn(96).replace('{\n', '{\n\n  // why\n\n  /* and how */\n');
  expect(await messagesFor(padded, 'src/app/x.ts')).not.toContain('max-lines-per-function');
  const component = `export function Big(): JSX.Element {\n  let total = 0;\n${statements(98)}\n  return <p>{total}</p>;\n}\n`;
  expect(await messagesFor(component, 'src/taskpane/components/Big.tsx')).toContain('max-lines-per-function');
});

test('the React hooks rules hold in the task pane', async () => {
  const conditional = "import { useState } from 'react';\nexport function C(props: { on: boolean }) {\n  if (props.on) {\n    const [x] = useState(0);\n    return x;\n  }\n  return null;\n}\n";
  expect(await messagesFor(conditional, 'src/taskpane/components/C.tsx')).toContain('react-hooks/rules-of-hooks');
  const missing = "import { useEffect } from 'react';\nexport function C(props: { n: number; log: (n: number) => void }) {\n  useEffect(() => props.log(props.n), []);\n  return null;\n}\n";
  expect(await messagesFor(missing, 'src/taskpane/components/C.tsx')).toContain('react-hooks/exhaustive-deps');
});

test('a module is imported once, but `import type` beside a value import is allowed', async () => {
  const twice = "import { a } from './m';\nimport { b } from './m';\nexport const x = a + b;\n";
  expect(await messagesFor(twice, 'src/core/x.ts')).toContain('no-duplicate-imports');
  const typeAndValue = "import type { A } from './m';\nimport { b } from './m';\nexport const x: A = b;\n";
  expect(await messagesFor(typeAndValue, 'src/core/x.ts')).not.toContain('no-duplicate-imports');
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

/*
 * No import cycle in src/: a cycle makes the order modules load in decide what a module sees
 * (an export still undefined), and it ties code that should change apart. TypeScript's own
 * pre-processor lists a file's imports: static ones, `export … from`, and `import(…)` with or
 * without a webpack comment inside the parentheses; comments and strings are not imports.
 */
function relativeImports(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.'));
}

/** The product file an import names (.ts, .tsx, or a folder's index), or null when it is none of them. */
function resolveImport(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return [base + '.ts', base + '.tsx', path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((f) => fs.existsSync(f)) ?? null;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself): the cycles. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

test('the cycle finder finds every cycle of a made-up graph, and nothing in a graph without one', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c', 'd']],
    ['c', ['a']],
    ['d', ['e']],
    ['e', ['f']],
    ['f', ['e']],
    ['g', ['g']],
    ['h', ['a', 'e']],
  ]);
  expect(findCycles(graph).sort()).toEqual([['a', 'b', 'c'], ['e', 'f'], ['g']]);
  expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
});

test('the import reader sees static, re-exported and dynamic imports, a comment inside the parentheses too', () => {
  const source = [
    "import type { A } from './a';",
    "export { b } from './b';",
    "export const load = () => import(/* webpackChunkName: \"c\" */ './c');",
    "// import { d } from './d';",
    "import { e } from 'e';",
  ].join('\n');
  expect(relativeImports(source)).toEqual(['./a', './b', './c']);
});

test('no import cycle in src/', () => {
  const src = path.join(root, 'src');
  const files = fs
    .readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(src, f));
  const graph = new Map(files.map((file) => [file, relativeImports(fs.readFileSync(file, 'utf8')).flatMap((spec) => resolveImport(file, spec) ?? [])]));
  expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
  const cycles = findCycles(graph).map((cycle) => cycle.map((f) => path.relative(src, f).split(path.sep).join('/')).join(' ⇄ '));
  expect(cycles).toEqual([]);
});
