import fs from 'node:fs';
import path from 'node:path';
import { docPieceText } from './docPieceTable';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '__fixtures__', name)));

jest.mock('word-extractor', () => {
  // A library that stops on a file's paragraph properties, as word-extractor 1.0.4 does on some writers' files.
  return class {
    extract(): Promise<never> {
      return Promise.reject(new RangeError('The value of "offset" is out of range.'));
    }
  };
});

test("a .doc's body text read from its piece table: paragraphs, cells and rows laid out as word-extractor lays them", () => {
  const text = docPieceText(fixture('bao-cao-cu.doc'));
  expect(text).not.toBeNull();
  expect(text).toContain('BÁO CÁO kết quả quý II năm 2026\n');
  // A table row: each cell ended by a tab, the row by a tab and a line.
  expect(text).toContain('Chỉ tiêu\tSố lượng\t\nHội nghị\t12\t\n');
  expect(docPieceText(new Uint8Array(600))).toBeNull();
  expect(docPieceText(fixture('bao-cao-libreoffice.docx'))).toBeNull();
});

test('when word-extractor stops on a file, the .doc is still read from its piece table', async () => {
  const { readDoc } = await import('./readDoc');
  const read = await readDoc(fixture('bao-cao-cu.doc'));
  if (!read.ok) throw new Error(read.reason);
  const texts = read.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows));
  expect(texts).toContain('BÁO CÁO kết quả quý II năm 2026');
  expect(texts.some((t) => Array.isArray(t) && JSON.stringify(t).includes('Hội nghị'))).toBe(true);
});
