/**
 * Text normalisation for the synthesis evaluator (our own, independent of src/core/text).
 * `normalize` keeps the string's length, so positions found in the normalised text are
 * positions in the original too (NFC input with single spaces, as the round writes it).
 */

// Old tone placement at a syllable's end ("hoà", "uỷ") moved to the new one ("hòa", "ủy"); "quý" stays.
const OLD_TONE = /(?<!q)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu;
const NEW_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** NFC, lower case, new tone placement, one kind of double and single quote, one kind of dash. */
export function normalizeSameLength(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(OLD_TONE, (m) => NEW_TONE[m] ?? m)
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[–—]/g, '-');
}

/** As above, and runs of white space collapsed to one space, trimmed: for matching probes and names. */
export function normalize(text: string): string {
  return normalizeSameLength(text).replace(/\s+/g, ' ').trim();
}

/** Sentences of a paragraph: split after . ! ? … followed by white space, and at line breaks. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Vietnamese digit grouping: 1234 → "1.234". */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
