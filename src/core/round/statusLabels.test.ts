import type { FileRole, UnitStatus } from '../consolidation/Consolidation';
import { FILE_ROLE_LABELS, STATUS_WORDS, describeFileRole, describeFiguresStatus, describeStatus, fileRoleOfLabel, labelSaysCounted, labelSaysReported, statusOfLabel } from './statusLabels';

const statuses = Object.keys(STATUS_WORDS) as UnitStatus[];

test.each(statuses)('the label of %s reads back as it, whatever the days late', (status) => {
  for (const daysLate of [0, 1, 12]) expect(statusOfLabel(describeStatus({ status, daysLate }))).toBe(status);
});

test('the labels are the ones the summaries already carry', () => {
  expect(statuses.map((status) => describeStatus({ status, daysLate: 3 }))).toEqual(['Đúng hạn', 'Nộp muộn 3 ngày', 'Chưa nộp', 'Không hợp lệ', 'Chờ xác nhận']);
  expect(statusOfLabel('Đã nộp')).toBeNull();
});

test.each(Object.keys(FILE_ROLE_LABELS) as FileRole[])('the label of the file role %s reads back as it', (role) => {
  expect(fileRoleOfLabel(describeFileRole({ role }))).toBe(role);
});

test('"Số liệu" says which units reported and which are in the totals, and is read back so', () => {
  const cases = [
    { status: 'on_time', counted: true, reported: true },
    { status: 'late', counted: true, reported: true },
    { status: 'missing', counted: false, reported: false },
    { status: 'invalid', counted: false, reported: false },
    { status: 'invalid', counted: true, reported: false },
  ] as const;
  for (const c of cases) {
    const text = describeFiguresStatus({ status: c.status, daysLate: 2, counted: c.counted });
    expect([labelSaysCounted(text), labelSaysReported(text)]).toEqual([c.counted, c.reported]);
  }
  expect(describeFiguresStatus({ status: 'invalid', daysLate: 0, counted: false })).toBe('Có lỗi, chưa cộng');
});
