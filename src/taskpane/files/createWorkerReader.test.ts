import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { manualTimers } from '../../../tests/helpers/manualTimers';
import { createWorkerReader, type ReadingWorker, type ReadingWorkerTask } from './createWorkerReader';

// Stand-in Web Workers: the page's reader speaks to them as to real ones, under a clock moved by hand.
class FakeWorker implements ReadingWorker {
  onmessage: ((event: MessageEvent<ReadWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  tasks: ReadingWorkerTask[] = [];
  terminated = false;
  stuck = false;
  postMessage(task: ReadingWorkerTask) {
    this.tasks.push(task);
  }
  terminate() {
    this.terminated = true;
  }
  get files(): string[] {
    return this.tasks.flatMap((t) => (t.type === 'file' ? [t.file.name] : []));
  }
  say(message: ReadWorkerMessage) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<ReadWorkerMessage>);
  }
  /** Answers the files it holds, in order, until one whose name contains "treo", where it hangs for good. */
  answer() {
    let answered = 0;
    while (!this.stuck) {
      const task = this.tasks.filter((t) => t.type === 'file')[answered++];
      if (!task || task.type !== 'file') return;
      if (task.file.name.includes('treo')) this.stuck = true;
      else this.say({ type: 'result', id: task.id, result: { fileName: task.file.name, failure: [] } });
    }
  }
}

const picked = (names: string[]): PickedFile[] => names.map((name) => ({ name, bytes: new Uint8Array() }));
const outcome = (r: SubmissionInput) => ('failure' in r ? (r.failure[0]?.code ?? 'read') : 'read');

test('the request goes to a worker once, before its files', async () => {
  const worker = new FakeWorker();
  const promise = createWorkerReader({ createWorker: () => worker })(picked(['a.xlsx', 'b.xlsx']), { templates: [], today: '2026-07-06' }, () => undefined);
  worker.say({ type: 'ready' });
  expect(worker.tasks.map((t) => t.type)).toEqual(['request', 'file', 'file']);
  worker.answer();
  expect((await promise).map(outcome)).toEqual(['read', 'read']);
});

test('a file the worker never answers is given up after the limit; a fresh worker takes the rest', async () => {
  const workers: FakeWorker[] = [];
  const clock = manualTimers();
  const read = createWorkerReader({ createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]), timeoutMs: 30_000, timers: clock.timers });
  const progress: number[] = [];
  const promise = read(picked(['a.xlsx', 'b treo.xlsx', 'c.xlsx']), { templates: [], today: '2026-07-06' }, (done) => progress.push(done));
  workers[0].say({ type: 'ready' });
  workers[0].answer();
  expect(workers).toHaveLength(1);
  expect([...clock.pending.values()].map((t) => t.ms)).toEqual([30_000]);
  clock.expireAll();
  expect(workers[0].terminated).toBe(true);
  expect(workers[1].files).toEqual([]);
  workers[1].say({ type: 'ready' });
  expect(workers[1].files).toEqual(['c.xlsx']);
  workers[1].answer();
  const results = await promise;
  expect(results.map(outcome)).toEqual(['read', 'FILE_TIMEOUT', 'read']);
  expect(results[1]).toMatchObject({ fileName: 'b treo.xlsx', failure: [{ params: { seconds: 30 } }] });
  expect(progress).toEqual([1, 2, 3]);
});

test('the limit starts when the worker says it is ready, however long it takes to load', async () => {
  const worker = new FakeWorker();
  const clock = manualTimers();
  const promise = createWorkerReader({ createWorker: () => worker, timers: clock.timers })(picked(['a.xlsx']), { templates: [], today: '2026-07-06' }, () => undefined);
  expect(clock.pending.size).toBe(0);
  clock.expireAll();
  expect(worker.terminated).toBe(false);
  worker.say({ type: 'ready' });
  expect(clock.pending.size).toBe(1);
  worker.answer();
  expect((await promise).map(outcome)).toEqual(['read']);
  expect(clock.pending.size).toBe(0);
});

test('a worker that fails to start is reported, not waited on', async () => {
  const worker = new FakeWorker();
  const promise = createWorkerReader({ createWorker: () => worker })(picked(['a.xlsx']), { templates: [], today: '2026-07-06' }, () => undefined);
  worker.onerror?.({ message: 'script error' } as ErrorEvent);
  await expect(promise).rejects.toThrow('script error');
});
