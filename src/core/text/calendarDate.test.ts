import { addDays, daysBetween, formatDate, formatDateLong, isoDateToSerial, makeIsoDate, parseDateLike, serialToIsoDate, weekday } from './calendarDate';

describe('calendar dates', () => {
  test('rejects impossible days', () => {
    expect(makeIsoDate(2026, 2, 29)).toBeNull();
    expect(makeIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeIsoDate(2026, 13, 1)).toBeNull();
  });
  test('knows the length of every month by the rule of the calendar, as the Date object counts them', () => {
    const byDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    for (const year of [1900, 1999, 2000, 2024, 2026, 2100, 2400])
      for (let month = 1; month <= 12; month++) for (let day = 27; day <= 32; day++) expect([year, month, day, makeIsoDate(year, month, day) !== null]).toEqual([year, month, day, byDate(year, month, day)]);
    expect(makeIsoDate(1900, 2, 29)).toBeNull();
    expect(makeIsoDate(2000, 2, 29)).toBe('2000-02-29');
  });
  test('counts days across months and years', () => {
    expect(daysBetween('2025-12-31', '2026-01-02')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(weekday('2026-06-20')).toBe(6);
  });
  test('formats as Vietnamese documents do', () => {
    expect(formatDate('2024-04-10')).toBe('10/04/2024');
    expect(formatDateLong('2024-04-10')).toBe('ngày 10 tháng 04 năm 2024');
  });
  test('Excel serials in the 1900 and 1904 systems', () => {
    expect(isoDateToSerial('2024-04-10')).toBe(45392);
    expect(serialToIsoDate(45392)).toBe('2024-04-10');
    expect(serialToIsoDate(45392 - 1462, true)).toBe('2024-04-10');
    expect(serialToIsoDate(45392.75)).toBe('2024-04-10');
    expect(serialToIsoDate(-5)).toBeNull();
  });
  test.each([
    ['10/04/2024', '2024-04-10'],
    ['1/4/2024', '2024-04-01'],
    ['10-04-2024', '2024-04-10'],
    ['10.04.2024', '2024-04-10'],
    ['2024-04-10', '2024-04-10'],
    ['ngày 10 tháng 4 năm 2024', '2024-04-10'],
    [45392, '2024-04-10'],
    ['45392', '2024-04-10'],
  ])('reads %p', (raw, iso) => {
    expect(parseDateLike(raw)).toBe(iso);
  });
  test.each(['31/02/2024', '2024/13/01', 'hôm qua', '', true])('refuses %p', (raw) => {
    expect(parseDateLike(raw)).toBeNull();
  });
});
