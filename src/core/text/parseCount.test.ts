import { parseNumberLike } from './parseCount';

describe('parseNumberLike', () => {
  test.each([
    [1234, 1234, false],
    ['1234', 1234, true],
    ['1.234', 1234, true],
    ['1.234.567', 1234567, true],
    ['1 234', 1234, true],
    ['1\u00a0234', 1234, true],
    ['12 người', 12, true],
    ['3 200 lượt', 3200, true],
    ['8,5', 8.5, true],
    ['1.234,5', 1234.5, true],
    ['2.5', 2.5, true],
    ['-3', -3, true],
    ['45%', 45, true],
    ['1,234,567', 1234567, true],
  ])('%p reads as %p', (raw, value, fromText) => {
    expect(parseNumberLike(raw)).toEqual(expect.objectContaining({ ok: true, value, fromText }));
  });
  test.each(['không có', 'abc12', '12abc3', '1..2', 'N/A', '=SUM(A1)', '1.23.4'])('%p is not a number', (raw) => {
    expect(parseNumberLike(raw)).toEqual(expect.objectContaining({ ok: false }));
  });
  test('empty cells are null, not zero', () => {
    expect(parseNumberLike(null)).toBeNull();
    expect(parseNumberLike('   ')).toBeNull();
  });
  test('infinite numbers and booleans are rejected', () => {
    expect(parseNumberLike(Infinity)).toEqual(expect.objectContaining({ ok: false }));
    expect(parseNumberLike(true)).toEqual(expect.objectContaining({ ok: false }));
  });
});
