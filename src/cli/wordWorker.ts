import { parentPort } from 'node:worker_threads';
import type { DocumentSpec } from '../core/document/DocumentSpec';
import { UserError, writeFileSafely } from './fileIo';
import { wordWriter } from './loadAdapters';

// Writes the Word report on its own thread while the main thread streams the summary: the two
// need nothing of each other, and the report, shorter than the summary, then costs little wait.
const port = parentPort;
if (!port) throw new Error('wordWorker runs only as a worker thread');
// Loaded at once, while the main thread lays the report out; the report and its compilation come
// as one message, and are written one after the other.
const writer = wordWriter();
port.once('message', ({ documents, overwrite }: { documents: { spec: DocumentSpec; target: string }[]; overwrite: boolean }) => {
  const written: string[] = [];
  documents
    .reduce((done, { spec, target }) => done.then(async () => void written.push(writeFileSafely(target, await writer.writeDocumentInChunks(spec), overwrite))), Promise.resolve())
    .then(() => port.postMessage({ written }))
    .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error), refused: error instanceof UserError }));
});
