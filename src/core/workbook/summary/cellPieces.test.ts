import { LIMITS } from '../../round/limits';
import { continuationLabel, continuedUnit, splitCellText } from './cellPieces';

test('a text longer than a cell is split into pieces within the limit that join back exactly', () => {
  const text = `${'Đã tổ chức học tập chuyên đề.\n'.repeat(3_000)}${'x'.repeat(40_000)}😀${'ư'.repeat(10)}`;
  const pieces = splitCellText(text);
  expect(pieces.length).toBeGreaterThan(3);
  expect(pieces.join('')).toBe(text);
  for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(LIMITS.excel.cellCharacters);
  // At a line break when there is one near the limit.
  expect(pieces[0].endsWith('\n')).toBe(true);
  expect(splitCellText('ngắn')).toEqual(['ngắn']);
  expect(splitCellText('')).toEqual(['']);
});

test('a surrogate pair is never split', () => {
  const text = `a${'😀'.repeat(20)}`;
  const pieces = splitCellText(text, 8);
  expect(pieces.join('')).toBe(text);
  for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
});

test('a continuation row names its unit; other rows are their own', () => {
  expect(continuationLabel('Đảng ủy xã A', 2, 3)).toBe('Đảng ủy xã A (tiếp theo, phần 2/3)');
  expect(continuedUnit(continuationLabel('Đảng ủy xã A (cũ)', 3, 3))).toBe('Đảng ủy xã A (cũ)');
  expect(continuedUnit('Đảng ủy xã A')).toBeNull();
});
