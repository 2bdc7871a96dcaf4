import { once } from 'node:events';
import * as zlib from 'node:zlib';
import { FileChild, Packer } from 'docx';
import type { DocumentSpec, ParagraphSpec } from '../../core/document/DocumentSpec';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { readZipParts } from '../xlsxFast/readZipParts';
import { buildDocxDocument } from './writeDocument';
import { plainParagraphXml } from './plainParagraphXml';

/*
 * The Word report in Node, its body never whole in memory. A report of 3,000 units is 50,000
 * plain paragraphs; as the package's objects, then its XML tree, then one string, then one
 * buffer, they took 360 MB and most of a second. Here the package writes the document with one
 * placeholder paragraph for each run of plain paragraphs (so headings, tables, styles, headers
 * and every other part stay the package's own), and the placeholders are replaced by those
 * paragraphs' XML, written and deflated (native zlib) a chunk at a time.
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

interface PackedEntry {
  name: string;
  crc: number;
  size: number;
  data: Buffer;
}

/** Deflates text given in pieces, never holding more than a piece uncompressed. */
async function deflatePieces(name: string, pieces: Iterable<string>): Promise<PackedEntry> {
  const deflater = zlib.createDeflateRaw();
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  // Also the deflater's error listener; awaited at the end, so a failure before then is not unhandled.
  const ended = once(deflater, 'end');
  ended.catch(() => undefined);
  let crc = 0;
  let size = 0;
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      crc = zlib.crc32(bytes, crc);
      size += bytes.length;
      if (!deflater.write(bytes)) await once(deflater, 'drain');
    }
  } catch (error) {
    deflater.destroy();
    throw error;
  }
  deflater.end();
  await ended;
  return { name, crc, size, data: Buffer.concat(out) };
}

function packBytes(name: string, bytes: Uint8Array): PackedEntry {
  return { name, crc: zlib.crc32(bytes), size: bytes.length, data: zlib.deflateRawSync(bytes) };
}

/** A plain zip: deflated entries, sizes in the local headers (no data descriptors, no zip64). */
function zipEntries(entries: readonly PackedEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    if (e.size > 0xfffffffe || offset > 0xfffffffe) throw new Error('a Word report this large needs zip64');
    // Version 2.0, UTF-8 names, deflate, 1 January 1980 (the file's own date is the file system's).
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    directory.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** Renders a document spec to the bytes of a .docx, the same document writeDocument makes (tested part by part). */
export async function writeDocumentInChunks(spec: DocumentSpec): Promise<Uint8Array> {
  const runs: ParagraphSpec[][] = [];
  const document = buildDocxDocument(spec, (paragraphs) => new Placeholder(runs.push(paragraphs) - 1));
  const parts = readZipParts(new Uint8Array(await Packer.toArrayBuffer(document)), nativeInflateRaw);
  if (!parts) throw new Error('the docx package wrote a zip this reader does not take');
  const entries: PackedEntry[] = [];
  for (const { name } of parts.entries) {
    const bytes = parts.read(name);
    if (!bytes) throw new Error(`the docx package's part ${name} could not be read back`);
    entries.push(name === 'word/document.xml' ? await deflatePieces(name, documentXmlChunks(Buffer.from(bytes).toString('utf8'), runs)) : packBytes(name, bytes));
  }
  return zipEntries(entries);
}
