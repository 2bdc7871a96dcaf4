import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_TEMPLATE } from '../core/template/builtinTemplates';
import type { ReadRequest } from '../app/checkFileBytes';
import type { SubmissionInput } from '../core/consolidation/Consolidation';
import { manualTimers } from '../../tests/helpers/manualTimers';
import { readFilesWithPool } from './readFilesWithPool';

const standIn = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'slowReadWorker.js');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-pool-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function touch(names: string[]): string[] {
  const files = names.map((n) => path.join(dir, n));
  for (const f of files) fs.writeFileSync(f, 'x');
  return files;
}

/** Each file's outcome: read, or the code of its first problem. */
const outcomeOf = (r: SubmissionInput) => ('failure' in r ? r.failure[0].code : 'read');

/** Waits, without a clock, until the worker threads have brought the pool to `condition`. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

test('a file that never finishes is given up after the time limit and the batch goes on', async () => {
  const files = touch(['a treo.xlsx', 'b treo.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx', 'f.xlsx']);
  const progress: number[] = [];
  const clock = manualTimers();
  const reading = readFilesWithPool(files, { templates: [], today: '2026-07-06' }, { workers: 2, timeoutMs: 30_000, script: standIn, timers: clock.timers, onProgress: (done) => progress.push(done) });
  // One thread is stuck on a (b waits behind it); the other reads the four good files and stops.
  await until(() => progress.length === 4 && clock.pending.size === 1);
  expect([...clock.pending.values()].map((t) => t.ms)).toEqual([30_000]);
  clock.expireAll();
  // a is given up; b goes to a new thread, which is stuck on it in turn.
  await until(() => progress.length === 5 && clock.pending.size === 1);
  clock.expireAll();
  const results = await reading;
  expect(results.map((r) => [r.fileName, outcomeOf(r)])).toEqual([
    ['a treo.xlsx', 'FILE_TIMEOUT'],
    ['b treo.xlsx', 'FILE_TIMEOUT'],
    ['c.xlsx', 'FILE_EMPTY'],
    ['d.xlsx', 'FILE_EMPTY'],
    ['e.xlsx', 'FILE_EMPTY'],
    ['f.xlsx', 'FILE_EMPTY'],
  ]);
  expect(results[0]).toMatchObject({ failure: [{ params: { seconds: 30 } }] });
  expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
});

test('a file sent ahead to a thread that then times out is read by another thread, its time limit not yet started', async () => {
  const clock = manualTimers();
  const progress: number[] = [];
  const reading = readFilesWithPool(touch(['a.xlsx', 'b treo.xlsx', 'c.xlsx', 'd.xlsx']), { templates: [], today: '2026-07-06' }, { workers: 1, timeoutMs: 30_000, script: standIn, timers: clock.timers, onProgress: (done) => progress.push(done) });
  // The thread answers a, is stuck on b and already holds c: one limit runs, b's, not c's.
  await until(() => progress.length === 1 && clock.pending.size === 1);
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(clock.pending.size).toBe(1);
  expect(progress).toEqual([1]);
  clock.expireAll();
  const results = await reading;
  expect(results.map((r) => [r.fileName, outcomeOf(r)])).toEqual([
    ['a.xlsx', 'FILE_EMPTY'],
    ['b treo.xlsx', 'FILE_TIMEOUT'],
    ['c.xlsx', 'FILE_EMPTY'],
    ['d.xlsx', 'FILE_EMPTY'],
  ]);
});

test('the time limit starts when the thread is ready, not when it was asked for', async () => {
  // The threads stay loading until the test lets them go on, as on a machine busy with something else.
  const goAhead = path.join(dir, 'go-ahead');
  const clock = manualTimers();
  const progress: number[] = [];
  const reading = readFilesWithPool(touch(['a.xlsx', 'b.xlsx', 'c.xlsx']), { templates: [], today: '2026-07-06', goAhead } as ReadRequest, { workers: 2, script: standIn, timers: clock.timers, onProgress: (done) => progress.push(done) });
  // However long they load, no file's time limit has started, so none can expire.
  for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(clock.pending.size).toBe(0);
  clock.expireAll();
  expect(progress).toEqual([]);
  fs.writeFileSync(goAhead, '');
  const results = await reading;
  expect(results.map(outcomeOf)).toEqual(['FILE_EMPTY', 'FILE_EMPTY', 'FILE_EMPTY']);
});

test('a thread that dies takes only its own file with it', async () => {
  const crashing = path.join(dir, 'crashing.js');
  fs.writeFileSync(crashing, "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (t) => { if (t.file.includes('vo')) process.exit(7); parentPort.postMessage({ type: 'result', id: t.id, result: { fileName: 'x', failure: [] } }); });\nparentPort.postMessage({ type: 'ready' });\n");
  const results = await readFilesWithPool(touch(['a.xlsx', 'b vo.xlsx', 'c.xlsx']), { templates: [], today: '2026-07-06' }, { workers: 1, script: crashing });
  expect(results.map((r) => ('failure' in r ? (r.failure[0]?.code ?? 'none') : 'read'))).toEqual(['none', 'FILE_UNREADABLE', 'none']);
});

test('the real worker, from the sources, reads files in parallel, in the order given', async () => {
  const real = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bad', 'real');
  const results = await readFilesWithPool([path.join(real, 'LibreOffice - xã Sóc Sơn.xlsx'), path.join(real, 'Treo khi giải nén.xlsx')], { templates: [DEFAULT_TEMPLATE], today: '2026-07-06' }, { workers: 2 });
  expect(results.map((r) => ('report' in r ? r.report.unitName : r.failure[0].code))).toEqual(['Đảng ủy xã Sóc Sơn', 'FILE_UNREADABLE']);
});

test('no files, no threads', async () => {
  expect(await readFilesWithPool([], { templates: [], today: '2026-07-06' })).toEqual([]);
});
