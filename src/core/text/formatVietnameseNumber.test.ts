import { formatVietnameseNumber, formatVietnamesePercent } from './formatVietnameseNumber';

test.each([
  [70124, '70.124'],
  [0, '0'],
  [999, '999'],
  [1000, '1.000'],
  [1234567, '1.234.567'],
  [12.5, '12,5'],
  [90.98, '90,98'],
  [90.9849, '90,98'],
  [-72067, '-72.067'],
  [3.0, '3'],
])('%p is written %p', (value, text) => {
  expect(formatVietnameseNumber(value)).toBe(text);
});

test('percentages carry the sign after the number, with a decimal comma', () => {
  expect(formatVietnamesePercent(90.98)).toBe('90,98%');
  expect(formatVietnamesePercent(12.5)).toBe('12,5%');
  expect(formatVietnamesePercent(100)).toBe('100%');
});
