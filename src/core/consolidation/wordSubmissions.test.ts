import { makeInput, makeRegistry, PERIOD_H1_2026, TEMPLATE, validFigures } from '../../../tests/helpers/builders';
import type { SubmissionInput } from './Consolidation';
import { consolidateReports } from './consolidateReports';
import type { ConsolidationRound } from './Consolidation';

const registry = makeRegistry(3);
const round: ConsolidationRound = { template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận (thử)' };

/** A unit's Word report, read: what is left to decide, and its content key. */
function wordInput(fileName: string, unit: number, toDecide: string[], values = validFigures()): SubmissionInput {
  const input = makeInput(fileName, { unit: registry.units[unit], values });
  if (!('report' in input)) throw new Error('no report');
  input.report.word = { format: 'docx', toDecide, notes: [], key: `${unit}`.padStart(16, '0'), sections: [], unplaced: [], figures: [] };
  return input;
}

test('a Word report with something to decide waits: received, not counted, not chased; confirmed by its key, it counts', () => {
  const inputs = [wordInput('a.docx', 0, ['Mục II.1 + II.2: gộp']), wordInput('b.docx', 1, [])];
  const c = consolidateReports(round, inputs);
  expect(c.units.map((u) => [u.status, u.counted])).toEqual([['pending', false], ['on_time', true], ['missing', false]]);
  expect(c.files[0].role).toBe('pending');
  expect(c.counts.pending).toBe(1);
  const confirmed = consolidateReports({ ...round, confirmedWord: ['0000000000000000'] }, inputs);
  expect(confirmed.units.map((u) => [u.status, u.counted])).toEqual([['on_time', true], ['on_time', true], ['missing', false]]);
  expect(confirmed.totals['tong_dang_vien']).toBe(2 * (validFigures()['tong_dang_vien'] ?? 0));
});

test('a unit that sent its workbook and its Word report: the workbook counts, a figure the two state differently is a warning', () => {
  const figures = validFigures();
  const other = { ...figures, tong_dang_vien: (figures['tong_dang_vien'] ?? 0) + 7 };
  const c = consolidateReports(round, [wordInput('Báo cáo.docx', 0, [], other), makeInput('Báo cáo.xlsx', { unit: registry.units[0], values: figures })]);
  const kept = c.units[0].file;
  expect(kept?.fileName).toBe('Báo cáo.xlsx');
  expect(c.files.find((f) => f.fileName === 'Báo cáo.docx')?.role).toBe('superseded');
  expect(kept?.issues.filter((i) => i.code === 'WORD_FIGURE_DIFFERS').map((i) => i.params)).toEqual([expect.objectContaining({ value: figures['tong_dang_vien'], other: other.tong_dang_vien, file: 'Báo cáo.docx' })]);
});
