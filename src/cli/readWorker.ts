import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, toTransferable, type ReadRequest } from '../taskpane/files/checkFileBytes';
import { fileModifiedOn } from './fileDates';
import { useNativeZlib } from './useNativeZlib';

// One reading thread: checks the files it is sent, one at a time. The pool kills it if a file
// takes too long (a damaged file can send the parser into an endless loop).
useNativeZlib();
const check = createChecker(workerData as ReadRequest);
parentPort!.on('message', (task: { id: number; file: string }) => {
  const bytes = new Uint8Array(fs.readFileSync(task.file));
  const result = check({ name: path.basename(task.file), bytes, modifiedOn: fileModifiedOn(task.file) });
  parentPort!.postMessage({ id: task.id, result: toTransferable(result) });
});
