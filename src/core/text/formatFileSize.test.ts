import { formatFileSize } from './formatFileSize';

test('sizes read with a decimal comma, kilobytes rounded up', () => {
  expect(formatFileSize(1)).toBe('1 KB');
  expect(formatFileSize(840 * 1024)).toBe('840 KB');
  expect(formatFileSize(6.25 * 1024 * 1024)).toBe('6,3 MB');
  expect(formatFileSize(1024 * 1024)).toBe('1,0 MB');
});
