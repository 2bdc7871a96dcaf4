import { createUnitMatcher } from '../registry/UnitRegistry';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import { readHeader } from './readWordHeader';
import type { WordBlock, WordParagraph } from './WordDocument';
import { wordLines } from './wordLines';

const p = (text: string): WordParagraph => ({ kind: 'paragraph', text, bold: false, italic: false });
const matcher = createUnitMatcher(SAMPLE_REGISTRY);
const header = (blocks: WordBlock[]) => readHeader(wordLines({ format: 'docx', blocks, notes: [] }), [], matcher);

test('dates written in figures, a name cut at the end of a line, numbers with spaces', () => {
  expect(header([p('ĐẢNG BỘ QUẬN BA ĐÌNH\t\tĐẢNG CỘNG SẢN VIỆT NAM'), p('ĐẢNG ỦY PHƯỜNG NGỌC HÀ'), p('Số 45 - BC/ĐU\t\tNgọc Hà, ngày 15/6/2026')])).toMatchObject({ number: '45-BC/ĐU', date: '2026-06-15', unit: { code: 'HN-02' } });
  expect(header([{ kind: 'table', borderless: true, rows: [['ĐẢNG ỦY PHƯỜNG\nNGỌC HÀ\nSố 45-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM\nNgọc Hà, ngày 15.6.2026']] }])).toMatchObject({ unitText: 'ĐẢNG ỦY PHƯỜNG NGỌC HÀ', date: '2026-06-15', unit: { code: 'HN-02' } });
});

test('the level above is never taken for the unit: a body the registry lacks is said so', () => {
  const h = header([{ kind: 'table', borderless: true, rows: [['ĐẢNG ỦY PHƯỜNG NGỌC HÀ\nCHI BỘ TỔ DÂN PHỐ 5\n*\nSố 07-BC/CB', 'ĐẢNG CỘNG SẢN VIỆT NAM\nNgọc Hà, ngày 14 tháng 6 năm 2026']] }]);
  expect(h).toMatchObject({ unitText: 'CHI BỘ TỔ DÂN PHỐ 5', unit: null, number: '07-BC/CB', date: '2026-06-14' });
});
