/// <reference lib="webworker" />
import { createChecker, toTransferable, type PickedFile, type ReadRequest } from './checkFileBytes';

// Runs in a Web Worker: reads and checks each file off the main thread, reporting as it goes.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ files: PickedFile[]; request: ReadRequest }>) => {
  const { files, request } = event.data;
  const check = createChecker(request);
  files.forEach((file, i) => {
    const result = check(file);
    scope.postMessage({ type: 'result', index: i, result: toTransferable(result) });
  });
  scope.postMessage({ type: 'done' });
};
