import { makeRegistry, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import type { ConsolidationRound, SubmissionInput } from '../../core/consolidation/Consolidation';
import type { WordReading } from '../../core/wordReport/readWordReport';
import { decideWordReports } from './decideWordReports';
import { checkWordReading } from './wordSubmission';

const registry = makeRegistry(2);
const KEY = '00000000000000aa';
const round: ConsolidationRound = { template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận (thử)', confirmedWord: [KEY] };
const context = { today: '2026-07-06', period: PERIOD_H1_2026, registry };

/** A unit's Word report read with two parts merged under one heading: something to decide, the reading kept with it. */
function input(): SubmissionInput {
  const part = (codes: string[], text: string, certainty: 'sure' | 'decide' = 'sure') => ({ codes, heading: codes.join(' + '), paragraphs: [text], text, certainty });
  const reading: WordReading = {
    format: 'docx',
    header: { unit: registry.units[0], unitText: registry.units[0].name },
    sections: [part(['I'], 'Lãnh đạo, chỉ đạo trong kỳ.'), part(['IV.1', 'IV.2'], 'Nhiệm vụ và kiến nghị.', 'decide')],
    unplaced: [],
    figures: [],
    nominations: [],
    absent: [],
    notes: [],
  };
  return { fileName: 'a.docx', report: checkWordReading(reading, KEY, TEMPLATE, context).report };
}

test('a decision applied to the reading kept with the report: the report checked again with the text where the office put it', () => {
  const original = input();
  if (!('report' in original)) throw new Error('no report');
  expect(original.report.word?.reading).toBeDefined();
  expect(original.report.text['IV.2']).toBeUndefined();
  const decided = decideWordReports(round, [original], [{ key: KEY, moves: [{ from: 'IV.1', to: 'IV.2' }], attach: [] }], '2026-07-06');
  const report = 'report' in decided.inputs[0] ? decided.inputs[0].report : undefined;
  expect([report?.text['IV.1'], report?.text['IV.2']]).toEqual([undefined, 'Nhiệm vụ và kiến nghị.']);
  expect(report?.word?.sections.map((s) => [s.codes, s.certainty])).toEqual([[['I'], 'sure'], [['IV.2'], 'sure']]);
  expect(decided.round.confirmedWord).toEqual([KEY]);
});

test('a decision that no longer fits leaves the report waiting, with why, and unconfirmed', () => {
  const decided = decideWordReports(round, [input()], [{ key: KEY, moves: [{ from: 'II.9', to: 'IV.2' }], attach: [] }], '2026-07-06');
  const report = 'report' in decided.inputs[0] ? decided.inputs[0].report : undefined;
  expect(report?.word?.toDecide[0]).toBe('Quyết định đã lưu cho tệp này không còn khớp cách đọc (cách đọc không có mục II.9 để chuyển): chọn lại cách xếp rồi xác nhận.');
  expect(report?.issues.filter((i) => i.code === 'WORD_TO_CONFIRM')).toHaveLength(1);
  expect(decided.round.confirmedWord).toEqual([]);
});

test('no decision: the inputs as they were', () => {
  const inputs = [input()];
  expect(decideWordReports(round, inputs, [], '2026-07-06')).toEqual({ round, inputs });
});
