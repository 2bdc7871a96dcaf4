import { cleanExcerpt } from './cleanExcerpt';

test('text is made NFC, white space folded, bullets alike, empty lines dropped', () => {
  const nfd = 'Tuyên truyền'.normalize('NFD');
  expect(cleanExcerpt(`${nfd}   về\u00a0nghị quyết.\n\n\n• Một\n+  Hai\n-Ba\n   \n`)).toEqual(['Tuyên truyền về nghị quyết.', '- Một', '- Hai', '- Ba']);
});

test('a limit cuts at the last sentence end, else at a space, and never leaves a stub', () => {
  const text = 'Câu thứ nhất khá dài về công tác tuyên truyền. Câu thứ hai cũng dài như vậy về dân vận.';
  expect(cleanExcerpt(text, 60)).toEqual(['Câu thứ nhất khá dài về công tác tuyên truyền. …']);
  expect(cleanExcerpt('Một đoạn văn rất dài không có dấu chấm nào cả cho tới cuối', 30)).toEqual(['Một đoạn văn rất dài không có…']);
  expect(cleanExcerpt('Dòng đầu đủ ý.\nDòng thứ hai dài hơn nhiều', 20)).toEqual(['Dòng đầu đủ ý. …']);
  expect(cleanExcerpt(text)).toEqual([text]);
});

test('a long text is cut the same whether or not its tail was looked at', () => {
  const sentence = 'Chi bộ đã tổ chức học tập chuyên đề. ';
  const long = sentence.repeat(2_000);
  expect(cleanExcerpt(long, 100)).toEqual([`${sentence.repeat(2).trim()} …`]);
  expect(cleanExcerpt(long, 100)).toEqual(cleanExcerpt(sentence.repeat(10), 100));
});

test('a text whose head is mostly white space still says it was cut', () => {
  expect(cleanExcerpt(`Mở đầu.${' '.repeat(400)}Phần sau rất dài.`, 100)).toEqual(['Mở đầu. …']);
});
