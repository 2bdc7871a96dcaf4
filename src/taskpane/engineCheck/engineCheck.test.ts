/** @jest-environment jsdom */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const source = fs.readFileSync(path.join(__dirname, 'engineCheck.js'), 'utf8');

/** Syntax Internet Explorer 11 cannot parse: if any is here, the check itself would fail there. */
function es2015Syntax(code: string): string[] {
  const file = ts.createSourceFile('engineCheck.js', code, ts.ScriptTarget.ES5, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) found.push('let/const');
    if (ts.isArrowFunction(node)) found.push('arrow function');
    if (ts.isClassLike(node)) found.push('class');
    if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push('template literal');
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) found.push('spread');
    if (ts.isForOfStatement(node)) found.push('for…of');
    if (ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) found.push('shorthand property');
    if (ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node)) found.push('destructuring');
    if (ts.isParameter(node) && node.initializer) found.push('default parameter');
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) found.push('async');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Runs the check against a made-up window: a modern one, or one lacking what is named. */
function runCheck(options: { userAgent?: string; remove?: string[]; page?: 'single' } = {}) {
  document.documentElement.removeAttribute('data-old-engine');
  if (options.page) document.documentElement.setAttribute('data-page', options.page);
  else document.documentElement.removeAttribute('data-page');
  document.body.innerHTML = '<div id="root"><p>Đang tải…</p></div>';
  const modern: Record<string, unknown> = { Promise, Map, Set, WeakMap, Symbol, Proxy, Reflect, fetch: () => undefined, TextDecoder: class {}, Intl, globalThis };
  for (const name of options.remove ?? []) delete modern[name];
  const win = { ...modern, navigator: { userAgent: options.userAgent ?? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0' } };
  new Function('window', source)(win);
  return { refused: document.documentElement.getAttribute('data-old-engine'), text: document.getElementById('root')?.textContent ?? '' };
}

test('the check is ES5 only, so Internet Explorer 11 can run it', () => {
  expect(es2015Syntax(source)).toEqual([]);
  // The detector itself fails on what it must refuse.
  expect(es2015Syntax('const f = (a) => `${a}`;')).toEqual(['let/const', 'arrow function', 'template literal']);
});

test('a modern engine passes, and the page is left as it is', () => {
  expect(runCheck()).toEqual({ refused: null, text: 'Đang tải…' });
});

test('Trident (Office 2016/2019 volume licence) is told why and what to use instead, in Vietnamese', () => {
  const { refused, text } = runCheck({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
  expect(refused).toBe('Trident');
  expect(text).toContain('không chạy được trong Excel này');
  expect(text).toContain('Office 2021 và Office 2024 trên Windows có Microsoft Edge WebView2');
  expect(text).toContain('"Tổng hợp báo cáo.html"');
  expect(text.normalize('NFC')).toBe(text);
});

test('each missing feature is named; the old Edge (EdgeHTML) is refused too', () => {
  expect(runCheck({ remove: ['Proxy', 'fetch'] }).refused).toBe('Proxy fetch');
  expect(runCheck({ remove: ['Map', 'Symbol'] }).text).toContain('Chi tiết kỹ thuật (thiếu): Map, Symbol.');
  expect(runCheck({ userAgent: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763' }).refused).toBe('EdgeHTML');
});

test('the single-file page says to open it in Edge or Chrome', () => {
  expect(runCheck({ page: 'single', remove: ['Proxy'] }).text).toContain('Hãy mở tệp này bằng Microsoft Edge hoặc Google Chrome');
});
