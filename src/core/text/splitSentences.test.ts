import { splitSentences } from './splitSentences';

test('a line splits at . ! ? … ; before a space and a capital, a digit or an opening quote', () => {
  expect(splitSentences('Đã học tập. Ông An phát biểu! Ai? 12 người dự; “Mô hình mới” ra mắt… Xong')).toEqual(['Đã học tập.', 'Ông An phát biểu!', 'Ai?', '12 người dự;', '“Mô hình mới” ra mắt…', 'Xong']);
});

test('numbers, abbreviations and lower-case words after a stop stay whole; list marks go', () => {
  expect(splitSentences('Có 1.234 người tại TP. Hà Nội và Đ/c. Nam, v.v. rồi về.')).toEqual(['Có 1.234 người tại TP. Hà Nội và Đ/c. Nam, v.v. rồi về.']);
  expect(splitSentences('- Tổ chức 3 hội nghị;\n2) Biểu dương.\n\na. Khen thưởng.')).toEqual(['Tổ chức 3 hội nghị;', 'Biểu dương.', 'Khen thưởng.']);
  // As before: any letter of the range À–Ỹ opens a sentence, as a capital does.
  expect(splitSentences('Đã xong. ở đây cũng vậy.')).toEqual(['Đã xong.', 'ở đây cũng vậy.']);
  expect(splitSentences('Tiếng Việt'.normalize('NFD'))).toEqual(['Tiếng Việt']);
});
