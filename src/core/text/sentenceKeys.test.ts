import { sentenceKeys } from './sentenceKeys';

const keysOf = (text: string) => sentenceKeys(text).keys;

test('a sentence keeps its key whatever its case, spacing, punctuation and numbers', () => {
  const [a] = keysOf('Đảng ủy đã tổ chức 12 hội nghị cho 1.234 đảng viên.');
  const [b] = keysOf('ĐẢNG ỦY  đã tổ chức 3 hội nghị, cho 99 đảng viên!');
  expect(a).toBe(b);
  expect(keysOf('Đảng ủy đã tổ chức 12 hội thảo cho 1.234 đảng viên.')[0]).not.toBe(a);
});

test('sentences end at a line break or at a full stop before a capital; short ones are not keyed', () => {
  const text = 'Tổ chức học tập chuyên đề cho toàn thể cán bộ. Ra mắt mô hình dân vận khéo tại khu dân cư số 1.\nKhông có.\nGiá trị đạt 1.234 triệu đồng trong sáu tháng đầu năm nay';
  const { keys, starts, ends } = sentenceKeys(text);
  expect(keys).toHaveLength(3);
  expect(starts.map((s, i) => text.slice(s, ends[i]).trim())).toEqual(['Tổ chức học tập chuyên đề cho toàn thể cán bộ.', 'Ra mắt mô hình dân vận khéo tại khu dân cư số 1.', 'Giá trị đạt 1.234 triệu đồng trong sáu tháng đầu năm nay']);
});
