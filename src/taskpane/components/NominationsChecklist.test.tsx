/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { makeInput, makeRegistry, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { consolidateReports } from '../../core/consolidation/consolidateReports';
import { NominationsChecklist } from './NominationsChecklist';

const registry = makeRegistry(3);
const inputs = registry.units.map((unit, i) => makeInput(`u${i}.xlsx`, { unit, nominations: [{ kind: 'Tập thể', name: `Chi bộ ${i + 1}` }, { kind: 'Cá nhân', name: `Đồng chí ${i + 1}` }] }));

/** The pane's state around the checklist: the round is consolidated again with the choice. */
function Harness({ onChange }: { onChange: (keys: string[]) => void }) {
  const [sendUp, setSendUp] = useState<string[] | undefined>(undefined);
  const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban', sendUp }, inputs);
  return (
    <FluentProvider theme={webLightTheme}>
      <NominationsChecklist
        nominations={c.nominations}
        template={TEMPLATE}
        onChange={(keys) => {
          onChange(keys);
          setSendUp(keys);
        }}
      />
    </FluentProvider>
  );
}

test('pre-checked by the guidance; the office may choose others, and more than the guidance is warned about', () => {
  const onChange = jest.fn();
  render(<Harness onChange={onChange} />);
  fireEvent.click(screen.getByRole('button', { name: 'Điển hình gửi cấp trên (đã chọn 2/6)' }));
  const box = (label: string) => screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
  expect(box(`Tập thể: Chi bộ 1 (${registry.units[0].name})`).checked).toBe(true);
  // Spread over units: the individual comes from the second unit, not again from the first.
  expect(box(`Cá nhân: Đồng chí 1 (${registry.units[0].name})`).checked).toBe(false);
  expect(box(`Cá nhân: Đồng chí 2 (${registry.units[1].name})`).checked).toBe(true);
  expect(box(`Tập thể: Chi bộ 3 (${registry.units[2].name})`).checked).toBe(false);
  expect(screen.queryByRole('alert')).toBeNull();
  fireEvent.click(box(`Tập thể: Chi bộ 3 (${registry.units[2].name})`));
  expect(onChange).toHaveBeenLastCalledWith([`${registry.units[0].code}#1`, `${registry.units[1].code}#2`, `${registry.units[2].code}#1`]);
  expect(screen.getByRole('alert').textContent).toBe('Đã đánh dấu gửi cấp trên 2 tập thể, nhiều hơn 1 theo hướng dẫn. Đề nghị bỏ bớt dấu ở cột "Gửi cấp trên" (trang "Điển hình") trước khi gửi, để cấp trên không phải chọn lại.');
  fireEvent.click(box(`Tập thể: Chi bộ 1 (${registry.units[0].name})`));
  expect(onChange).toHaveBeenLastCalledWith([`${registry.units[1].code}#2`, `${registry.units[2].code}#1`]);
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('button', { name: 'Điển hình gửi cấp trên (đã chọn 2/6)' })).toBeTruthy();
});
