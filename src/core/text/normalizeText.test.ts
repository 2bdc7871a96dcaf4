import { compareVietnamese } from './compareVietnamese';
import { foldForMatch, normalizeParagraphs, normalizeText } from './normalizeText';

describe('normalizeText', () => {
  test('turns NFD into NFC and folds spaces, including non-breaking ones', () => {
    const nfd = 'Đảng  ủy\u00a0phường'.normalize('NFD');
    expect(nfd).not.toBe('Đảng ủy phường');
    expect(normalizeText(`  ${nfd} `)).toBe('Đảng ủy phường');
  });
  test('keeps paragraphs but folds runs of blank lines and Windows line ends', () => {
    expect(normalizeParagraphs('Dòng 1\r\n\r\n\r\n\r\nDòng  2 \n')).toBe('Dòng 1\n\nDòng 2');
  });
});

describe('foldForMatch', () => {
  test.each([
    ['Hòa', 'Hoà'],
    ['Thùy', 'Thuỳ'],
    ['Ủy ban', 'Uỷ ban'],
    ['ĐẢNG ỦY PHƯỜNG YÊN HÒA', 'đảng uỷ phường yên hoà'],
    ['Phường  Yên   Hòa', 'phường yên hòa'],
    ['Yên Hòa'.normalize('NFD'), 'Yên Hòa'],
  ])('%s matches %s', (a, b) => {
    expect(foldForMatch(a)).toBe(foldForMatch(b));
  });
  test.each([
    ['Hòa', 'Hoa'],
    ['Hòa', 'Hóa'],
    ['Đông', 'Dong'],
    ['Ba Đình', 'Ba Định'],
  ])('%s does not match %s', (a, b) => {
    expect(foldForMatch(a)).not.toBe(foldForMatch(b));
  });
});

describe('compareVietnamese', () => {
  test('sorts Đ after D and before E, unlike code-point order', () => {
    const names = ['Yên Hòa', 'Đống Đa', 'Ba Đình', 'Dịch Vọng', 'Ô Chợ Dừa', 'Ơn', 'Ê-đê'];
    expect([...names].sort(compareVietnamese)).toEqual(['Ba Đình', 'Dịch Vọng', 'Đống Đa', 'Ê-đê', 'Ô Chợ Dừa', 'Ơn', 'Yên Hòa']);
    expect([...names].sort()).not.toEqual([...names].sort(compareVietnamese));
  });
  test('orders numbers inside names numerically', () => {
    expect(['Tổ 10', 'Tổ 2', 'Tổ 1'].sort(compareVietnamese)).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
  });
});

describe('normalizeParagraphs takes a short cut only for texts the full passes leave as they are', () => {
  const fullPasses = (value: string) =>
    value.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t\u00a0\u2007\u202f]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  it('agrees with the full passes on 20,000 random texts of spaces, breaks and Vietnamese letters', () => {
    const alphabet = ['a', 'ệ', 'e\u0302\u0323', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2007', '\u202f', '\v', '\u2028', '.'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect([JSON.stringify(text), normalizeParagraphs(text)]).toEqual([JSON.stringify(text), fullPasses(text)]);
    }
  });
});
