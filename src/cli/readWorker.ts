import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, type GridReader, type ReadRequest, type WordFileReader } from '../app/checkFileBytes';
import { readDoc } from '../adapters/word/readDoc';
import { readWordFile } from '../adapters/word/readWordFile';
import { isWordReport } from '../adapters/word/sniffWordFile';
import type { ReadWorkerMessage } from '../app/readWorkerProtocol';
import { toTransferable } from '../app/transferableInput';
import { nativeInflateRaw } from '../adapters/xlsxFast/nativeInflateRaw';
import { readTemplateFast } from '../adapters/xlsxFast/readTemplateFast';
import { sheetJs } from './loadAdapters';
import { fileModifiedAt, fileModifiedOn } from './fileDates';
import { readSteadily } from './readSteadily';

// One reading thread: checks the files it is sent, one at a time. The pool kills it if a file
// takes too long (a damaged file can send the parser into an endless loop).
const port = parentPort;
if (!port) throw new Error('readWorker runs only as a worker thread');
// The fast path first; SheetJS (a tenth of a second to load, with its code pages) is loaded the
// first time a file needs it, and most batches of reports made from the template never do.
const read: GridReader = (bytes, options = {}) =>
  (options.selectSheets && options.fast !== false ? readTemplateFast(bytes, options.selectSheets, nativeInflateRaw) : null) ?? sheetJs().readWorkbookGrid(bytes, { ...options, fast: false });
// Word reports through the Word readers, old .doc files included.
const word: WordFileReader = {
  recognises: isWordReport,
  read: (bytes, name) => readWordFile(bytes, name, { inflate: nativeInflateRaw, readDoc }),
};
const check = createChecker(workerData as ReadRequest, read, word);
const say = (message: ReadWorkerMessage) => port.postMessage(message);
port.on('message', (task: { id: number; file: string }) => {
  const steady = readSteadily(task.file);
  const name = path.basename(task.file);
  // A file that vanished or changed while read is listed as such; the round goes on.
  const result = 'fault' in steady ? Promise.resolve({ fileName: name, failure: [steady.fault] }) : check({ name, bytes: steady.bytes, modifiedOn: fileModifiedOn(task.file), modifiedAt: fileModifiedAt(task.file) });
  void result.then((r) => say({ type: 'result', id: task.id, result: toTransferable(r) }));
});
say({ type: 'ready' });
