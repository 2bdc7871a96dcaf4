/** NFC, with runs of white space (including non-breaking spaces) folded to one space and trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** What normalizeParagraphs would change besides NFC and the ends; most texts have none of it. */
const PARAGRAPH_UNTIDY = /\r|[\t\u00a0\u2007\u202f]| {2}| \n|\n |\n{3}/;

/** NFC only, keeping line breaks: narrative text keeps its paragraphs. */
export function normalizeParagraphs(value: string): string {
  const nfc = value.normalize('NFC');
  // A tidy text skips the four passes below (they would return it unchanged): a report's
  // sections are read, checked and written several times over.
  if (!PARAGRAPH_UNTIDY.test(nfc)) return nfc.trim();
  return nfc
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u2007\u202f]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Combining marks that carry the tone; vowel marks (circumflex, breve, horn) stay on their letter.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A key for comparing Vietnamese names: case, NFC/NFD, spacing and tone placement do not
 * matter ("hoà" = "hòa", "Uỷ" = "Ủy"), but the tone itself does ("Hòa" ≠ "Hoa").
 */
export function foldForMatch(value: string): string {
  const words = value
    .normalize('NFD')
    .toLowerCase()
    .replace(/[.,;:()"'“”‘’\-–—/]+/g, ' ')
    .split(/[\s\u00a0]+/)
    .filter((w) => w.length > 0);
  return words
    .map((word) => {
      const tones = word.match(TONE_MARKS) ?? [];
      return word.replace(TONE_MARKS, '') + tones.join('');
    })
    .join(' ')
    .normalize('NFC');
}
