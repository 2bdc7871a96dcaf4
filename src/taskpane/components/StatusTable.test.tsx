/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { consolidateReports } from '../../core/consolidation/consolidateReports';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
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
