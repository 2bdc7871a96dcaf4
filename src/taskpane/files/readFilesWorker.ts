/// <reference lib="webworker" />
import { readWorkbookGrid } from '../../adapters/sheetjs/readWorkbookGrid';
import { createChecker, type PickedFile } from '../../app/checkFileBytes';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import { toTransferable } from '../../app/transferableInput';
import { browserWordReader } from './browserWordReader';
import type { ReadingWorkerTask } from './createWorkerReader';

// Runs in a Web Worker: reads and checks each file it is sent off the main thread, in order.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const say = (message: ReadWorkerMessage) => scope.postMessage(message);
let check: ((file: PickedFile) => ReturnType<ReturnType<typeof createChecker>>) | undefined;
scope.onmessage = (event: MessageEvent<ReadingWorkerTask>) => {
  const task = event.data;
  if (task.type === 'request') check = createChecker(task.request, readWorkbookGrid, browserWordReader);
  else if (check) void check(task.file).then((result) => say({ type: 'result', id: task.id, result: toTransferable(result) }));
};
// Loaded: the time limit of the first file starts now.
say({ type: 'ready' });
