import * as zlib from 'node:zlib';
import { crc32 } from './crc32';

test('the checksum is zlib\'s, whole or continued piece by piece', () => {
  let seed = 7;
  const bytes = Uint8Array.from({ length: 100_003 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
  expect(crc32(bytes)).toBe(zlib.crc32(bytes));
  let running = 0;
  for (let at = 0; at < bytes.length; at += 9_999) running = crc32(bytes.subarray(at, at + 9_999), running);
  expect(running).toBe(zlib.crc32(bytes));
  expect(crc32(new Uint8Array(0))).toBe(0);
  expect(crc32(new TextEncoder().encode('Tổng hợp'))).toBe(zlib.crc32('Tổng hợp'));
});
