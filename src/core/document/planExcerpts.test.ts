import { present } from '../present';
import { formatIssue } from '../issues/issueMessages';
import { makeInput, makeRegistry, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { consolidateReports } from '../consolidation/consolidateReports';
import { reportContentOf } from './ReportContent';
import { planExcerpts, WORD_TEXT_BUDGET_CHARS } from './planExcerpts';

function roundWithTexts(units: number, charsPerSection: number) {
  const registry = makeRegistry(units);
  const text = 'Chi bộ đã tổ chức học tập. '.repeat(Math.ceil(charsPerSection / 27)).slice(0, charsPerSection);
  const inputs = registry.units.map((unit, i) => makeInput(`u${i}.xlsx`, { unit, text: { 'II.1': text, 'II.2': text } }));
  return reportContentOf(consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban' }, inputs), null);
}

test('an ordinary round keeps every word; a limit asked for is kept as asked', () => {
  const c = roundWithTexts(40, 3_000);
  expect(planExcerpts(c)).toEqual({ maxExcerptChars: undefined, automatic: false, totalChars: 240_000 });
  expect(planExcerpts(c, 1_500)).toMatchObject({ maxExcerptChars: 1_500, automatic: false });
});

test('texts beyond what a report can carry are cut evenly, and the cut is marked as automatic', () => {
  const c = roundWithTexts(1_000, 4_000);
  const plan = planExcerpts(c);
  expect(plan.totalChars).toBe(8_000_000);
  expect(plan.automatic).toBe(true);
  expect(plan.maxExcerptChars).toBe(WORD_TEXT_BUDGET_CHARS / 2_000);
  expect(formatIssue(present(plan.issue, 'the cut issue'))).toBe('Nội dung các đơn vị dài 8.000.000 ký tự, quá dài cho một báo cáo Word, nên mỗi đơn vị trong mỗi mục được trích tối đa 3.000 ký tự; bảng tổng hợp vẫn giữ toàn văn. Nếu cần nhiều hơn, chọn số ký tự bằng --trich-toi-da khi tổng hợp bằng dòng lệnh.');
});
