import type { ComparedFigures, ReportContent } from './ReportContent';
import type { IndicatorDef } from '../template/ReportTemplate';
import { formatVietnameseNumber, formatVietnamesePercent } from '../text/formatVietnameseNumber';
import { phrasePlaceholders } from '../template/phrasePlaceholders';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** How a change reads: "tăng 12,5%", "giảm 3 điểm phần trăm", "không đổi". */
function describeChange(indicator: IndicatorDef, comparison: ComparedFigures): string | null {
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
export function describeIndicator(indicator: IndicatorDef, value: number | null, comparison: ComparedFigures | null): string | null {
  if (value === null) return null;
  const label = lowerFirst(indicator.label);
  const change = comparison && comparison.unitCount > 0 ? describeChange(indicator, comparison) : null;
  const tail = change ? ` (${change})` : '';
  if (indicator.aggregation === 'ratio') return `${label} đạt ${formatVietnamesePercent(value)}${tail}`;
  if (value === 0) return `${label}: chưa có`;
  return `${label}: ${formatVietnameseNumber(value)} ${indicator.unit}${tail}`;
}

/**
 * The template's own sentence for an indicator, its `{code}` places filled with Vietnamese
 * numbers; null when it has none, or when a figure it needs is zero or missing (the generic
 * clause then says so plainly). Returns the codes it said, so they are not said twice.
 */
export function describeWithPhrase(indicator: IndicatorDef, valueOf: (code: string) => { indicator: IndicatorDef; value: number | null } | undefined, comparison: ComparedFigures | null): { text: string; said: string[] } | null {
  if (!indicator.phrase) return null;
  const codes = phrasePlaceholders(indicator.phrase);
  const own = valueOf(indicator.code)?.value;
  if (own === null || own === undefined || own === 0) return null;
  const filled = new Map<string, string>();
  for (const code of codes) {
    const found = valueOf(code);
    if (!found || found.value === null) return null;
    filled.set(code, found.indicator.aggregation === 'ratio' ? formatVietnamesePercent(found.value) : formatVietnameseNumber(found.value));
  }
  const change = comparison && comparison.unitCount > 0 ? describeChange(indicator, comparison) : null;
  const text = indicator.phrase.replace(/\{([^{}]*)\}/g, (_, code: string) => filled.get(code.trim()) ?? '');
  return { text: `${text}${change ? ` (${change})` : ''}`, said: [...new Set([indicator.code, ...codes])] };
}

/** The lead of a section: its figures woven into one paragraph, then what is missing. */
export function describeSectionFigures(c: ReportContent, sectionCode: string, lead = 'Kết quả tổng hợp'): string[] {
  const { comparison } = c;
  const all = c.template.indicators;
  const indicators = all.filter((i) => i.section === sectionCode);
  if (indicators.length === 0) return [];
  const value = (i: IndicatorDef) => (i.aggregation === 'sum' ? (c.totals[i.code] ?? null) : (c.ratios[i.code] ?? null));
  const byCode = new Map(all.map((i) => [i.code, i]));
  const valueOf = (code: string) => {
    const indicator = byCode.get(code);
    return indicator ? { indicator, value: value(indicator) } : undefined;
  };
  const said = new Set<string>();
  const clauses: string[] = [];
  for (const indicator of indicators) {
    if (said.has(indicator.code)) continue;
    const phrased = describeWithPhrase(indicator, valueOf, comparison);
    for (const code of phrased?.said ?? [indicator.code]) said.add(code);
    const clause = phrased?.text ?? describeIndicator(indicator, value(indicator), comparison);
    if (clause) clauses.push(clause);
  }
  const missing = indicators.filter((i) => i.aggregation === 'sum' && value(i) === null).map((i) => lowerFirst(i.label));
  const paragraphs: string[] = [];
  if (clauses.length > 0) {
    const sentence = clauses.join('; ');
    paragraphs.push(`${lead}: ${sentence}.`);
  }
  if (missing.length > 0) paragraphs.push(`Chưa đơn vị nào báo cáo số liệu về ${missing.join('; ')}.`);
  return paragraphs;
}

/** Units with invalid reports named in the sentence on who reported; more are in Phụ lục 3. */
const NAMED_INVALID = 10;

/** Who reported: "Đến ngày 06/07/2026, 37/40 đơn vị đã gửi báo cáo hợp lệ (32 đúng hạn, 5 nộp muộn); …". */
export function describeSubmissions(c: Pick<ReportContent, 'counts' | 'unitFigures'> & Partial<Pick<ReportContent, 'invalidUnits'>>, asOf: string): string {
  const total = c.counts.on_time + c.counts.late + c.counts.missing + c.counts.invalid;
  const counted = c.unitFigures.length;
  const parts = ([[c.counts.on_time, 'đúng hạn'], [c.counts.late, 'nộp muộn']] as const).filter(([n]) => n > 0).map(([n, what]) => `${formatVietnameseNumber(n)} ${what}`);
  const status = `Đến ngày ${asOf}, ${formatVietnameseNumber(counted)}/${formatVietnameseNumber(total)} đơn vị đã gửi báo cáo hợp lệ${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  const more: string[] = [];
  if (c.counts.missing > 0) more.push(`${formatVietnameseNumber(c.counts.missing)} đơn vị chưa gửi`);
  // Units whose reports are not counted are named once, here, not under every section.
  const invalid = c.invalidUnits ?? [];
  if (c.counts.invalid > 0) more.push(`${formatVietnameseNumber(c.counts.invalid)} đơn vị gửi báo cáo còn lỗi, chưa được tổng hợp${invalid.length > 0 && invalid.length <= NAMED_INVALID ? ` (${invalid.join(', ')})` : ''}`);
  return `${status}${more.length > 0 ? `; ${more.join('; ')}` : ''}. Số liệu dưới đây là tổng của các báo cáo hợp lệ.`;
}

/** The sentence that says what a comparison is made over, or why there is none. */
export function describeComparisonBasis(comparison: ComparedFigures | null): string | null {
  if (!comparison) return null;
  const n = comparison.unitCount;
  if (n === 0) return `Không có đơn vị nào báo cáo cả kỳ này và ${comparison.previousLabel} nên chưa so sánh với kỳ trước.`;
  return `Các số so với kỳ trước (${comparison.previousLabel}) tính trên ${formatVietnameseNumber(n)} đơn vị báo cáo cả hai kỳ.`;
}
