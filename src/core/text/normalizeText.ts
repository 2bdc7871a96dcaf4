/** NFC, with runs of white space (including non-breaking spaces) folded to one space and trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * Whether normalizeParagraphs would change more than NFC and the ends (a "\r", a tab or a wide
 * space, two spaces, a space beside a break, three breaks); most texts have none of it. Each is
 * looked for by the engine's fast search for one character, a break's neighbours by hand.
 */
function isUntidy(nfc: string): boolean {
  if (nfc.includes('\r') || nfc.includes('\t') || nfc.includes('\u00a0') || nfc.includes('\u202f') || FIGURE_SPACE.test(nfc) || DOUBLE_SPACE.test(nfc)) return true;
  for (let i = nfc.indexOf('\n'); i >= 0; i = nfc.indexOf('\n', i + 1)) {
    const after = nfc.charCodeAt(i + 1);
    if (nfc.charCodeAt(i - 1) === 32 || after === 32 || (after === 10 && nfc.charCodeAt(i + 2) === 10)) return true;
  }
  return false;
}
// Its high byte is a space's: the one-character search would stop at every space.
const FIGURE_SPACE = /\u2007/;
const DOUBLE_SPACE = / {2}/;

/** NFC only, keeping line breaks: narrative text keeps its paragraphs. */
export function normalizeParagraphs(value: string): string {
  const nfc = value.normalize('NFC');
  // A tidy text skips the four passes below (they would return it unchanged): a report's
  // sections are read, checked and written several times over.
  if (!isUntidy(nfc)) return nfc.trim();
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
