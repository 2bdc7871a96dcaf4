import { makeIssue } from '../issues/Issue';
import { formatIssue } from '../issues/issueMessages';
import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import { makeInput, makeRegistry, PERIOD_H1_2026, type ReportOptions } from '../../../tests/helpers/builders';
import { chooseUnitFile, isDraft } from './chooseUnitFile';
import { consolidateReports } from './consolidateReports';
import type { SubmissionInput } from './Consolidation';

const registry = makeRegistry(2);
const unit = registry.units[0];
const file = (fileName: string, options: ReportOptions & { savedAt?: string; receivedAt?: string } = {}) => {
  const input = makeInput(fileName, { unit, ...options }) as Extract<SubmissionInput, { report: unknown }>;
  if (options.savedAt) input.report.savedAt = options.savedAt;
  return { ...input, receivedAt: options.receivedAt };
};
const candidate = (input: ReturnType<typeof file>) => ({ input, report: input.report, issues: input.report.issues });
const round = { template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận' };

test('a corrected file sent again with the same report date counts: it was saved later', () => {
  const first = file('Báo cáo xã A.xlsx', { errors: ['INDICATOR_NEGATIVE'], savedAt: '2026-06-18T02:00:00.000Z' });
  const fixed = file('Báo cáo xã A (sửa).xlsx', { savedAt: '2026-06-19T08:30:00.000Z' });
  const c = consolidateReports(round, [first, fixed]);
  expect(c.units[0]).toMatchObject({ status: 'on_time', counted: true, file: { fileName: 'Báo cáo xã A (sửa).xlsx' } });
  const old = c.files.find((f) => f.fileName === 'Báo cáo xã A.xlsx');
  expect(old?.role).toBe('superseded');
  expect(formatIssue(old?.issues.find((i) => i.code === 'SUBMISSION_SUPERSEDED') ?? makeIssue('ACTION_FAILED'))).toBe(
    'Đã thay bằng tệp "Báo cáo xã A (sửa).xlsx" (ngày báo cáo 18/06/2026, lưu lúc 15:30 ngày 19/06/2026) vì tệp đó không có lỗi, tệp này còn lỗi. Đơn vị Đảng ủy xã Đơn vị 1 gửi nhiều tệp; tệp này (ngày báo cáo 18/06/2026) không được tổng hợp. Nếu tệp này mới là bản đúng, đề nghị bỏ tệp kia khỏi thư mục rồi tổng hợp lại.'.replace('Đảng ủy xã Đơn vị 1', unit.name),
  );
});

test('the rules in their order, each said as the reason', () => {
  const pick = (...files: ReturnType<typeof file>[]) => {
    const { kept, replaced } = chooseUnitFile(files.map(candidate));
    return [kept.input.fileName, replaced.map((r) => r.because)];
  };
  // Valid over invalid, whatever the dates.
  expect(pick(file('a.xlsx', { reportDate: '2026-06-10' }), file('b.xlsx', { reportDate: '2026-06-20', errors: ['INDICATOR_NEGATIVE'] }))).toEqual(['a.xlsx', ['valid']]);
  // A final over a draft.
  expect(pick(file('Báo cáo (bản nháp).xlsx', { reportDate: '2026-06-20' }), file('Báo cáo.xlsx', { reportDate: '2026-06-18' }))).toEqual(['Báo cáo.xlsx', ['not_draft']]);
  // The latest report date.
  expect(pick(file('a.xlsx', { reportDate: '2026-06-18', savedAt: '2026-06-30T00:00:00.000Z' }), file('b.xlsx', { reportDate: '2026-06-19' }))).toEqual(['b.xlsx', ['later_report']]);
  // Same date: the workbook's own saved time, else the disk's.
  expect(pick(file('z.xlsx', { savedAt: '2026-06-18T01:00:00.000Z' }), file('a.xlsx', { savedAt: '2026-06-18T02:00:00.000Z' }))).toEqual(['a.xlsx', ['saved_later']]);
  expect(pick(file('z.xlsx', { receivedAt: '2026-06-18T01:00:00.000Z' }), file('a.xlsx', { receivedAt: '2026-06-18T02:00:00.000Z' }))).toEqual(['a.xlsx', ['saved_later']]);
  // Nothing else tells them apart: the name, as the last resort.
  expect(pick(file('a.xlsx'), file('b.xlsx'))).toEqual(['b.xlsx', ['name']]);
});

test('a draft is known by its name, however it is typed', () => {
  for (const name of ['Báo cáo - bản nháp.xlsx', 'BAN NHAP bao cao.xlsx', 'Dự thảo BC quý III.xlsx', 'report draft.xlsx', 'Bản nháp.xlsx'.normalize('NFD')]) expect([name, isDraft(candidate(file(name)))]).toEqual([name, true]);
  for (const name of ['Báo cáo xã Nhân Chính.xlsx', 'Báo cáo.xlsx']) expect([name, isDraft(candidate(file(name)))]).toEqual([name, false]);
});

test('a unit that sent on time and corrected by the new date the office set is not late for the correction', () => {
  const first = file('Báo cáo.xlsx', { reportDate: '2026-06-20', errors: ['INDICATOR_NEGATIVE'] });
  const fixed = file('Báo cáo (sửa).xlsx', { reportDate: '2026-06-25' });
  expect(consolidateReports(round, [first, fixed]).units[0]).toMatchObject({ status: 'late', daysLate: 3 });
  expect(consolidateReports({ ...round, resendBy: '2026-06-30' }, [first, fixed]).units[0]).toMatchObject({ status: 'on_time', daysLate: 0 });
  // Corrected after the new date, or never sent on time: late as before.
  expect(consolidateReports({ ...round, resendBy: '2026-06-24' }, [first, fixed]).units[0]).toMatchObject({ status: 'late' });
  const lateFirst = file('Báo cáo.xlsx', { reportDate: '2026-06-23', errors: ['INDICATOR_NEGATIVE'] });
  expect(consolidateReports({ ...round, resendBy: '2026-06-30' }, [lateFirst, fixed]).units[0]).toMatchObject({ status: 'late' });
});
