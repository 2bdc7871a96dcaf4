import type { PeriodKind } from '../period/ReportingPeriod';
import type { Unit, UnitMatcher } from '../registry/UnitRegistry';
import { makeIsoDate, type IsoDate } from '../text/calendarDate';
import { romanValue, tableTexts, type WordLine } from './wordLines';

/*
 * The header and signature of a Party report as Hướng dẫn 36-HD/VPTW lays them out, read from the
 * lines before the body (in paragraphs or in a borderless table) and after it.
 */

export interface WordHeader {
  /** The issuing body as written ("ĐẢNG ỦY PHƯỜNG NGỌC HÀ"). */
  unitText?: string;
  /** Its unit in the registry; null when the registry has none of that name. */
  unit?: Unit | null;
  number?: string;
  date?: IsoDate;
  place?: string;
  period?: { kind: PeriodKind; year?: number; text: string };
  signer?: string;
}

const BODY_LINE = /^(?:ĐẢNG\s+ỦY|ĐẢNG\s+UỶ|ĐẢNG\s+BỘ|CHI\s+BỘ|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|BAN\s+TUYÊN\s+GIÁO|ĐẢNG\s+ĐOÀN|BAN\s+CÁN\s+SỰ)\s+\S/u;
const NUMBER = /(?:^|\s|:)(?:Số\s*[:.]?\s*)?(\d{1,4}\s*[-–]\s*[A-ZĐ]{1,6}\s*\/\s*[A-ZĐa-zđ0-9./-]{1,30})/u;
const DATE = /(?:^|,\s*|\s)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/** "ngày 15/6/2026", "ngày 15-6-2026", "ngày 15.6.2026". */
const DATE_DIGITS = /(?:^|,\s*|\s)ngày\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})/iu;
/** A body's name cut at the end of a line ("ĐẢNG ỦY PHƯỜNG" / "NGỌC HÀ"). */
const CUT_NAME = /\s(?:PHƯỜNG|XÃ|THỊ\s+TRẤN|QUẬN|HUYỆN|THỊ\s+XÃ|THÀNH\s+PHỐ|TỈNH)$/u;

/** The lines of the header region, a table's cells included, in reading order. */
export function headerTexts(lines: readonly WordLine[]): string[] {
  return lines.flatMap((l) => (l.table ? tableTexts(l.table) : [l.label && !l.automatic ? `${l.label.text} ${l.text}` : l.text]));
}

const QUARTER = /quý\s+(IV|III|II|I|[1-4])(?:\s*(?:\/|năm)\s*(\d{4}))?/iu;

/** The period a title names: "quý II năm 2026", "6 tháng đầu năm 2026", "9 tháng", "năm 2026". */
export function periodInTitle(title: string): WordHeader['period'] {
  const t = title.normalize('NFC');
  const q = QUARTER.exec(t);
  if (q) {
    const n = romanValue(q[1].toUpperCase()) ?? Number(q[1]);
    const year = q[2] ?? /năm\s+(\d{4})/iu.exec(t.slice(q.index))?.[1];
    return { kind: `Q${n}` as PeriodKind, year: year ? Number(year) : undefined, text: q[0] };
  }
  const months = /(6|9|sáu|chín)\s+tháng(?:\s+đầu)?\s+năm\s+(\d{4})/iu.exec(t);
  if (months) return { kind: /^(6|sáu)$/iu.test(months[1]) ? 'H1' : 'M9', year: Number(months[2]), text: months[0] };
  const year = /(?:tổng kết|báo cáo|kết quả[^.]{0,80}?)\s+năm\s+(\d{4})(?!\s*[-–])/iu.exec(t) ?? /^năm\s+(\d{4})$/iu.exec(t.trim());
  if (year) return { kind: 'Y', year: Number(year[1]), text: year[0] };
  return undefined;
}

/**
 * The issuing body: the line under the level above (the second of two). The level above is never
 * taken for the unit: a report headed "ĐẢNG ỦY PHƯỜNG NGỌC HÀ / CHI BỘ TỔ DÂN PHỐ 5" is the chi
 * bộ's, and said so when the registry lacks it.
 */
function issuingBody(texts: readonly string[], matcher?: UnitMatcher): { text?: string; unit?: Unit | null } {
  // "BCH ĐẢNG BỘ PHƯỜNG …", "BTV ĐẢNG ỦY …": the committee's abbreviations spelled out.
  const tidy = texts.map((t) => t.replace(/\s+/g, ' ').trim().replace(/^BCH\s/u, 'BAN CHẤP HÀNH ').replace(/^BTV\s/u, 'BAN THƯỜNG VỤ '));
  // A name's end on the next line has no figure and is no body, motto or number of its own ("Số 54-BC/ĐU").
  const nameEnd = (next: string | undefined) => next !== undefined && next.length <= 40 && !/\d|^\*|CỘNG\s+SẢN/u.test(next.toUpperCase()) && !BODY_LINE.test(next.toUpperCase());
  // A sentence opening the report ("Đảng ủy phường … báo cáo như sau:") names no body of the header.
  const bodies = tidy.flatMap((t, i) => (BODY_LINE.test(t.toUpperCase()) && t.length <= 90 && !/:$|\sbáo cáo\s/iu.test(t) ? [CUT_NAME.test(t.toUpperCase()) && nameEnd(tidy[i + 1]) ? `${t} ${tidy[i + 1]}` : t] : []));
  if (bodies.length === 0) return {};
  if (matcher) {
    const lowest = bodies[bodies.length - 1];
    const m = matcher.match(lowest);
    if (m.kind === 'found') return { text: lowest, unit: m.unit };
    if (bodies.length > 1) return { text: lowest, unit: null };
  }
  const issuing = bodies.find((b) => /ĐẢNG\s+U[ỶỶ]/u.test(b.toUpperCase())) ?? bodies[bodies.length - 1];
  return { text: issuing, unit: matcher ? null : undefined };
}

export function readHeader(headerLines: readonly WordLine[], tailLines: readonly WordLine[], matcher?: UnitMatcher): WordHeader {
  const texts = headerTexts(headerLines);
  const out: WordHeader = {};
  const body = issuingBody(texts, matcher);
  out.unitText = body.text;
  out.unit = body.unit;
  for (const t of texts) {
    if (!out.number) {
      const n = NUMBER.exec(t);
      if (n && /^\s*(?:Số|\d)/u.test(t.slice(0, Math.max(0, n.index) + 6))) out.number = n[1].replace(/\s+/g, '');
    }
    if (!out.date) {
      const words = DATE.exec(t);
      const digits = words ? null : DATE_DIGITS.exec(t);
      const d = words ? { index: words.index, day: words[1], month: words[2], year: words[3] } : digits ? { index: digits.index, day: digits[1], month: digits[3], year: digits[4] } : null;
      if (d) {
        out.date = makeIsoDate(Number(d.year), Number(d.month), Number(d.day)) ?? undefined;
        const place = t.slice(0, d.index).replace(/[,\s]+$/u, '').trim();
        if (place) out.place = place;
      }
    }
  }
  const titleAt = texts.findIndex((t) => /^BÁO\s+CÁO\b/u.test(t));
  const title = titleAt >= 0 ? texts.slice(titleAt, titleAt + 4).join(' ') : texts.join(' ');
  out.period = periodInTitle(title);
  out.signer = signerOf(headerTexts(tailLines));
  return out;
}

const NAME = /^(?:Đ\/c\s+)?(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4})$/u;

/** The name under the signature's title ("BÍ THƯ", "PHÓ BÍ THƯ"): the last line that is a person's name. */
function signerOf(texts: readonly string[]): string | undefined {
  const titleAt = texts.findIndex((t) => /^(?:PHÓ\s+)?BÍ\s+THƯ$|^(?:T\/M|TM\.?|K\/T|KT\.?)\s/u.test(t.trim()));
  if (titleAt < 0) return undefined;
  for (const t of texts.slice(titleAt + 1)) {
    const m = NAME.exec(t.trim());
    if (m && !/^(?:Nơi|Như|Lưu|Kính)\b/u.test(m[1])) return m[1];
  }
  return undefined;
}
