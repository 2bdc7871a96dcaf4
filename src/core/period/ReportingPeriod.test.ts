import { defaultDataRange, defaultDeadline, labelPeriod, makePeriod, parsePeriodKind } from './ReportingPeriod';

describe('reporting periods (Nghị định 09/2019, Điều 12)', () => {
  test.each([
    ['Q1', 2024, '2023-12-15', '2024-03-14'],
    ['Q2', 2024, '2024-03-15', '2024-06-14'],
    ['Q3', 2024, '2024-06-15', '2024-09-14'],
    ['Q4', 2024, '2024-09-15', '2024-12-14'],
    ['H1', 2024, '2023-12-15', '2024-06-14'],
    ['M9', 2024, '2023-12-15', '2024-09-14'],
    ['Y', 2024, '2023-12-15', '2024-12-14'],
  ] as const)('%s/%d runs from %s to %s', (kind, year, from, to) => {
    expect(defaultDataRange(kind, year)).toEqual({ from, to });
  });
  test('labels in Vietnamese', () => {
    expect(labelPeriod(makePeriod('Q1', 2024))).toBe('Quý I/2024');
    expect(labelPeriod(makePeriod('Q4', 2024))).toBe('Quý IV/2024');
    expect(labelPeriod(makePeriod('H1', 2024))).toBe('6 tháng đầu năm 2024');
    expect(labelPeriod(makePeriod('M9', 2024))).toBe('9 tháng đầu năm 2024');
    expect(labelPeriod(makePeriod('Y', 2024))).toBe('Năm 2024');
    expect(labelPeriod(makePeriod('custom', 2024, { from: '2023-05-15', to: '2024-05-14' }))).toBe('Từ 15/05/2023 đến 14/05/2024');
  });
  test('a custom period needs its range', () => {
    expect(() => makePeriod('custom', 2024)).toThrow();
  });
  test('default deadline is six days after the data range, moved off weekends', () => {
    expect(defaultDeadline(makePeriod('Q1', 2024))).toBe('2024-03-20'); // Wednesday
    expect(defaultDeadline(makePeriod('H1', 2026))).toBe('2026-06-22'); // 20/06 is a Saturday
    expect(defaultDeadline(makePeriod('Y', 2025))).toBe('2025-12-22'); // 20/12 is a Saturday
  });
  test.each([
    ['Q1', 'Q1'],
    ['Quý I', 'Q1'],
    ['quý iv', 'Q4'],
    ['Quy 3', 'Q3'],
    ['6 tháng', 'H1'],
    ['6 tháng đầu năm', 'H1'],
    ['9 tháng đầu năm', 'M9'],
    ['9T', 'M9'],
    ['Năm', 'Y'],
    ['cả năm', 'Y'],
    ['Khoảng thời gian khác', 'custom'],
  ])('reads kind %p', (text, kind) => {
    expect(parsePeriodKind(text)).toBe(kind);
  });
  test('unknown kinds are null', () => {
    expect(parsePeriodKind('Quý V')).toBeNull();
    expect(parsePeriodKind('tháng 5')).toBeNull();
  });
});
