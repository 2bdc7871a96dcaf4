import { formatInstant, plausibleInstant } from './instant';

test('an instant from a file is kept only when it is a real date of a year a report may name', () => {
  expect(plausibleInstant('2026-06-18T02:12:00Z')).toBe('2026-06-18T02:12:00.000Z');
  expect(plausibleInstant(new Date('2026-06-18T09:12:00+07:00'))).toBe('2026-06-18T02:12:00.000Z');
  for (const nothing of ['1970-01-01T00:00:00Z', new Date(0), 'không phải ngày', '', undefined, null, 42]) expect(plausibleInstant(nothing)).toBeUndefined();
});

test('said in Vietnam\'s time, whatever the machine\'s time zone', () => {
  expect(formatInstant('2026-06-18T02:12:00.000Z')).toBe('09:12 ngày 18/06/2026');
  expect(formatInstant('2026-06-30T20:05:00.000Z')).toBe('03:05 ngày 01/07/2026');
});
