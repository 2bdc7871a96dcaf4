import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { manualTimers } from '../../../tests/helpers/manualTimers';
import { FILES_AHEAD, readWithPool, type ThreadEvents } from './readWithPool';

/** Stand-in threads that do only what the test tells them, so every rule of the engine is seen exactly. */
function standInThreads() {
  const threads: { events: ThreadEvents; posted: [number, string][]; stopped: boolean }[] = [];
  const startThread = (events: ThreadEvents) => {
    const thread = { events, posted: [] as [number, string][], stopped: false };
    threads.push(thread);
    return { post: (id: number, file: string) => void thread.posted.push([id, file]), stop: () => void (thread.stopped = true) };
  };
  const answer = (thread: (typeof threads)[number], id: number) => thread.events.message({ type: 'result', id, result: { fileName: thread.posted.find(([i]) => i === id)?.[1] ?? '?', failure: [] } });
  return { threads, startThread, answer };
}

const outcome = (r: SubmissionInput) => ('failure' in r ? (r.failure[0]?.code ?? 'read') : 'read');
const options = (startThread: (events: ThreadEvents) => { post(id: number, file: string): void; stop(): void }, extra = {}) => ({
  startThread,
  threads: 1,
  timeoutMs: 30_000,
  templates: [],
  describe: (file: string) => ({ fileName: file }),
  ...extra,
});

test('a ready thread is sent its file and the next ones ahead, and one time limit runs: the file it is reading', async () => {
  const { threads, startThread, answer } = standInThreads();
  const clock = manualTimers();
  const reading = readWithPool(['a', 'b', 'c', 'd'], options(startThread, { timers: clock.timers }));
  expect(threads[0].posted).toEqual([]);
  threads[0].events.message({ type: 'ready' });
  expect(threads[0].posted.map(([, f]) => f)).toEqual(['a', 'b'].slice(0, FILES_AHEAD));
  expect(clock.pending.size).toBe(1);
  for (const id of [0, 1, 2, 3]) answer(threads[0], id);
  expect((await reading).map(outcome)).toEqual(['read', 'read', 'read', 'read']);
  expect(clock.pending.size).toBe(0);
  expect(threads[0].stopped).toBe(true);
});

test('a thread that dies takes only the file it was reading; the file sent ahead goes to a new thread', async () => {
  const { threads, startThread, answer } = standInThreads();
  const reading = readWithPool(['a', 'b'], options(startThread));
  threads[0].events.message({ type: 'ready' });
  threads[0].events.failed('luồng đọc dừng (mã 7)');
  expect(threads).toHaveLength(2);
  threads[1].events.message({ type: 'ready' });
  expect(threads[1].posted).toEqual([[1, 'b']]);
  answer(threads[1], 1);
  const results = await reading;
  expect(results.map(outcome)).toEqual(['FILE_UNREADABLE', 'read']);
  expect(results[0]).toMatchObject({ fileName: 'a', failure: [{ params: { detail: 'lỗi khi đọc: luồng đọc dừng (mã 7)' } }] });
});

test('an answer for a file the thread was not reading is ignored, and so is a retired thread', async () => {
  const { threads, startThread, answer } = standInThreads();
  const clock = manualTimers();
  const reading = readWithPool(['a', 'b'], options(startThread, { timers: clock.timers }));
  threads[0].events.message({ type: 'ready' });
  answer(threads[0], 1);
  clock.expireAll();
  answer(threads[0], 0);
  threads[1].events.message({ type: 'ready' });
  answer(threads[1], 1);
  expect((await reading).map(outcome)).toEqual(['FILE_TIMEOUT', 'read']);
});

test('several threads share the files, a thread with nothing left to read stops, and the results keep the order given', async () => {
  const { threads, startThread, answer } = standInThreads();
  const progress: string[] = [];
  const reading = readWithPool(['a', 'b', 'c'], options(startThread, { threads: 4, onProgress: (_: number, __: number, file: string) => progress.push(file) }));
  expect(threads).toHaveLength(3);
  for (const t of threads) t.events.message({ type: 'ready' });
  expect(threads.map((t) => t.posted.map(([, f]) => f))).toEqual([['a', 'b'], ['c'], []]);
  expect(threads[2].stopped).toBe(true);
  answer(threads[1], 2);
  answer(threads[0], 0);
  answer(threads[0], 1);
  expect(progress).toEqual(['c', 'a', 'b']);
  expect((await reading).map((r) => r.fileName)).toEqual(['a', 'b', 'c']);
});
