/*
 * How much a sentence only one unit wrote says of something particular: a named model, event or
 * initiative (usually in quotes), proper names, figures. Generic sentences score nothing and are
 * left to the compilation.
 */

const QUOTED = /[“"«]([^”"»]{3,100})[”"»]/u;
/** What a named fact is: the words before its name. */
const KIND_WORDS = 'mô hình|câu lạc bộ|cuộc thi|hội thi|giải|chương trình|đề án|công trình|phong trào|tủ sách|quỹ|điểm sáng|tuyến phố|sáng kiến|cách làm|ngày hội|lễ hội|triển lãm|tọa đàm|diễn đàn|đội hình|tổ tự quản|nhóm|chuyên mục|trang|kênh|ứng dụng';
const KINDS = new RegExp(`(?:^|\\s)(${KIND_WORDS})\\s`, 'iu');
const COMMON_CAPITALS = new Set(['Đảng', 'Bác', 'Hồ', 'Chí', 'Minh', 'Ban', 'Thường', 'Kết', 'Chỉ', 'Nghị', 'Quyết', 'Ủy', 'Mặt', 'Tổ', 'Quốc', 'Trung', 'Nhà', 'Nước', 'Hội', 'Đoàn', 'Việt', 'Nam', 'Thành', 'Tỉnh', 'Đề', 'Kế', 'Hướng', 'TW', 'KL/TW', 'CT/TW']);

export function specificity(sentence: string): number {
  let score = 0;
  if (QUOTED.test(sentence)) score += 5;
  if (KINDS.test(sentence)) score += 2;
  const words = sentence.split(/\s+/);
  let names = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].replace(/^[“"(«]+|[”")».,;:]+$/gu, '');
    if (/^\p{Lu}\p{Ll}/u.test(w) && !COMMON_CAPITALS.has(w) && !/^\p{Lu}/u.test(words[i - 1] ?? '')) names++;
  }
  score += Math.min(2, names);
  if (/\d/.test(sentence)) score += 1;
  if (sentence.length < 50) score -= 3;
  if (sentence.length > 400) score -= 1;
  return score;
}

const NAMED_KIND = new RegExp(`(?:^|\\s)(${KIND_WORDS})\\s*$`, 'iu');

/** How a fact is named in a list: its kind and its name, as the unit wrote them ("mô hình “Ngõ phố xanh”"). */
export function namePhrase(sentence: string): string {
  const m = QUOTED.exec(sentence);
  if (!m) return sentence;
  const kind = NAMED_KIND.exec(sentence.slice(Math.max(0, m.index - 30), m.index))?.[1];
  return `${kind ? `${kind.toLocaleLowerCase('vi')} ` : ''}“${m[1]}”`;
}

/** The quoted name in a sentence, if any. */
export const quotedName = (sentence: string): string | null => QUOTED.exec(sentence)?.[1] ?? null;

/** A fact worth a place in the report, though only one unit reported it. */
export const FACT_SCORE = 3;
