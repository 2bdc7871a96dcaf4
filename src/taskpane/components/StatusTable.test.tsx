/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { consolidateReports } from '../../core/consolidation/consolidateReports';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import { makeIssue } from '../../core/issues/Issue';
import { makeInput, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { StatusTable } from './StatusTable';

test('a unit to chase shows whom to call under its name; a unit on time does not', () => {
  const [onTime, late, , invalid] = SAMPLE_REGISTRY.units;
  const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry: { units: SAMPLE_REGISTRY.units.slice(0, 4) }, body: 'Ban' }, [
    makeInput('a.xlsx', { unit: onTime }),
    makeInput('b.xlsx', { unit: late, reportDate: '2026-06-25' }),
    makeInput('d.xlsx', { unit: invalid, errors: ['INDICATOR_NEGATIVE'] }),
  ]);
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusTable c={c} />
    </FluentProvider>,
  );
  const rows = within(screen.getByRole('table', { name: 'Tình hình nộp báo cáo' })).getAllByRole('row').slice(1);
  const contactOf = (i: number) => SAMPLE_REGISTRY.units[i].contact;
  expect(rows[0].textContent).not.toContain('Liên hệ');
  for (const i of [1, 2, 3]) {
    const { person, phone, email } = contactOf(i) ?? {};
    expect(rows[i].textContent).toContain(`Liên hệ: ${person}, ${phone}, ${email}`);
  }
});

test('copies and other periods show under the unit, and a replaced file says which file replaced it and why', () => {
  const units = SAMPLE_REGISTRY.units.slice(0, 3);
  const values = { tong_dang_vien: 1234, vb_chi_dao: 7, hn_quan_triet: 3, tin_bai_mang: 11, mo_hinh_moi: 2 };
  // The check of each file (validation) found a mention of another year in unit 0's section I.
  const a = makeInput('a.xlsx', { unit: units[0], values });
  if ('report' in a) a.report.issues.push(makeIssue('TEXT_STALE_REFERENCE', { section: 'I' }, { section: 'I', mention: 'Năm 2024', quote: 'Năm 2024 đã ra mắt mô hình.', period: '6 tháng đầu năm 2026', more: 0 }));
  const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry: { units }, body: 'Ban' }, [
    a,
    makeInput('b.xlsx', { unit: units[1], values, reportDate: '2026-06-19' }),
    makeInput('b cũ.xlsx', { unit: units[1], values: { tong_dang_vien: 999 }, reportDate: '2026-06-10' }),
  ]);
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusTable c={c} />
    </FluentProvider>,
  );
  const rows = within(screen.getByRole('table', { name: 'Tình hình nộp báo cáo' })).getAllByRole('row').slice(1);
  expect(rows[0].textContent).toContain('Mục I nhắc đến Năm 2024');
  expect(rows[1].textContent).toContain(`Số liệu giống hệt ${units[0].name}`);
  expect(rows[3].textContent).toContain('Đã thay bằng tệp khác');
  expect(rows[3].textContent).toContain('Đã thay bằng tệp "b.xlsx" (ngày báo cáo 19/06/2026) vì tệp đó có ngày báo cáo muộn hơn.');
});
