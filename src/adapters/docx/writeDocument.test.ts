import JSZip from 'jszip';
import { present } from '../../core/present';
import { paragraph, type DocumentSpec, type RunSpec } from '../../core/document/DocumentSpec';
import { writeDocument } from './writeDocument';
import { isPlain, plainParagraphXml, xmlSafe } from './plainParagraphXml';

/** The body paragraph the docx package itself writes for these runs. */
async function packageParagraphXml(runs: RunSpec[], options: Parameters<typeof paragraph>[1] = {}): Promise<string> {
  const spec: DocumentSpec = { title: 'Thử', creator: 'Ban', font: { name: 'Times New Roman', sizePt: 14 }, paragraphDefaults: {}, margins: { top: 20, bottom: 20, left: 30, right: 15 }, sections: [{ orientation: 'portrait', blocks: [paragraph(runs, options)] }] };
  const xml = await present((await JSZip.loadAsync(await writeDocument(spec))).file('word/document.xml'), 'document.xml').async('string');
  return present(/<w:body>(.*?)<w:sectPr/s.exec(xml), 'body')[1];
}

test('a body paragraph written straight as XML is exactly what the docx package writes, for every run style', async () => {
  const runs: RunSpec[] = [];
  for (let style = 0; style < 16; style++) {
    runs.push({ text: `Đơn vị ${style} <&> "trích"  `, bold: Boolean(style & 1) || undefined, italic: Boolean(style & 2) || undefined, underline: Boolean(style & 4) || undefined, sizePt: style & 8 ? 12 : undefined });
  }
  for (const run of runs) expect(plainParagraphXml({ runs: [run] })).toEqual(await packageParagraphXml([run]));
  expect(plainParagraphXml({ runs })).toEqual(await packageParagraphXml(runs));
  expect(plainParagraphXml({ runs: [] })).toEqual(await packageParagraphXml([]));
});

test('a simple heading written straight as XML (the compilation\'s units) is exactly what the docx package writes', async () => {
  const runs: RunSpec[] = [{ text: 'Đảng ủy xã A', bold: true }];
  const cases: Parameters<typeof paragraph>[1][] = [
    { heading: 3, keepWithNext: true, spaceBeforePt: 6, firstLineIndentMm: 0 },
    { heading: 1, keepWithNext: true, spaceBeforePt: 12 },
    { heading: 2 },
    { firstLineIndentMm: 10 },
    { spaceBeforePt: 0, keepWithNext: true },
  ];
  for (const options of cases) expect(plainParagraphXml({ runs, ...options })).toEqual(await packageParagraphXml(runs, options));
  expect(plainParagraphXml({ runs: [], heading: 2 })).toEqual(await packageParagraphXml([], { heading: 2 }));
  expect(isPlain(paragraph(runs, { heading: 1, align: 'center' }))).toBe(false);
  expect(isPlain(paragraph(runs, { keepWithNext: false }))).toBe(false);
});

test('characters XML cannot carry are dropped, so a pasted control character never breaks the file', async () => {
  expect(xmlSafe('a\u0001b\u000bc\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀');
  const spec: DocumentSpec = {
    title: 'Thử',
    creator: 'Ban',
    font: { name: 'Times New Roman', sizePt: 14 },
    paragraphDefaults: {},
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    sections: [{ orientation: 'portrait', blocks: [paragraph('Xã A\u0007: đã học tập.'), paragraph('Tiêu đề\u0002', { align: 'center' }), { kind: 'table', columnWidths: [1], borders: true, rows: [{ cells: [{ paragraphs: [paragraph('Ô\u001f bảng', { align: 'left' })] }] }] }] }],
  };
  const zip = await JSZip.loadAsync(await writeDocument(spec));
  const xml = await present(zip.file('word/document.xml'), 'document.xml').async('string');
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  for (const text of ['Xã A: đã học tập.', 'Tiêu đề', 'Ô bảng']) expect(xml).toContain(text);
});
