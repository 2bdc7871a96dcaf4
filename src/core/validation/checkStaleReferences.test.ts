import { formatIssue } from '../issues/issueMessages';
import { makePeriod } from '../period/ReportingPeriod';
import { makeReport } from '../../../tests/helpers/builders';
import { checkStaleReferences } from './checkStaleReferences';

test('a section speaking of another period is a warning that quotes the sentence, at the section\'s cell', () => {
  const report = makeReport({ text: { I: 'Trong quý, các chi bộ học tập chuyên đề. Năm 2024 đã ra mắt mô hình "Khu phố văn minh".', 'II.1': 'Không có gì khác.' } });
  report.cells.I = { sheet: 'Nội dung', row: 4, col: 2 };
  report.issues = [];
  checkStaleReferences(report, makePeriod('Q3', 2026));
  expect(report.issues.map((i) => [i.code, i.severity, i.location])).toEqual([['TEXT_STALE_REFERENCE', 'warning', { section: 'I', cell: { sheet: 'Nội dung', row: 4, col: 2 } }]]);
  const message = formatIssue(report.issues[0]);
  expect(message).toContain('Mục I nói đến Năm 2024, ngoài kỳ Quý III/2026: "Năm 2024 đã ra mắt mô hình "Khu phố văn minh"."');
  expect(message).toContain('đề nghị viết lại cho đúng kỳ này');});

test('past three in one section, the rest are counted, not listed', () => {
  const report = makeReport({ text: { I: ['Năm 2020 làm A.', 'Năm 2021 làm B.', 'Năm 2022 làm C.', 'Năm 2023 làm D.', 'Năm 2024 làm E.'].join(' ') } });
  report.issues = [];
  checkStaleReferences(report, makePeriod('Q3', 2026));
  expect(report.issues).toHaveLength(3);
  expect(formatIssue(report.issues[2])).toContain('(và 2 chỗ khác như vậy trong mục này)');
});
