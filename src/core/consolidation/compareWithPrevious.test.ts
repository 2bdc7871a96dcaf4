import { makeInput, makeRegistry, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { compareWithPrevious } from './compareWithPrevious';
import { consolidateReports } from './consolidateReports';
import type { PreviousPeriod } from './Consolidation';

const registry = makeRegistry(40);
const unit = (i: number) => registry.units[i];

/** The previous period: units 0–36 reported, each with 100 members of whom 90 studied. */
function previousOf37(): PreviousPeriod {
  const byUnit = Object.fromEntries(registry.units.slice(0, 37).map((u) => [u.code, { tong_dang_vien: 100, dv_hoc_tap: 90 }]));
  return { label: 'Quý III-2026', totals: { tong_dang_vien: 3_700, dv_hoc_tap: 3_330 }, reportedUnitCodes: Object.keys(byUnit), byUnit };
}

function round(inputs: ReturnType<typeof makeInput>[], previous: PreviousPeriod | undefined) {
  return consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban', previous }, inputs);
}

test('five reports so far are compared with the same five units last period, never with all 37', () => {
  // Units 0–3 reported both times; unit 39 is new this period and has nothing to compare with.
  const inputs = [0, 1, 2, 3, 39].map((i) => makeInput(`u${i}.xlsx`, { unit: unit(i), values: { tong_dang_vien: 110, dv_hoc_tap: 99 } }));
  const comparison = compareWithPrevious(round(inputs, previousOf37()));
  expect(comparison?.unitCodes).toEqual([0, 1, 2, 3].map((i) => unit(i).code));
  expect(comparison?.before['tong_dang_vien']).toBe(400);
  expect(comparison?.now['tong_dang_vien']).toBe(440);
  expect(comparison?.change['tong_dang_vien']).toBe(40); // not 550 − 3 700
  // Ratios recomputed from the same units' parts: 90,00% then 90,00%.
  expect(comparison?.before['ty_le_hoc_tap']).toBe(90);
  expect(comparison?.change['ty_le_hoc_tap']).toBe(0);
});

test('a figure one side lacks has no change; no unit in common means nothing to compare', () => {
  const previous = previousOf37();
  previous.byUnit[unit(0).code] = { tong_dang_vien: 100, dv_hoc_tap: null };
  const one = compareWithPrevious(round([makeInput('u0.xlsx', { unit: unit(0), values: { tong_dang_vien: 120 } })], previous));
  expect(one?.before['dv_hoc_tap']).toBeNull();
  expect(one?.change['dv_hoc_tap']).toBeNull();
  expect(one?.change['tong_dang_vien']).toBe(20);
  const none = compareWithPrevious(round([makeInput('u39.xlsx', { unit: unit(39) })], previous));
  expect(none?.unitCodes).toEqual([]);
  expect(none?.change['tong_dang_vien']).toBeNull();
  expect(compareWithPrevious(round([], undefined))).toBeNull();
});

test('a report with errors is not counted on either side', () => {
  const inputs = [makeInput('u0.xlsx', { unit: unit(0), errors: ['INDICATOR_NEGATIVE'] }), makeInput('u1.xlsx', { unit: unit(1) })];
  expect(compareWithPrevious(round(inputs, previousOf37()))?.unitCodes).toEqual([unit(1).code]);
});
