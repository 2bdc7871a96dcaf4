import type { IndicatorDef } from '../template/ReportTemplate';
import type { ComparedFigures } from './ReportContent';
import { describeComparisonBasis, describeIndicator, describeWithPhrase } from './describeFigures';

const count = (code: string, label: string, unit: string, phrase?: string): IndicatorDef => ({ code, section: 'II.1', label, unit, aggregation: 'sum', min: 0, ...(phrase ? { phrase } : {}) });
const ratio: IndicatorDef = { code: 'ty_le', section: 'II.1', label: 'Tỷ lệ tham gia', unit: '%', aggregation: 'ratio', numerator: 'dv', denominator: 'tong', decimals: 2 };
const comparison = (before: Record<string, number | null>, now: Record<string, number | null>, unitCount = 35): ComparedFigures => ({
  previousLabel: 'Quý III-2026',
  unitCount,
  before,
  now,
  change: Object.fromEntries(Object.keys(now).map((k) => [k, now[k] !== null && before[k] !== null ? Math.round(((now[k] as number) - (before[k] as number)) * 100) / 100 : null])),
});

test('a count reads with dots between thousands and its unit; a ratio with a decimal comma', () => {
  expect(describeIndicator(count('dv', 'Đảng viên tham gia', 'người'), 70124, null)).toBe('đảng viên tham gia: 70.124 người');
  expect(describeIndicator(ratio, 90.98, null)).toBe('tỷ lệ tham gia đạt 90,98%');
});

test('zero says "chưa có" instead of boasting "0 mô hình"; a figure nobody gave is left to the missing list', () => {
  expect(describeIndicator(count('mo_hinh', 'Mô hình mới', 'mô hình'), 0, null)).toBe('mô hình mới: chưa có');
  expect(describeIndicator(count('mo_hinh', 'Mô hình mới', 'mô hình'), null, null)).toBeNull();
});

test('the change against the previous period: a percentage for counts, points for ratios, and nothing to boast when it was zero', () => {
  const c = comparison({ dv: 800, ty_le: 88.5, moi: 0, giu: 10 }, { dv: 900, ty_le: 90, moi: 4, giu: 10 });
  expect(describeIndicator(count('dv', 'Đảng viên tham gia', 'người'), 900, c)).toBe('đảng viên tham gia: 900 người (tăng 12,5% so với kỳ trước)');
  expect(describeIndicator(ratio, 90, c)).toBe('tỷ lệ tham gia đạt 90% (tăng 1,5 điểm phần trăm so với kỳ trước)');
  expect(describeIndicator(count('moi', 'Mô hình mới', 'mô hình'), 4, c)).toBe('mô hình mới: 4 mô hình (kỳ trước không có, nay có 4)');
  expect(describeIndicator(count('giu', 'Lớp', 'lớp'), 10, c)).toBe('lớp: 10 lớp (không đổi so với kỳ trước)');
  const fell = comparison({ dv: 1000 }, { dv: 750 });
  expect(describeIndicator(count('dv', 'Đảng viên tham gia', 'người'), 750, fell)).toBe('đảng viên tham gia: 750 người (giảm 25% so với kỳ trước)');
});

test('the comparison says over how many units it is made, or why there is none', () => {
  expect(describeComparisonBasis(comparison({}, {}, 35))).toBe('Các số so với kỳ trước (Quý III-2026) tính trên 35 đơn vị báo cáo cả hai kỳ.');
  expect(describeComparisonBasis(comparison({}, {}, 0))).toBe('Không có đơn vị nào báo cáo cả kỳ này và Quý III-2026 nên chưa so sánh với kỳ trước.');
  expect(describeComparisonBasis(null)).toBeNull();
});

test("a template's sentence fills its figures; a zero or missing figure falls back to the plain clause", () => {
  const hn = count('hn', 'Hội nghị', 'cuộc', 'đã tổ chức {hn} hội nghị với {dv} đảng viên tham gia (đạt {ty_le})');
  const dv = count('dv', 'Đảng viên tham gia', 'người');
  const values: Record<string, [IndicatorDef, number | null]> = { hn: [hn, 1234], dv: [dv, 70124], ty_le: [ratio, 90.98] };
  const valueOf = (code: string) => (values[code] ? { indicator: values[code][0], value: values[code][1] } : undefined);
  expect(describeWithPhrase(hn, valueOf, null)).toEqual({ text: 'đã tổ chức 1.234 hội nghị với 70.124 đảng viên tham gia (đạt 90,98%)', said: ['hn', 'dv', 'ty_le'] });
  values.dv = [dv, null];
  expect(describeWithPhrase(hn, valueOf, null)).toBeNull();
  values.dv = [dv, 70124];
  values.hn = [hn, 0];
  expect(describeWithPhrase(hn, valueOf, null)).toBeNull();
  expect(describeWithPhrase(dv, valueOf, null)).toBeNull();
});
