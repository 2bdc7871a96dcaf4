import type { ReportingPeriod } from '../period/ReportingPeriod';
import { addDays, makeIsoDate, type IsoDate } from './calendarDate';
import { splitSentences } from './splitSentences';

/** A mention of a time outside the round's period, with the sentence it is in. */
export interface StaleReference {
  mention: string;
  sentence: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/*
 * What a mention must not follow to be a time the unit reports on: a document's number or kind
 * (its date is a reference: "Kết luận số 01-KL/TW, ngày 18/5/2021"), a comparison ("so với cùng
 * kỳ năm 2025"), a span or a target ("giai đoạn 2021 - 2025", "đến năm 2030"), an anniversary.
 */
const REFERENCE_BEFORE = /(số\s*\d+[^\s,;]*|nghị quyết|kết luận|chỉ thị|quyết định|kế hoạch|hướng dẫn|thông báo|công văn|quy định|chương trình|đề án|thông tri|nghị định|thông tư|luật|văn bản|điều lệ)[^.;:]{0,40}$/i;
const CONTEXT_BEFORE = /(so với|cùng kỳ|giai đoạn|nhiệm kỳ|từ năm|từ|đến năm|đến|tới năm|tới|trước năm|kể từ|kỷ niệm|ngày thành lập|năm thứ|khóa|khoá)\s*$/i;
const SPAN_AROUND = /^\s*[-–—]\s*\d{4}/;

type Mention = { text: string; at: number; from: IsoDate; to: IsoDate };

function mentionsIn(sentence: string): Mention[] {
  const out: Mention[] = [];
  // A date needs a "/", a quarter a "ý" (in either case): looked for first, by the engine's fast search.
  for (const m of sentence.includes('/') ? sentence.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g) : []) {
    const date = makeIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) out.push({ text: m[0], at: m.index, from: date, to: date });
  }
  for (const m of sentence.includes('ý') || sentence.includes('Ý') ? sentence.matchAll(/quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm|-)\s*(\d{4})/gi) : []) {
    const q = ROMAN[m[1].toLowerCase()];
    const year = Number(m[2]);
    out.push({ text: m[0], at: m.index, from: makeIsoDate(year, q * 3 - 2, 1) ?? '', to: makeIsoDate(year, q * 3, 28) ?? '' });
  }
  for (const m of sentence.matchAll(/(6|sáu|9|chín)\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})/gi)) {
    const year = Number(m[2]);
    const months = /^(6|sáu)$/i.test(m[1]) ? 6 : 9;
    out.push({ text: m[0], at: m.index, from: makeIsoDate(year, 1, 1) ?? '', to: makeIsoDate(year, months, 28) ?? '' });
  }
  for (const m of sentence.matchAll(/năm\s+(\d{4})\b/gi)) {
    if (out.some((o) => m.index >= o.at && m.index < o.at + o.text.length)) continue;
    const year = Number(m[1]);
    out.push({ text: m[0], at: m.index, from: makeIsoDate(year, 1, 1) ?? '', to: makeIsoDate(year, 12, 31) ?? '' });
  }
  return out.filter((o) => o.from !== '' && o.to !== '').sort((a, b) => a.at - b.at);
}

/** The sentence around a position: from after the previous sentence's end to its own end (or the line's). */
function sentenceAround(text: string, at: number): { sentence: string; start: number } {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?…;]/.test(text[start - 1]) && /\s/.test(text[start] ?? ''))) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && !(/[.!?…]/.test(text[end]) && (end + 1 >= text.length || /\s/.test(text[end + 1])))) end++;
  const sentence = splitSentences(text.slice(start, Math.min(text.length, end + 1)))[0] ?? '';
  return { sentence, start };
}

// A mention needs four digits: a text without any speaks of no other year.
const ANY_YEAR = /\d{4}/;

/**
 * Dates, quarters, "6 tháng", "9 tháng" and years in a unit's text that lie wholly outside the
 * round's period (a report's own days after the period's end, up to 45, are its own): the unit
 * may have copied last year's text. References to documents, comparisons, spans and targets are
 * not counted. Each comes with its sentence, to quote to the unit. The text is scanned for
 * mentions first; only a mention's own sentence is looked at.
 */
export function findStaleReferences(text: string, period: Pick<ReportingPeriod, 'from' | 'to'>): StaleReference[] {
  return staleReferenceFinder(period)(text);
}

/** `findStaleReferences` for many texts of one period: the period's own days worked out once. */
export function staleReferenceFinder(period: Pick<ReportingPeriod, 'from' | 'to'>): (text: string) => StaleReference[] {
  const latest = addDays(period.to, 45);
  return (text) => {
    if (!ANY_YEAR.test(text)) return [];
    const out: StaleReference[] = [];
    for (const mention of mentionsIn(text)) {
      if (mention.to >= period.from && mention.from <= latest) continue;
      const { sentence, start } = sentenceAround(text, mention.at);
      // The sentence is trimmed: count the spaces before it, not a copy of the text after it.
      let lead = start;
      while (lead < mention.at && /\s/.test(text[lead])) lead++;
      const at = mention.at - lead;
      const before = sentence.slice(Math.max(0, at - 60), Math.max(0, at));
      const after = text.slice(mention.at + mention.text.length, mention.at + mention.text.length + 12);
      if (REFERENCE_BEFORE.test(before) || CONTEXT_BEFORE.test(before) || SPAN_AROUND.test(after) || /\d{4}\s*[-–—]\s*$/.test(before)) continue;
      out.push({ mention: mention.text, sentence });
    }
    return out;
  };
}
