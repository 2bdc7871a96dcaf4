import type { PeriodComparison } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/consolidateReports';
import type { IndicatorDef } from '../template/ReportTemplate';
import { formatVietnameseNumber, formatVietnamesePercent } from '../text/formatVietnameseNumber';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** How a change reads: "tăng 12,5%", "giảm 3 điểm phần trăm", "không đổi". */
function describeChange(indicator: IndicatorDef, comparison: PeriodComparison): string | null {
  const change = comparison.change[indicator.code];
  const before = comparison.before[indicator.code];
  if (change === null || change === undefined || before === null || before === undefined) return null;
  if (change === 0) return 'không đổi so với kỳ trước';
  const direction = change > 0 ? 'tăng' : 'giảm';
  if (indicator.aggregation === 'ratio') return `${direction} ${formatVietnameseNumber(Math.abs(change))} điểm phần trăm so với kỳ trước`;
  if (before === 0) return `kỳ trước không có, nay có ${formatVietnameseNumber(Math.abs(change))}`;
  return `${direction} ${formatVietnamesePercent(Math.abs((change / before) * 100), 1)} so với kỳ trước`;
}

/**
 * One indicator as a clause of prose: "số cuộc tuyên truyền: 1.234 cuộc (tăng 12,5% so với kỳ
 * trước)", "tỷ lệ ... đạt 90,98%". A zero reads "chưa có" rather than boasting "0 mô hình";
 * null means no unit gave the figure, and is said apart.
 */
export function describeIndicator(indicator: IndicatorDef, value: number | null, comparison: PeriodComparison | null): string | null {
  if (value === null) return null;
  const label = lowerFirst(indicator.label);
  const change = comparison && comparison.unitCodes.length > 0 ? describeChange(indicator, comparison) : null;
  const tail = change ? ` (${change})` : '';
  if (indicator.aggregation === 'ratio') return `${label} đạt ${formatVietnamesePercent(value)}${tail}`;
  if (value === 0) return `${label}: chưa có`;
  return `${label}: ${formatVietnameseNumber(value)} ${indicator.unit}${tail}`;
}

/** The lead of a section: its figures woven into one paragraph, then what is missing. */
export function describeSectionFigures(c: Consolidation, sectionCode: string, comparison: PeriodComparison | null): string[] {
  const indicators = c.round.template.indicators.filter((i) => i.section === sectionCode);
  if (indicators.length === 0) return [];
  const value = (i: IndicatorDef) => (i.aggregation === 'sum' ? (c.totals[i.code] ?? null) : (c.ratios[i.code] ?? null));
  const clauses = indicators.flatMap((i) => describeIndicator(i, value(i), comparison) ?? []);
  const missing = indicators.filter((i) => i.aggregation === 'sum' && value(i) === null).map((i) => lowerFirst(i.label));
  const paragraphs: string[] = [];
  if (clauses.length > 0) {
    const sentence = clauses.join('; ');
    paragraphs.push(`Kết quả tổng hợp: ${sentence}.`);
  }
  if (missing.length > 0) paragraphs.push(`Chưa đơn vị nào báo cáo số liệu về ${missing.join('; ')}.`);
  return paragraphs;
}

/** Who reported: "Đến ngày 06/07/2026, 37/40 đơn vị đã gửi báo cáo hợp lệ (32 đúng hạn, 5 nộp muộn); …". */
export function describeSubmissions(c: Consolidation, asOf: string): string {
  const total = c.units.length;
  const counted = c.units.filter((u) => u.counted).length;
  const parts = [`${formatVietnameseNumber(c.counts.on_time)} đúng hạn`, `${formatVietnameseNumber(c.counts.late)} nộp muộn`].filter((p) => !p.startsWith('0 '));
  const status = `Đến ngày ${asOf}, ${formatVietnameseNumber(counted)}/${formatVietnameseNumber(total)} đơn vị đã gửi báo cáo hợp lệ${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  const more: string[] = [];
  if (c.counts.missing > 0) more.push(`${formatVietnameseNumber(c.counts.missing)} đơn vị chưa gửi`);
  if (c.counts.invalid > 0) more.push(`${formatVietnameseNumber(c.counts.invalid)} đơn vị gửi báo cáo còn lỗi, chưa được tổng hợp`);
  return `${status}${more.length > 0 ? `; ${more.join('; ')}` : ''}. Số liệu dưới đây là tổng của các báo cáo hợp lệ.`;
}

/** The sentence that says what a comparison is made over, or why there is none. */
export function describeComparisonBasis(comparison: PeriodComparison | null): string | null {
  if (!comparison) return null;
  const n = comparison.unitCodes.length;
  if (n === 0) return `Không có đơn vị nào báo cáo cả kỳ này và ${comparison.previousLabel} nên chưa so sánh với kỳ trước.`;
  return `Các số so với kỳ trước (${comparison.previousLabel}) tính trên ${formatVietnameseNumber(n)} đơn vị báo cáo cả hai kỳ.`;
}
