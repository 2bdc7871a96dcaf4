import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import { decisionsOf, textsByCode, type WordReading, type WordSection } from './readWordReport';
import { applyWordDecision, confirmationOf, decisionOf, mergeConfirmations, wordConfirmationSchema, type WordDecision } from './wordDecisions';

const KEY = '0123456789abcdef';
const part = (codes: string[], text: string, certainty: WordSection['certainty'] = 'sure'): WordSection => ({ codes, heading: `Tiêu đề ${codes.join(' + ')}`, paragraphs: [text], text, certainty });

/** A reading as the mapping leaves it: two parts merged under one heading, a block it could not place, I missing. */
function reading(): WordReading {
  const sections = [
    part(['II.1'], 'Đã tổ chức 4 hội nghị, lớp học tập, quán triệt.'),
    part(['II.2', 'II.3'], 'Các chi bộ làm theo và nêu gương.', 'decide'),
    part(['IV.1'], 'Nhiệm vụ quý tới.'),
  ];
  return {
    format: 'docx',
    header: {} as WordReading['header'],
    sections,
    unplaced: [
      { heading: 'Về lãnh đạo', paragraphs: ['Đảng ủy đã ban hành 13 văn bản lãnh đạo, chỉ đạo.'], reason: 'không rõ thuộc mục nào', decide: true },
      { paragraphs: ['Một đoạn khác.'], reason: 'không rõ thuộc mục nào', decide: false },
    ],
    figures: [
      { code: 'tong_dang_vien', value: 500, source: 'bang', raw: '500', where: 'Bảng số liệu, dòng "Tổng số ĐV", cột "Quý II"', certain: true },
      { code: 'hn_quan_triet', value: 4, source: 'cau', raw: '4', where: 'Đã tổ chức 4 hội nghị, lớp học tập, quán triệt.', certain: false },
    ],
    nominations: [],
    absent: ['I'],
    notes: [],
  };
}
const decide = (d: Partial<WordDecision>): WordDecision => ({ key: KEY, moves: [], attach: [], ...d });

test('a merged part moved to one code, a block attached, a part left out: texts, figures, absences and decisions follow', () => {
  const applied = applyWordDecision(reading(), decide({ moves: [{ from: 'II.2', to: 'II.3' }, { from: 'II.1', to: null }], attach: [{ block: 1, to: 'I' }] }), DEFAULT_TEMPLATE, 'Q2');
  if (!applied.ok) throw new Error(applied.mismatches.join('; '));
  const r = applied.reading;
  expect(r.sections.map((s) => [s.codes, s.certainty])).toEqual([[['I'], 'sure'], [['II.3'], 'sure'], [['IV.1'], 'sure']]);
  expect(textsByCode(r).get('I')?.text).toBe('Đảng ủy đã ban hành 13 văn bản lãnh đạo, chỉ đạo.');
  expect(textsByCode(r).get('II.2')).toBeUndefined();
  expect(r.unplaced.map((u) => u.paragraphs[0])).toEqual(['Một đoạn khác.']);
  // The figure of the part left out is gone; the attached block's is read; the table's kept.
  expect(r.figures.map((f) => [f.code, f.value, f.source])).toEqual([['tong_dang_vien', 500, 'bang'], ['vb_chi_dao', 13, 'cau']]);
  expect(r.absent).toEqual(['II.1', 'II.2', 'II.4', 'II.5', 'II.6']);
  // The five sections not found are one confirmation; the figure read from a sentence is the other.
  expect(decisionsOf(r)).toEqual(['Không thấy các mục II.1, II.2, II.4, II.5, II.6 trong báo cáo: xác nhận đơn vị không viết các mục này, hoặc chỉ chỗ của chúng.', expect.stringMatching(/^1 số liệu chưa chắc chắn/)]);
});

test('two moves swap two parts; an attached block goes in the đề cương\'s order', () => {
  const applied = applyWordDecision(reading(), decide({ moves: [{ from: 'II.1', to: 'IV.1' }, { from: 'IV.1', to: 'II.1' }], attach: [{ block: 2, to: 'II.4' }] }), DEFAULT_TEMPLATE);
  if (!applied.ok) throw new Error('not applied');
  expect(applied.reading.sections.map((s) => s.codes[0])).toEqual(['IV.1', 'II.2', 'II.1', 'II.4']);
  expect(textsByCode(applied.reading).get('II.1')?.text).toBe('Nhiệm vụ quý tới.');
  expect(applied.reading.absent).toEqual([]);
});

test('a decision that no longer fits the reading is not applied, and says why', () => {
  const applied = applyWordDecision(reading(), decide({ moves: [{ from: 'III.1', to: 'III.2' }, { from: 'II.1', to: 'V.9' }], attach: [{ block: 3, to: 'I' }] }), DEFAULT_TEMPLATE);
  expect(applied).toEqual({ ok: false, mismatches: ['cách đọc không có mục III.1 để chuyển', 'đề cương không có mục V.9', 'cách đọc không có đoạn chưa xếp thứ 3'] });
});

test('kept with the round: the plain key when nothing changes, the key with its changes otherwise, one per file', () => {
  expect(confirmationOf(decide({}))).toBe(KEY);
  const moved = decide({ moves: [{ from: 'II.1', to: null }] });
  expect(confirmationOf(moved)).toEqual({ key: KEY, moves: [{ from: 'II.1', to: null }] });
  expect(decisionOf(KEY)).toEqual(decide({}));
  expect(decisionOf({ key: KEY, attach: [{ block: 1, to: 'I' }] })).toEqual(decide({ attach: [{ block: 1, to: 'I' }] }));
  expect(mergeConfirmations([KEY, 'fedcba9876543210'], moved)).toEqual(['fedcba9876543210', { key: KEY, moves: [{ from: 'II.1', to: null }] }]);
  expect(wordConfirmationSchema.safeParse({ key: KEY, attach: [{ block: 0, to: 'I' }] }).success).toBe(false);
  expect(wordConfirmationSchema.safeParse({ key: 'KEY', moves: [] }).success).toBe(false);
});
