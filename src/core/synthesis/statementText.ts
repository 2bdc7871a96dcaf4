import { formatVietnameseNumber } from '../text/formatVietnameseNumber';

/*
 * How a chosen sentence is written into the report with the units it comes from. Units are
 * named in the office's order; a long list names the first few and counts the rest.
 */

/** Units named in full after "tiêu biểu như"; the rest are counted. */
const NAMED = 3;

const withoutEnd = (text: string) => text.replace(/[\s.;:,…]+$/u, '');
const n = formatVietnameseNumber;

/** "Đảng ủy phường A, Đảng ủy xã B" or "tiêu biểu như A, B, C; tổng cộng 12 đơn vị". */
export function attribution(units: readonly string[]): string {
  if (units.length <= NAMED) return units.join(', ');
  return `tiêu biểu như ${units.slice(0, NAMED).join(', ')}; tổng cộng ${n(units.length)} đơn vị`;
}

/** What several units did, said once: "… . … (tiêu biểu như A, B, C; tổng cộng 12 đơn vị)." */
export function commonText(sentences: readonly string[], units: readonly string[]): string {
  return `${sentences.map(withoutEnd).join('. ')} (${attribution(units)}).`;
}

// Words that keep their capital after "nêu:": names of bodies and of the President.
const PROPER_START = /^(Đảng|Bác|Ban|Ủy|Mặt|Nhà|Chủ|Hồ|Trung|Thành|Tỉnh|Hội|Đoàn|Công|Quân|Bộ|Nghị|Kết|Chỉ|Quyết|Chi|Cấp|[A-ZĐ]{2,})(\s|$)/u;
const lowerFirst = (text: string) => (PROPER_START.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1));

/** An assessment several units made: "9/29 đơn vị nêu: … (tiêu biểu như …)." */
export function assessmentText(sentences: readonly string[], units: readonly string[], writers: number): string {
  const count = writers > 0 ? `${n(units.length)}/${n(writers)}` : n(units.length);
  const names = units.length <= NAMED ? units.join(', ') : `tiêu biểu như ${units.slice(0, NAMED).join(', ')}`;
  return `${count} đơn vị nêu: ${sentences.map((s) => lowerFirst(withoutEnd(s))).join('; ')} (${names}).`;
}

/** A recommendation, with every unit that made it: "- Đề nghị … (3 đơn vị: A, B, C)." */
export function recommendationText(sentence: string, units: readonly string[]): string {
  if (units.length === 1) return `- ${withoutEnd(sentence)} (${units[0]}).`;
  const shown = units.length <= 6 ? units.join(', ') : `${units.slice(0, 6).join(', ')} và ${n(units.length - 6)} đơn vị khác`;
  return `- ${withoutEnd(sentence)} (${n(units.length)} đơn vị: ${shown}).`;
}

/** A fact of one unit, with its name unless the sentence gives it. */
export function factText(sentence: string, unitName: string): string {
  if (sentence.includes(unitName)) return `- ${sentence}`;
  return `- ${withoutEnd(sentence)} (${unitName}).`;
}

/** Facts only named, with their units, in one sentence: "Các đơn vị còn có: mô hình “X” (A); đề án “Y” (B)." */
export function mentionsText(mentions: readonly { phrase: string; unit: string }[]): string {
  return `Các đơn vị còn có: ${mentions.map((m) => `${m.phrase} (${m.unit})`).join('; ')}.`;
}
