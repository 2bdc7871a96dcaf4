import { typographicQuotes } from './typographicQuotes';

test('straight double quotes open after a space or a bracket and close after a word', () => {
  expect(typographicQuotes('kết quả thực hiện Chỉ thị "Về đẩy mạnh học tập", năm 2026')).toBe('kết quả thực hiện Chỉ thị \u201cVề đẩy mạnh học tập\u201d, năm 2026');
  expect(typographicQuotes('"Dân vận khéo" (mô hình "Xóm đạo bình yên")')).toBe('\u201cDân vận khéo\u201d (mô hình \u201cXóm đạo bình yên\u201d)');
});

test('text without straight quotes, or already curly, is unchanged', () => {
  for (const text of ['báo cáo 6 tháng đầu năm 2026', '\u201cDân vận khéo\u201d']) expect(typographicQuotes(text)).toBe(text);
});
