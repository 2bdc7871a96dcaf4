import JSZip from 'jszip';
import { present } from '../../core/present';
import { paragraph, type DocumentBlock, type DocumentSpec, type RunSpec } from '../../core/document/DocumentSpec';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { readZipParts } from '../xlsxFast/readZipParts';
import { writeDocument } from './writeDocument';
import { writeDocumentInChunks } from './writeDocumentInChunks';

/** Every run style, and text that must be escaped, dropped or kept as it is. */
function styledRuns(seed: number): RunSpec[] {
  const runs: RunSpec[] = [];
  for (let style = 0; style < 16; style++) {
    runs.push({ text: `Xã ${seed}.${style} <&> "trích" 'dẫn'  \u0007\uFFFF0\uFFFF\uD800 😀 `, bold: Boolean(style & 1) || undefined, italic: Boolean(style & 2) || undefined, underline: Boolean(style & 4) || undefined, sizePt: style & 8 ? 12 : undefined });
  }
  return runs;
}

const long = (i: number) => paragraph(`Đơn vị ${i}: đã tổ chức học tập, quán triệt nghị quyết; `.repeat(40));

function sampleSpec(): DocumentSpec {
  const first: DocumentBlock[] = [
    // A run of plain paragraphs first, longer than one chunk.
    ...Array.from({ length: 120 }, (_, i) => long(i)),
    paragraph('I. KẾT QUẢ', { heading: 1, keepWithNext: true, align: 'center' }),
    // A simple heading, written straight as XML among the plain paragraphs.
    paragraph([{ text: 'Đảng ủy xã A', bold: true }], { heading: 3, keepWithNext: true, spaceBeforePt: 6, firstLineIndentMm: 0 }),
    long(999),
    paragraph(styledRuns(1)),
    paragraph([]),
    paragraph('Đoạn căn đều \uFFFF1\uFFFF', { align: 'justify', firstLineIndentMm: 10 }),
    paragraph(styledRuns(2)),
    { kind: 'table', columnWidths: [1, 3], borders: true, rows: [{ header: true, cells: [{ paragraphs: [paragraph('Chỉ tiêu', { align: 'center' })], shade: 'D9E2F3' }, { paragraphs: [paragraph([{ text: 'Số', bold: true }])] }] }] },
    paragraph('Sau bảng'),
  ];
  const second: DocumentBlock[] = [paragraph('PHỤ LỤC', { heading: 2 }), ...Array.from({ length: 5 }, (_, i) => long(i)), paragraph('Hết', { spaceBeforePt: 6, spaceAfterPt: 6, lineSpacing: 1.15 })];
  return {
    title: 'Báo cáo thử',
    creator: 'Ban Tuyên giáo và Dân vận',
    font: { name: 'Times New Roman', sizePt: 14 },
    paragraphDefaults: { align: 'justify', firstLineIndentMm: 12.7, lineSpacing: 1.1 },
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    sections: [
      { orientation: 'portrait', pageNumbers: { skipFirst: true }, blocks: first },
      { orientation: 'landscape', blocks: second },
      { orientation: 'portrait', blocks: [] },
    ],
  };
}

/** The package stamps the time it packed; everything else must be the same byte for byte. */
const withoutClock = (name: string, bytes: Buffer) => (name === 'docProps/core.xml' ? bytes.toString('utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T') : bytes.toString('base64'));

async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return Promise.all(names.map(async (n): Promise<[string, string]> => [n, withoutClock(n, await zip.files[n].async('nodebuffer'))]));
}

test('the Word report written in chunks is the docx package\'s own document, part by part and byte for byte', async () => {
  const spec = sampleSpec();
  const chunked = await writeDocumentInChunks(spec);
  const whole = await writeDocument(spec);
  expect(await partsOf(chunked)).toEqual(await partsOf(whole));
  const xml = await present((await JSZip.loadAsync(chunked)).file('word/document.xml'), 'document.xml').async('string');
  // No placeholder is left, and the text that looked like one was only text.
  expect(xml).not.toContain('\uFFFF');
  expect(xml).toContain('Xã 1.15 &lt;&amp;&gt; &quot;trích&quot; &apos;dẫn&apos;  0 😀 ');
  expect(xml.match(/<w:p>/g)?.length).toBeGreaterThan(125);
});

test('its zip is one a strict reader takes: every local header agrees with the directory', async () => {
  const bytes = await writeDocumentInChunks(sampleSpec());
  const parts = present(readZipParts(bytes, nativeInflateRaw), 'zip');
  for (const { name } of parts.entries) expect(parts.read(name)).not.toBeNull();
  expect(parts.entries.map((e) => e.name)).toContain('word/document.xml');
});

test('a document without plain paragraphs, or with nothing at all, is the package\'s too', async () => {
  const spec: DocumentSpec = { ...sampleSpec(), sections: [{ orientation: 'portrait', blocks: [paragraph('Tiêu đề', { align: 'center' })] }, { orientation: 'portrait', blocks: [] }] };
  expect(await partsOf(await writeDocumentInChunks(spec))).toEqual(await partsOf(await writeDocument(spec)));
});

/** The date the zip gives a part: the chunked writer's are all 1 January 1980, the package's today. */
const datesOf = async (bytes: Uint8Array) => Object.values((await JSZip.loadAsync(bytes)).files).map((f) => f.date.getFullYear());

test('where the platform cannot deflate in chunks (Safari before 16.4), the package writes the whole document', async () => {
  const spec = sampleSpec();
  const fallback = await writeDocumentInChunks(spec, null);
  expect(await partsOf(fallback)).toEqual(await partsOf(await writeDocument(spec)));
  expect(new Set(await datesOf(fallback))).not.toContain(1980);
  expect(new Set(await datesOf(await writeDocumentInChunks(spec)))).toEqual(new Set([1980]));
});

test('a deflater that fails makes the report fail with its error, and nothing is left unhandled', async () => {
  class FailingCompression {
    readonly writable: WritableStream<BufferSource>;
    readonly readable: ReadableStream<Uint8Array>;
    constructor() {
      const t = new TransformStream<BufferSource, Uint8Array>({
        transform() {
          throw new Error('hết chỗ trên đĩa');
        },
      });
      this.writable = t.writable;
      this.readable = t.readable;
    }
  }
  const streams = { Compression: FailingCompression as unknown as typeof CompressionStream, Decompression: DecompressionStream };
  await expect(writeDocumentInChunks(sampleSpec(), streams)).rejects.toThrow('hết chỗ trên đĩa');
});
