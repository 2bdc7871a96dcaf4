import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, type ReadRequest } from '../app/checkFileBytes';
import type { ReadWorkerMessage } from '../app/readWorkerProtocol';
import { toTransferable } from '../app/transferableInput';
import { useNativeZlib } from '../adapters/sheetjs/useNativeZlib';
import { fileModifiedOn } from './fileDates';

// One reading thread: checks the files it is sent, one at a time. The pool kills it if a file
// takes too long (a damaged file can send the parser into an endless loop).
const port = parentPort;
if (!port) throw new Error('readWorker runs only as a worker thread');
useNativeZlib();
const check = createChecker(workerData as ReadRequest);
const say = (message: ReadWorkerMessage) => port.postMessage(message);
port.on('message', (task: { id: number; file: string }) => {
  const bytes = new Uint8Array(fs.readFileSync(task.file));
  const result = check({ name: path.basename(task.file), bytes, modifiedOn: fileModifiedOn(task.file) });
  say({ type: 'result', id: task.id, result: toTransferable(result) });
});
say({ type: 'ready' });
