import { splitIsoDate, type IsoDate } from '../text/calendarDate';
import { foldForMatch, normalizeText } from '../text/normalizeText';

/*
 * What the header of a Party document prints from the office's settings (Hướng dẫn 36-HD/VPTW):
 * the committee above, the office's name in lines broken between words, the number or the room
 * to write it by hand, the place and date, and the line under each appendix. The report, the
 * letter chasing reports and the summary's sheet all print it from here.
 */

/** What the header is printed from: an OfficialDocument's fields (declared here, as its defaults come from this module). */
export interface HeaderFields {
  bodyAbove: string;
  issuer: string;
  issuerKind: 'department' | 'committee';
  number: string;
  place: string;
  date: IsoDate;
  recipients: string[];
}

/** Room left for the number, written by hand before signing: non-breaking, so no program folds it. */
export const NUMBER_ROOM = '\u00a0'.repeat(8);

/** Where a place is not known: room to write it. */
export const PLACE_ROOM = '……';

/** Bodies that are a committee (cấp ủy), and the letters their documents' symbols end with. */
const COMMITTEES: readonly (readonly [string, string])[] = [
  ['tỉnh ủy', 'TU'],
  ['thành ủy', 'TU'],
  ['thị ủy', 'TU'],
  ['huyện ủy', 'HU'],
  ['quận ủy', 'QU'],
  ['đảng ủy', 'ĐU'],
].map(([name, symbol]) => [foldForMatch(name), symbol] as const);

/** A committee's offices and their symbols; the longest name first. */
const OFFICES: readonly (readonly [string, string])[] = [
  ['ban tuyên giáo và dân vận', 'BTGDV'],
  ['ban tuyên giáo', 'BTG'],
  ['ban dân vận', 'BDV'],
  ['ban tổ chức', 'BTC'],
  ['ban nội chính', 'BNC'],
  ['ủy ban kiểm tra', 'UBKT'],
  ['văn phòng', 'VP'],
].map(([name, symbol]) => [foldForMatch(name), symbol] as const);

/** Areas a Đảng bộ is named by, for the place: "Đảng bộ tỉnh Nghệ An" → "Nghệ An". */
const AREAS = ['đảng bộ tỉnh', 'đảng bộ thành phố', 'đảng bộ huyện', 'đảng bộ quận', 'đảng bộ thị xã'].map(foldForMatch);

const AND = foldForMatch('và');
const words = (text: string) => normalizeText(text).split(' ').filter(Boolean);
const isAllCaps = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();
const titleCase = (ws: string[]) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/** The committee word ("Tỉnh ủy") opening `ws` at `at`, folded, with its symbol. */
function committeeAt(ws: string[], at: number): { symbol: string } | undefined {
  const pair = foldForMatch(ws.slice(at, at + 2).join(' '));
  const found = COMMITTEES.find(([name]) => name === pair);
  return found ? { symbol: found[1] } : undefined;
}

/**
 * The line above and the office's own name, as HD 36 places them: under "Tỉnh ủy Nghệ An" the
 * office is "Ban Tuyên giáo và Dân vận", not "Ban Tuyên giáo và Dân vận Tỉnh ủy (Nghệ An)",
 * which would print the committee twice. Without a committee above, the name stays whole.
 */
export function splitIssuer(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer'>): { above: string; office: string } {
  const above = normalizeText(doc.bodyAbove);
  const issuer = words(doc.issuer);
  const aboveWords = words(above);
  if (aboveWords.length > 0 && committeeAt(aboveWords, 0)) {
    const whole = foldForMatch(above);
    const kind = foldForMatch(aboveWords.slice(0, 2).join(' '));
    for (let k = 1; k < issuer.length; k++) {
      const tail = foldForMatch(issuer.slice(-k).join(' '));
      if (tail === whole || tail === kind) return { above, office: issuer.slice(0, -k).join(' ') };
    }
  }
  return { above, office: issuer.join(' ') };
}

/** The office's full name, for prose: "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An". */
export function fullIssuerName(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer'>): string {
  const { above, office } = splitIssuer(doc);
  return office === normalizeText(doc.issuer) ? office : `${office} ${committeeName(doc) || above}`;
}

/**
 * A name in lines of at most `maxChars`, broken only between words: before the committee
 * ("BAN TUYÊN GIÁO VÀ DÂN VẬN" / "TỈNH ỦY") when both halves fit, else in two balanced lines
 * (never after "và"), else filled line by line.
 */
export function breakName(name: string, maxChars: number): string[] {
  const ws = words(name);
  const text = ws.join(' ');
  if (text.length <= maxChars || ws.length < 2) return text ? [text] : [];
  const lines = (at: number) => [ws.slice(0, at).join(' '), ws.slice(at).join(' ')];
  const fits = (at: number) => lines(at).every((l) => l.length <= maxChars);
  for (let at = 1; at < ws.length; at++) if (committeeAt(ws, at) && fits(at)) return lines(at);
  let best = 0;
  for (let at = 1; at < ws.length; at++) {
    if (!fits(at) || foldForMatch(ws[at - 1]) === AND) continue;
    if (best === 0 || Math.max(...lines(at).map((l) => l.length)) < Math.max(...lines(best).map((l) => l.length))) best = at;
  }
  if (best > 0) return lines(best);
  const out: string[] = [];
  for (const w of ws) {
    if (out.length > 0 && `${out[out.length - 1]} ${w}`.length <= maxChars) out[out.length - 1] += ` ${w}`;
    else out.push(w);
  }
  return out;
}

/** The header's left column in capitals: the committee's lines, then the office's. */
export function headerNames(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer'>, maxChars: number): { above: string[]; issuer: string[] } {
  const { above, office } = splitIssuer(doc);
  return { above: breakName(above.toUpperCase(), maxChars), issuer: breakName(office.toUpperCase(), maxChars) };
}

/** The symbol after "-BC/": the office's and its committee's letters (BTGDVTU), or '' when they cannot be told. */
export function documentSymbol(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer' | 'issuerKind'>): string {
  const issuer = words(doc.issuer);
  const above = words(doc.bodyAbove);
  if (doc.issuerKind === 'committee' || committeeAt(issuer, 0)) return committeeAt(issuer, 0)?.symbol ?? '';
  const folded = foldForMatch(issuer.join(' '));
  const office = OFFICES.find(([name]) => folded === name || folded.startsWith(`${name} `));
  if (!office) return '';
  const length = words(office[0]).length;
  const committee = committeeAt(issuer, length) ?? committeeAt(above, 0);
  return committee ? `${office[1]}${committee.symbol}` : '';
}

/** "Số 45-BC/BTGDVTU", or with no number the room to write it: "Số        -BC/BTGDVTU". */
export function numberLine(doc: HeaderFields, type: 'BC' | 'CV'): string {
  return doc.number.trim() ? `Số ${doc.number.trim().replace(/^Số:?\s*/i, '')}` : `Số${NUMBER_ROOM}-${type}/${documentSymbol(doc)}`;
}

/** The header's number line as written when no number was given (any symbol, any room): read back as no number. */
export function isNumberPlaceholder(text: string): boolean {
  return /^Số[\s\u00a0]*-[A-ZĐ]{2}\/[\p{Lu}\p{N}]*$/u.test(normalizeText(text).replace(/^Số /, 'Số'));
}

/** The place: the one given, else the committee's area ("Tỉnh ủy Nghệ An" → "Nghệ An"), else ''. */
export function placeOf(doc: Pick<HeaderFields, 'place' | 'bodyAbove' | 'issuer'>): string {
  if (doc.place.trim()) return normalizeText(doc.place);
  for (const name of [doc.bodyAbove, doc.issuer]) {
    const ws = words(name);
    for (let at = 0; at < ws.length; at++) {
      const area = AREAS.find((a) => foldForMatch(ws.slice(at, at + words(a).length).join(' ')) === a);
      const rest = committeeAt(ws, at) ? ws.slice(at + 2) : area ? ws.slice(at + words(area).length) : [];
      if (rest.length > 0 && /^\p{Lu}/u.test(rest[0]) && rest.every((w) => /^[\p{L}.-]+$/u.test(w))) return (isAllCaps(rest.join(' ')) ? titleCase(rest) : rest).join(' ');
    }
  }
  return '';
}

/** A date as HD 36 writes it: a day before the 10th and the months 1 and 2 with a leading zero. */
function dateParts(date: IsoDate): { dd: string; mm: string; year: number } {
  const { year, month, day } = splitIsoDate(date);
  return { dd: String(day).padStart(2, '0'), mm: month < 3 ? `0${month}` : String(month), year };
}

/** "Hà Nội, ngày 06 tháng 7 năm 2026"; with no place known, room to write it. */
export function placeDateLine(doc: Pick<HeaderFields, 'place' | 'bodyAbove' | 'issuer' | 'date'>): string {
  const { dd, mm, year } = dateParts(doc.date);
  return `${placeOf(doc) || PLACE_ROOM}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Under each appendix's title: "(Kèm theo Báo cáo số 45-BC/BTGDVTU, ngày 06/7/2026 của …)". */
export function attachedToLine(doc: HeaderFields): string {
  const { dd, mm, year } = dateParts(doc.date);
  const number = numberLine(doc, 'BC').replace(/^Số ?/, '');
  return `(Kèm theo Báo cáo số ${number || '…'}, ngày ${dd}/${mm}/${year} của ${fullIssuerName(doc)})`;
}

/** The committee the office reports to, as prose names it ("Tỉnh ủy Nghệ An"), when the settings say it. */
export function committeeName(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer'>): string {
  const above = words(doc.bodyAbove);
  const issuer = words(doc.issuer);
  const at = issuer.findIndex((_, i) => i > 0 && committeeAt(issuer, i));
  const ws = committeeAt(above, 0) ? above : at > 0 ? issuer.slice(at) : [];
  if (ws.length === 0) return '';
  return isAllCaps(ws.join(' ')) ? [...titleCase(ws.slice(0, 1)), ws[1].toLowerCase(), ...titleCase(ws.slice(2))].join(' ') : ws.join(' ');
}

export const ARCHIVE_RECIPIENT = 'Lưu Văn phòng';

/** Nơi nhận when the office has not listed its own: the committee's standing body when known, and the archive. */
export function defaultRecipients(doc: Pick<HeaderFields, 'bodyAbove' | 'issuer'>): string[] {
  const committee = committeeName(doc);
  return [...(committee ? [`Thường trực ${committee} (để báo cáo)`] : []), ARCHIVE_RECIPIENT];
}

/** No recipient but the archive: the office has to name whom the report goes to. */
export function recipientsNeedSetting(doc: Pick<HeaderFields, 'recipients'>): boolean {
  return doc.recipients.every((r) => /^lưu(\s|$)/i.test(normalizeText(r)));
}
