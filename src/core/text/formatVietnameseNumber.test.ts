import { decimalsNeeded, formatVietnameseNumber, formatVietnamesePercent, formatVietnamesePercentFixed } from './formatVietnameseNumber';

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

test('the ratios of one table share their number of decimals: 85,80% beside 94,86%, never 85,8%', () => {
  const ratios = [85.8, 94.857, null, 100];
  const decimals = decimalsNeeded(ratios);
  expect(decimals).toBe(2);
  expect([85.8, 94.857, 100].map((r) => formatVietnamesePercentFixed(r, decimals))).toEqual(['85,80%', '94,86%', '100,00%']);
  expect(decimalsNeeded([50, 12.5, 7.25001])).toBe(2);
  expect(decimalsNeeded([50, 12.5])).toBe(1);
  expect(decimalsNeeded([50, 100, undefined])).toBe(0);
  expect(formatVietnamesePercentFixed(50, 0)).toBe('50%');
  expect(formatVietnamesePercentFixed(-5, 1)).toBe('-5,0%');
});
