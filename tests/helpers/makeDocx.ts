import * as zlib from 'node:zlib';
import { crc32 } from '../../src/adapters/docx/crc32';

/*
 * Small .docx files written by hand for the Word readers' tests, the fuzz harness and the bench:
 * the parts as XML strings, zipped synchronously (deflated, or stored when asked).
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A zip of the given parts, in the order given. */
export function zipParts(parts: Record<string, string | Uint8Array>, options: { store?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = options.store ? data : zlib.deflateRawSync(data);
    const method = options.store ? 0 : 8;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export interface DocxParts {
  /** The body's XML (what goes inside w:body). */
  body: string;
  /** The w:styles element's children. */
  styles?: string;
  /** The w:numbering element's children. */
  numbering?: string;
  /** Other parts, whole, by name (headers, footnotes…). */
  extra?: Record<string, string>;
}

/** A .docx from the body's XML and, when given, styles and numbering. */
export function makeDocx({ body, styles, numbering, extra }: DocxParts): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  if (styles !== undefined) parts['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<w:styles xmlns:w="${W_NS}">${styles}</w:styles>`;
  if (numbering !== undefined) parts['word/numbering.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering xmlns:w="${W_NS}">${numbering}</w:numbering>`;
  return zipParts({ ...parts, ...extra });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run: its text (kept with xml:space) and optional run properties' XML. */
export const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A paragraph of runs (strings are plain runs) with optional paragraph properties' XML. */
export const para = (runs: string | string[], pPr = '') => {
  const content = (Array.isArray(runs) ? runs : [runs]).map((r) => (r.startsWith('<') ? r : run(r))).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
};

/** A paragraph style (or another type), with its properties' XML. */
export const style = (id: string, name: string, props = '', type = 'paragraph') => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${props}</w:style>`;
