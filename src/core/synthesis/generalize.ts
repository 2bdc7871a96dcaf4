/*
 * A sentence several units wrote, said once for all of them: the figures that differ from unit to
 * unit are left out (the section's consolidated figures are stated above it), and the writing
 * unit's own name gives way to "các đơn vị". Nothing is added but that subject.
 */

const NUMBER = /\d+(?:[.,]\d+)*/g;
const NAME = String.raw`\p{Lu}[\p{L}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}]*){0,5}`;
const PLACE = String.raw`(?:phường|xã|thị trấn|đặc khu|quận|huyện|thị xã)`;
const BODY_OF_PLACE = new RegExp(String.raw`(^|[^\p{L}])(Đảng ủy|Đảng bộ|Chi bộ|Ủy ban nhân dân|Ủy ban Mặt trận Tổ quốc|Mặt trận Tổ quốc)\s+${PLACE}\s+${NAME}`, 'gu');
const AT_PLACE = new RegExp(String.raw`^(?:Tại|Ở|Trên địa bàn)\s+${PLACE}\s+${NAME}\s*,\s*`, 'u');
const OTHER_PLACE = new RegExp(String.raw`${PLACE}\s+${NAME}`, 'gu');

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Numbers found in at least two thirds of the sentences: the same for all, so they stay. Each distinct sentence is read once, counted as often as written. */
function sharedNumbers(members: readonly string[]): Set<string> {
  const times = new Map<string, number>();
  for (const m of members) times.set(m, (times.get(m) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [m, k] of times) for (const n of new Set(m.match(NUMBER) ?? [])) counts.set(n, (counts.get(n) ?? 0) + k);
  return new Set([...counts].filter(([, c]) => c >= (members.length * 2) / 3).map(([n]) => n));
}

function dropNumbers(text: string, keep: ReadonlySet<string>): string {
  const varies = (n: string) => !keep.has(n);
  return text
    .replace(/\s*\(\s*(\d+(?:[.,]\d+)*)\s*%\s*\)/g, (all, n: string) => (varies(n) ? '' : all))
    // A clause built on a differing ratio (", đạt 95% đảng viên") goes whole; elsewhere the ratio alone.
    .replace(/,\s*(?:[^\s,.;]+\s+){0,3}(\d+(?:[.,]\d+)*)\s*%[^,.;]*/gu, (all, n: string) => (varies(n) ? '' : all))
    .replace(/(?:đạt tỷ lệ|với tỷ lệ|đạt|chiếm|bằng|tỷ lệ|khoảng|gần|hơn|trên)?\s*(\d+(?:[.,]\d+)*)\s*%/g, (all, n: string) => (varies(n) ? '' : all))
    .replace(/(\d+(?:[.,]\d+)*)\s*\/\s*(\d+(?:[.,]\d+)*)/g, (all, a: string, b: string) => (varies(a) || varies(b) ? '' : all))
    .replace(/(^|[\s(])(\d+(?:[.,]\d+)*)(?=\s+\p{L})\s+/gu, (all, lead: string, n: string) => (varies(n) ? lead : all));
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:]+/, '')
    .trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KIND_OF_BODY = /^(Đảng ủy|Đảng bộ|Chi bộ)\s+/u;

/** The unit's name, or its short name after "Đảng ủy", gives way to "các đơn vị", "đảng ủy", "địa phương". */
function withoutOwnName(text: string, unitName: string): string {
  const kind = KIND_OF_BODY.exec(unitName)?.[1];
  let out = text.startsWith(unitName) ? `Các ${kind ? kind.toLocaleLowerCase('vi') : 'đơn vị'}${text.slice(unitName.length)}` : text.split(unitName).join(kind ?? 'đơn vị');
  const short = unitName.replace(KIND_OF_BODY, '');
  const shorter = short.replace(new RegExp(`^${PLACE}\\s+`, 'u'), '');
  for (const name of [short, shorter]) {
    // A name the text does not hold is neither matched nor split on: no expression is built for it.
    if (name === unitName || name.length < 4 || !out.includes(name)) continue;
    out = out.replace(new RegExp(`(^|[^\\p{L}])(Đảng ủy|Đảng bộ|Chi bộ)\\s+${escape(name)}`, 'gu'), (_a, lead: string, body: string, offset: number) => (offset === 0 && lead === '' ? `Các ${body.toLocaleLowerCase('vi')}` : `${lead}${body}`));
    out = out.split(name).join('địa phương');
  }
  return out;
}

/**
 * The sentence `text` of `unitName`, one of `members` (the group's sentences, itself included),
 * said for all of them.
 */
export function generalize(text: string, members: readonly string[], unitName?: string): string {
  let out = dropNumbers(text, sharedNumbers(members));
  if (unitName) out = withoutOwnName(out, unitName);
  out = out.replace(AT_PLACE, '');
  out = out.replace(BODY_OF_PLACE, (_all, lead: string, body: string, offset: number) => (offset === 0 && lead === '' ? `Các ${body.charAt(0).toLocaleLowerCase('vi')}${body.slice(1)}` : `${lead}${body}`));
  out = out.replace(OTHER_PLACE, 'địa phương');
  return upperFirst(tidy(out));
}
