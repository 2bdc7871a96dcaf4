import { parentPort } from 'node:worker_threads';
import type { DocumentSpec } from '../core/document/DocumentSpec';
import { wordWriter } from './loadAdapters';

// Packs the Word report on its own thread while the main thread streams the summary: the two
// need nothing of each other, and the report, shorter than the summary, then costs little wait.
// The bytes go back to the main thread, which writes every output of the run through one seam.
const port = parentPort;
if (!port) throw new Error('wordWorker runs only as a worker thread');
// Loaded at once, while the main thread lays the report out; the report and its compilation come
// as one message, and are packed one after the other.
const writer = wordWriter();
port.once('message', ({ documents }: { documents: DocumentSpec[] }) => {
  const packed: Uint8Array[] = [];
  documents
    .reduce((done, spec) => done.then(async () => void packed.push(await writer.writeDocumentInChunks(spec))), Promise.resolve())
    .then(() => port.postMessage({ packed }))
    .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
