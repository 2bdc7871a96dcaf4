import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import { createWorkerReader, type ReadingWorker } from './createWorkerReader';

// Fake Web Workers under jest's fake clock: no real time passes, so the limit is tested exactly.
class FakeWorker implements ReadingWorker {
  onmessage: ((event: MessageEvent<ReadWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  files: PickedFile[] = [];
  terminated = false;
  postMessage(message: { files: PickedFile[] }) {
    this.files = message.files;
  }
  terminate() {
    this.terminated = true;
  }
  say(message: ReadWorkerMessage) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<ReadWorkerMessage>);
  }
  /** Answers for its files in order until one whose name contains "treo", where it hangs. */
  answerUntilStuck() {
    for (const [id, file] of this.files.entries()) {
      if (file.name.includes('treo')) return;
      this.say({ type: 'result', id, result: { fileName: file.name, failure: [] } });
    }
    this.say({ type: 'done' });
  }
}

const picked = (names: string[]): PickedFile[] => names.map((name) => ({ name, bytes: new Uint8Array() }));
const outcome = (r: SubmissionInput) => ('failure' in r ? (r.failure[0]?.code ?? 'read') : 'read');

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('a file the worker never answers is given up after the limit; a fresh worker takes the rest', async () => {
  const workers: FakeWorker[] = [];
  const read = createWorkerReader({ createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]), timeoutMs: 30_000 });
  const progress: number[] = [];
  const promise = read(picked(['a.xlsx', 'b treo.xlsx', 'c.xlsx']), { templates: [], today: '2026-07-06' }, (done) => progress.push(done));
  workers[0].say({ type: 'ready' });
  workers[0].answerUntilStuck();
  jest.advanceTimersByTime(29_999);
  expect(workers).toHaveLength(1);
  jest.advanceTimersByTime(1);
  expect(workers[0].terminated).toBe(true);
  expect(workers[1].files.map((f) => f.name)).toEqual(['c.xlsx']);
  workers[1].say({ type: 'ready' });
  workers[1].answerUntilStuck();
  const results = await promise;
  expect(results.map(outcome)).toEqual(['read', 'FILE_TIMEOUT', 'read']);
  expect(progress).toEqual([1, 2, 3]);
});

test('the limit starts when the worker says it is ready, however long it takes to load', async () => {
  const workers: FakeWorker[] = [];
  const read = createWorkerReader({ createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]), timeoutMs: 30_000 });
  const promise = read(picked(['a.xlsx']), { templates: [], today: '2026-07-06' }, () => undefined);
  jest.advanceTimersByTime(10 * 60_000);
  expect(workers[0].terminated).toBe(false);
  workers[0].say({ type: 'ready' });
  workers[0].answerUntilStuck();
  expect((await promise).map(outcome)).toEqual(['read']);
});

test('a worker that fails is reported, not waited on', async () => {
  const worker = new FakeWorker();
  const promise = createWorkerReader({ createWorker: () => worker })(picked(['a.xlsx']), { templates: [], today: '2026-07-06' }, () => undefined);
  worker.onerror?.({ message: 'script error' } as ErrorEvent);
  await expect(promise).rejects.toThrow('script error');
});
