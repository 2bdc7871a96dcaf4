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

test('the scanner splits as the rule written as a regular expression does, on every kind of stop, space and opening', () => {
  const RULE = /(?<!(?:^|[\s(])(?:TP|Tp|TT|TX|Q|P|ThS|TS|PGS|GS|Đ\/c|đ\/c)\.)(?<=[.!?…;])\s+(?=["“(]?[A-ZÀ-ỸĐ0-9])/u;
  const LIST_MARK = /^\s*(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ][.)])\s+/u;
  const byRule = (line: string) => line.replace(LIST_MARK, '').split(RULE).map((p) => p.trim()).filter((p) => p !== '');
  const parts = ['Đã học', '.', '!', '?', '…', ';', ' ', '  ', '\u00a0', '\t', '\u2003', '“', '"', '(', 'A', 'ở', 'Ế', '9', 'a', 'TP', 'Tp', 'Q', 'GS', 'PGS', 'Đ/c', 'đ/c', 'xTP', '(TP', ',', 'v.v', '1.234'];
  // Every line of up to 4 parts, and a seeded walk over longer ones.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length;
  const lines: string[] = [];
  for (const a of parts) for (const b of parts) for (const c of parts) lines.push(a + b + c, `Xong. ${a}${b}. ${c}`);
  for (let n = 0; n < 20000; n++) lines.push(Array.from({ length: 3 + (n % 12) }, next).map((i) => parts[i]).join(''));
  const differ = lines.filter((line) => JSON.stringify(splitSentences(line)) !== JSON.stringify(byRule(line.normalize('NFC'))));
  expect(differ.slice(0, 3).map((line) => [line, splitSentences(line), byRule(line.normalize('NFC'))])).toEqual([]);
  expect(lines.length).toBeGreaterThan(60000);
});
