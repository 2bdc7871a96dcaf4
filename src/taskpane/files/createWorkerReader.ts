import type { PickedFile, ReadRequest } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/reading/ReadFiles';
import { readWithPool, type PoolTimers, type StartThread } from '../../app/reading/readWithPool';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import { LIMITS } from '../../core/round/limits';

/** What the page sends a reading worker: the request once, then one file at a time. */
export type ReadingWorkerTask = { type: 'request'; request: ReadRequest } | { type: 'file'; id: number; file: PickedFile };

/** The part of a Web Worker the reader uses, so tests can give one that never answers. */
export interface ReadingWorker {
  onmessage: ((event: MessageEvent<ReadWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
  postMessage(message: ReadingWorkerTask): void;
  terminate(): void;
}

export interface WorkerReaderOptions {
  createWorker: () => ReadingWorker;
  /** Workers reading at once (default 1). */
  workers?: number;
  /** A file still unread this long after the worker began it is given up. */
  timeoutMs?: number;
  /** The clock of the time limits; tests give one they move by hand. */
  timers?: PoolTimers;
}

/** Web Workers as the reading engine's threads. */
function webWorkers(createWorker: () => ReadingWorker, request: ReadRequest): StartThread<PickedFile> {
  return (events) => {
    const worker = createWorker();
    worker.onmessage = (event) => events.message(event.data);
    worker.onerror = (error) => events.failed('message' in error && typeof error.message === 'string' ? error.message : 'worker failed');
    worker.postMessage({ type: 'request', request });
    return { post: (id, file) => worker.postMessage({ type: 'file', id, file }), stop: () => worker.terminate() };
  };
}

/**
 * Reads files in Web Workers so the pane never freezes: the one reading engine of both doors,
 * each file under a time limit that starts when its worker has loaded, a file that sends the
 * parser into a loop given up with a message while a fresh worker takes the rest.
 */
export function createWorkerReader({ createWorker, workers = 1, timeoutMs = LIMITS.file.timeMs, timers }: WorkerReaderOptions): ReadFiles<PickedFile> {
  return (files, request, onProgress) =>
    readWithPool(files, {
      startThread: webWorkers(createWorker, request),
      threads: workers,
      timeoutMs,
      timers,
      templates: request.templates,
      describe: (file) => ({ fileName: file.name, receivedOn: file.modifiedOn, receivedAt: file.modifiedAt }),
      onProgress: (done, total) => onProgress(done, total),
    });
}
