import { formatIssue, formatIssueWithPlace } from '../issues/issueMessages';
import { makeReport } from '../../../tests/helpers/builders';
import { checkLostCharacters } from './checkLostCharacters';

test('a section with lost letters ("�") is a warning at its cell, quoting the words around the first and counting them', () => {
  const report = makeReport({ text: { 'II.2': 'Các chi bộ đã xây dựng kế hoạch làm theo, gắn với nhiệm vụ chính tr\uFFFD của địa phương và ph\uFFFD hợp.', 'II.1': 'Không có gì khác.' } });
  report.cells['II.2'] = { sheet: 'Nội dung', row: 7, col: 2 };
  report.issues = [];
  checkLostCharacters(report);
  expect(report.issues.map((i) => [i.code, i.severity, i.location])).toEqual([['TEXT_LOST_CHARACTERS', 'warning', { section: 'II.2', cell: { sheet: 'Nội dung', row: 7, col: 2 } }]]);
  const message = formatIssueWithPlace(report.issues[0]);
  expect(message).toMatch(/^Trang "Nội dung", ô C8: Mục II.2 có 2 chữ bị mất, hiện thành dấu "�"/);
  expect(formatIssue(report.issues[0])).toContain('nhiệm vụ chính tr\uFFFD của địa phương');
  expect(formatIssue(report.issues[0])).toContain('Đề nghị đơn vị gõ lại các chữ đó trong ô này rồi gửi lại');
});
