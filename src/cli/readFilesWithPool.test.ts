import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFilesWithPool } from './readFilesWithPool';

const request = { templates: [], today: '2026-07-06' };

test('a file that never finishes is given up after the time limit and the batch goes on', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-pool-'));
  const names = ['a.xlsx', 'b treo.xlsx', 'c.xlsx', 'd treo.xlsx', 'e.xlsx', 'f.xlsx'];
  const files = names.map((n) => path.join(dir, n));
  for (const f of files) fs.writeFileSync(f, 'x');
  const progress: number[] = [];
  const started = Date.now();
  const results = await readFilesWithPool(files, request, { workers: 2, timeoutMs: 300, script: path.join(__dirname, '..', '..', 'tests', 'fixtures', 'slowReadWorker.js'), onProgress: (done) => progress.push(done) });
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(results.map((r) => [r.fileName, 'failure' in r ? r.failure[0].code : 'read'])).toEqual([
    ['a.xlsx', 'FILE_EMPTY'],
    ['b treo.xlsx', 'FILE_TIMEOUT'],
    ['c.xlsx', 'FILE_EMPTY'],
    ['d treo.xlsx', 'FILE_TIMEOUT'],
    ['e.xlsx', 'FILE_EMPTY'],
    ['f.xlsx', 'FILE_EMPTY'],
  ]);
  expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the real worker reads files in parallel, in the order given', async () => {
  const results = await readFilesWithPool(
    [path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bad', 'real', 'LibreOffice - xã Sóc Sơn.xlsx'), path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bad', 'real', 'Treo khi giải nén.xlsx')],
    { templates: [(await import('../core/template/builtinTemplates')).DEFAULT_TEMPLATE], today: '2026-07-06' },
    { workers: 2 },
  );
  expect(results.map((r) => ('report' in r ? r.report.unitName : r.failure[0].code))).toEqual(['Đảng ủy xã Sóc Sơn', 'FILE_UNREADABLE']);
});

test('no files, no threads', async () => {
  expect(await readFilesWithPool([], request)).toEqual([]);
});
