import * as zlib from 'node:zlib';
import { crc32 } from '../../src/adapters/docx/crc32';

/*
 * Small .docx files written by hand for the Word readers' tests, the fuzz harness and the bench:
 * the parts as XML strings, zipped synchronously (deflated, or stored when asked).
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Little-endian fields, each [width in bytes, value]. */
function fields(values: [2 | 4, number][]): Buffer {
  const out = Buffer.alloc(values.reduce((n, [width]) => n + width, 0));
  let at = 0;
  for (const [width, value] of values) at = width === 2 ? out.writeUInt16LE(value, at) : out.writeUInt32LE(value, at);
  return out;
}

/** A zip of the given parts, in the order given (UTF-8 names, deflated unless stored). */
export function zipParts(parts: Record<string, string | Uint8Array>, options: { store?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const method = options.store ? 0 : 8;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = options.store ? data : zlib.deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    // Version, flags (UTF-8 names), method, time and date, CRC, sizes, name length.
    const common: [2 | 4, number][] = [[2, 0x800], [2, method], [4, 0], [4, crc32(data)], [4, packed.length], [4, data.length], [2, nameBytes.length]];
    locals.push(fields([[4, 0x04034b50], [2, 20], ...common, [2, 0]]), nameBytes, packed);
    centrals.push(fields([[4, 0x02014b50], [2, 20], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const count = centrals.length / 2;
  const end = fields([[4, 0x06054b50], [2, 0], [2, 0], [2, count], [2, count], [4, directory.length], [4, offset], [2, 0]]);
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
  /** The body's closing w:sectPr (page size and margins); an empty one when not given. */
  section?: string;
}

/** A .docx from the body's XML and, when given, styles and numbering. */
export function makeDocx({ body, styles, numbering, extra, section = '<w:sectPr/>' }: DocxParts): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}${section}</w:body></w:document>`,
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
