import { LIMITS, YEAR_DATES, YEAR_SERIALS, isRoundYear } from './limits';
import { CELL_LIMIT_TEXTS, formatIssue } from '../issues/issueMessages';
import { makeIssue } from '../issues/Issue';

test('the year bounds as Excel serials are derived from the years, once', () => {
  expect(YEAR_DATES).toEqual({ min: '2000-01-01', max: '2100-12-31' });
  expect(YEAR_SERIALS).toEqual({ min: 36526, max: 73415 });
  expect([isRoundYear(LIMITS.years.min), isRoundYear(LIMITS.years.max), isRoundYear(LIMITS.years.max + 1), isRoundYear(2026.5)]).toEqual([true, true, false, false]);
});

test('messages take their numbers from the table, written the Vietnamese way', () => {
  expect(formatIssue(makeIssue('FILE_TOO_MANY_CELLS', {}, { sheet: 'A', rows: 25_000 }))).toContain('có tới 25.000 dòng, quá lớn so với một báo cáo (tối đa 20.000 dòng mỗi trang, 2.000.000 ô cả tệp)');
  expect(formatIssue(makeIssue('FILE_TOO_LARGE', {}, { size: '25,0 MB' }))).toContain('vượt giới hạn 20,0 MB');
  expect(formatIssue(makeIssue('FILE_ZIP_BOMB', {}, { size: '1,0 GB' }))).toContain('vượt giới hạn 200,0 MB');
  expect(formatIssue(makeIssue('HOST_DOWNLOADED_INSTEAD', {}, { what: 'Bảng', size: '6,0 MB', fileName: 'x.xlsx' }))).toContain('mỗi lần gửi tối đa 5 MB');
  for (const text of Object.values(CELL_LIMIT_TEXTS)) expect(text).toContain('32.767 ký tự');
});
