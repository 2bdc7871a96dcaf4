import { FileChild, Packer } from 'docx';
import type { DocumentSpec, ParagraphSpec } from '../../core/document/DocumentSpec';
import { readZipParts } from '../xlsxFast/readZipParts';
import { crc32 } from './crc32';
import { buildDocxDocument, writeDocument } from './writeDocument';
import { plainParagraphXml } from './plainParagraphXml';

/*
 * The Word report, its body never whole in memory, in Node and in a browser. A report of 3,000
 * units is 50,000 plain paragraphs; as the package's objects, then its XML tree, then one string,
 * then one buffer, they took 360 MB and most of a second. Here the package writes the document
 * with one placeholder paragraph for each run of plain paragraphs (so headings, tables, styles,
 * headers and every other part stay the package's own), and the placeholders are replaced by
 * those paragraphs' XML, written and deflated a chunk at a time with the platform's
 * CompressionStream (zlib, in Node), the same code in Node and in the pane.
 */

/**
 * Never in a unit's text: every run's text goes through xmlSafe, which drops U+FFFF, so a
 * placeholder cannot be mistaken for text.
 */
const MARK = '\uFFFF';
/** A placeholder paragraph as the package writes it (the tests find none left). */
const PLACEHOLDER = /<w:p><w:r><w:t xml:space="preserve">\uFFFF(\d+)\uFFFF<\/w:t><\/w:r><\/w:p>/g;

class Placeholder extends FileChild {
  constructor(private readonly index: number) {
    super('w:p');
  }

  override prepForXml() {
    return { 'w:p': [{ 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, `${MARK}${this.index}${MARK}`] }] }] };
  }
}

/** Characters of XML gathered before they are encoded and handed to the deflater. */
const CHUNK_CHARS = 1 << 16;

/** The document's XML, the placeholders replaced by their paragraphs, in chunks. */
function* documentXmlChunks(skeleton: string, runs: readonly ParagraphSpec[][]): Generator<string> {
  let at = 0;
  let expected = 0;
  for (const match of skeleton.matchAll(PLACEHOLDER)) {
    if (Number(match[1]) !== expected) throw new Error(`placeholder ${match[1]} found where ${expected} was expected`);
    yield skeleton.slice(at, match.index);
    let chunk = '';
    for (const p of runs[expected]) {
      chunk += plainParagraphXml(p);
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
    at = match.index + match[0].length;
    expected++;
  }
  if (expected !== runs.length) throw new Error(`${runs.length - expected} placeholders missing from the document`);
  yield skeleton.slice(at);
}

/** Compression streams of the platform: Node 20 and the browsers Office runs in have them. */
export interface DeflateStreams {
  Compression: typeof CompressionStream;
  Decompression: typeof DecompressionStream;
}

/** This platform's streams, or null where raw deflate is missing (Safari before 16.4). */
export function platformDeflateStreams(): DeflateStreams | null {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return { Compression: CompressionStream, Decompression: DecompressionStream };
  } catch {
    return null;
  }
}

/** Everything a readable stream gives, as one array; rejects if the stream fails. */
async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Passes chunks through a transform stream, never more than its queue holds ahead of the reader. */
async function pipeThrough<In>(stream: { writable: WritableStream<In>; readable: ReadableStream<Uint8Array> }, chunks: Iterable<In>): Promise<Uint8Array> {
  const collected = collect(stream.readable);
  // Awaited below; a failure while writing must not also count as unhandled.
  collected.catch(() => undefined);
  const writer = stream.writable.getWriter();
  try {
    for (const chunk of chunks) {
      await writer.ready;
      writer.write(chunk).catch(() => undefined);
    }
    await writer.close();
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    throw error;
  }
  return collected;
}

interface PackedEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Deflates text given in pieces, never holding more than a piece uncompressed. */
async function deflatePieces(streams: DeflateStreams, name: string, pieces: Iterable<string>): Promise<PackedEntry> {
  const encoder = new TextEncoder();
  let crc = 0;
  let size = 0;
  function* encoded(): Generator<Uint8Array<ArrayBuffer>> {
    for (const piece of pieces) {
      const bytes = encoder.encode(piece);
      crc = crc32(bytes, crc);
      size += bytes.length;
      yield bytes;
    }
  }
  const data = await pipeThrough(new streams.Compression('deflate-raw'), encoded());
  return { name, method: 8, crc, size, data };
}

/** A plain zip: sizes in the local headers (no data descriptors, no zip64), UTF-8 names. */
function zipEntries(entries: readonly PackedEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + names[i].length + e.data.length, 0);
  const directorySize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  if (localSize + directorySize > 0xfffffffe || entries.some((e) => e.size > 0xfffffffe)) throw new Error('a Word report this large needs zip64');
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  entries.forEach((e, i) => {
    const name = names[i];
    // Version 2.0, UTF-8 names, 1 January 1980 (the file's own date is the file system's).
    const header = [20, 0x0800, e.method, 0, 0x21];
    view.setUint32(at, 0x04034b50, true);
    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, 20, true);
    header.forEach((v, k) => {
      view.setUint16(at + 4 + 2 * k, v, true);
      view.setUint16(central + 6 + 2 * k, v, true);
    });
    for (const [offset, value] of [[14, e.crc], [18, e.data.length], [22, e.size]]) {
      view.setUint32(at + offset, value, true);
      view.setUint32(central + offset + 2, value, true);
    }
    view.setUint16(at + 26, name.length, true);
    view.setUint16(central + 28, name.length, true);
    view.setUint32(central + 42, at, true);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    out.set(name, central + 46);
    at += 30 + name.length + e.data.length;
    central += 46 + name.length;
  });
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, directorySize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

/**
 * Renders a document spec to the bytes of a .docx, the same document writeDocument makes (tested
 * part by part); where the platform cannot deflate in chunks, writeDocument makes it.
 */
export async function writeDocumentInChunks(spec: DocumentSpec, streams: DeflateStreams | null = platformDeflateStreams()): Promise<Uint8Array> {
  if (!streams) return writeDocument(spec);
  const runs: ParagraphSpec[][] = [];
  const document = buildDocxDocument(spec, (paragraphs) => new Placeholder(runs.push(paragraphs) - 1));
  const parts = readZipParts(new Uint8Array(await Packer.toArrayBuffer(document)), () => {
    throw new Error('parts are copied as stored, not inflated');
  });
  if (!parts) throw new Error('the docx package wrote a zip this reader does not take');
  const entries: PackedEntry[] = [];
  for (const { name } of parts.entries) {
    const part = parts.stored(name);
    if (!part) throw new Error(`the docx package's part ${name} could not be read back`);
    if (name !== 'word/document.xml') {
      // Copied as the package deflated it.
      entries.push({ name, method: part.method, crc: part.crc, size: part.uncompressedSize, data: part.data });
      continue;
    }
    const skeleton = part.method === 0 ? part.data : await pipeThrough(new streams.Decompression('deflate-raw'), [new Uint8Array(part.data)]);
    entries.push(await deflatePieces(streams, name, documentXmlChunks(new TextDecoder().decode(skeleton), runs)));
  }
  return zipEntries(entries);
}
