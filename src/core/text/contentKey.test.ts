import { contentKey } from './contentKey';

test('the FNV-1a 64-bit digest of the bytes, as published test vectors give it', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  expect(contentKey(enc(''))).toBe('cbf29ce484222325');
  expect(contentKey(enc('a'))).toBe('af63dc4c8601ec8c');
  expect(contentKey(enc('foobar'))).toBe('85944171f73967e8');
  expect(contentKey(enc('Báo cáo'))).not.toBe(contentKey(enc('Bao cao')));
});
