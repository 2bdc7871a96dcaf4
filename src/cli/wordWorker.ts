import { parentPort } from 'node:worker_threads';
import type { DocumentSpec } from '../core/document/DocumentSpec';
import { UserError, writeFileSafely } from './fileIo';
import { wordWriter } from './loadAdapters';

// Writes the Word report on its own thread while the main thread streams the summary: the two
// need nothing of each other, and the report, shorter than the summary, then costs little wait.
const port = parentPort;
if (!port) throw new Error('wordWorker runs only as a worker thread');
// Loaded at once, while the main thread lays the report out; the report comes as one message.
const writer = wordWriter();
port.once('message', ({ spec, target, overwrite }: { spec: DocumentSpec; target: string; overwrite: boolean }) => {
  writer
    .writeDocumentInChunks(spec)
    .then((bytes) => port.postMessage({ written: writeFileSafely(target, bytes, overwrite) }))
    .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error), refused: error instanceof UserError }));
});
