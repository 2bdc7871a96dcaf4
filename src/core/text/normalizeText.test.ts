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
