/// <reference lib="webworker" />
import { readWorkbookGrid } from '../../adapters/sheetjs/readWorkbookGrid';
import { createChecker, type PickedFile, type ReadRequest } from '../../app/checkFileBytes';
import type { ReadWorkerMessage } from '../../app/readWorkerProtocol';
import { toTransferable } from '../../app/transferableInput';

// Runs in a Web Worker: reads and checks each file off the main thread, reporting as it goes.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const say = (message: ReadWorkerMessage) => scope.postMessage(message);
scope.onmessage = (event: MessageEvent<{ files: PickedFile[]; request: ReadRequest }>) => {
  const { files, request } = event.data;
  const check = createChecker(request, readWorkbookGrid);
  files.forEach((file, id) => say({ type: 'result', id, result: toTransferable(check(file)) }));
  say({ type: 'done' });
};
// Loaded: the time limit of the first file starts now.
say({ type: 'ready' });
