import { paragraph, type DocumentSpec } from './DocumentSpec';
import { documentPlainText } from './documentPlainText';

const spec = (blocks: DocumentSpec['sections'][number]['blocks']): DocumentSpec => ({
  title: 'Báo cáo',
  creator: 'Tổng hợp báo cáo',
  font: { name: 'Times New Roman', sizePt: 14 },
  paragraphDefaults: {},
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  sections: [{ orientation: 'portrait', blocks }],
});

test('paragraphs one a line, runs joined, tables as tab-separated rows', () => {
  const text = documentPlainText(
    spec([
      paragraph([{ text: 'BÁO CÁO', bold: true }, { text: ' tổng hợp' }]),
      { kind: 'table', columnWidths: [1, 3], borders: true, rows: [{ cells: [{ paragraphs: [paragraph('TT')] }, { paragraphs: [paragraph('Chỉ tiêu'), paragraph('(người)')] }] }, { cells: [{ paragraphs: [paragraph('1')] }, { paragraphs: [paragraph('Đảng viên')] }] }] },
      paragraph('Nơi nhận:'),
    ]),
  );
  expect(text).toBe('BÁO CÁO tổng hợp\nTT\tChỉ tiêu (người)\n1\tĐảng viên\nNơi nhận:');
});

test('text typed in decomposed form comes out composed (NFC)', () => {
  expect(documentPlainText(spec([paragraph('Ho\u0300a')]))).toBe('Hòa');
});
