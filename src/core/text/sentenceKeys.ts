/** The sentences of a text as compared for copying: a 53-bit key each, and where it lies in the text. */
export interface SentenceKeys {
  keys: number[];
  starts: number[];
  ends: number[];
}

/** Sentences shorter than this many words say too little to tell a copy ("Không có."). */
export const MIN_WORDS = 6;

// Lower case for every letter Vietnamese uses, computed once: no per-character string calls.
const LOWER = new Uint16Array(0x2000);
for (let code = 0; code < LOWER.length; code++) LOWER[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);

// A letter has another case, or is a combining mark (a tone typed apart, NFD); digits and punctuation have neither.
const LETTER = new Uint8Array(0x2000);
for (let code = 0; code < LETTER.length; code++) {
  const c = String.fromCharCode(code);
  LETTER[code] = c.toLowerCase() !== c.toUpperCase() || (code >= 0x300 && code <= 0x36f) ? 1 : 0;
}

// Each character's class in one look-up: 1 a letter, 2 a digit, 3 a space, 0 anything else.
const CLASS = new Uint8Array(0x2000);
for (let code = 0; code < CLASS.length; code++) CLASS[code] = LETTER[code] === 1 ? 1 : code >= 0x30 && code <= 0x39 ? 2 : code === 0x20 ? 3 : 0;

const isUpper = (code: number) => code < 0x2000 && LOWER[code] !== code;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const ENDS = new Set(['.', '!', '?', '…', ';'].map((c) => c.charCodeAt(0)));

const OPENERS = new Set(['"', '“', '(', '\''].map((c) => c.charCodeAt(0)));

/** A sentence ends at a line break, or at . ! ? … ; before a space and a capital, a digit or a quote. */
function endsHere(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x0a) return true;
  if (!ENDS.has(code)) return false;
  let j = i + 1;
  if (j >= text.length) return true;
  if (text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x0a) return false;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0a)) j++;
  const next = text.charCodeAt(j);
  return j >= text.length || isUpper(next) || isDigit(next) || OPENERS.has(next);
}

/**
 * The sentences of a text keyed for comparing, in one pass over its characters: case, spacing and
 * punctuation do not matter and every number is one mark, so a sentence copied with its figures
 * changed, or pasted with other spacing, keeps its key. Thousands of units' texts in well under a
 * second.
 */
export function sentenceKeys(text: string): SentenceKeys {
  const out: SentenceKeys = { keys: [], starts: [], ends: [] };
  let h1 = 0x811c9dc5;
  let letters = 0;
  let words = 0;
  let inWord = false;
  let inNumber = false;
  let start = -1;
  const endWord = () => {
    if (!inWord && !inNumber) return;
    words++;
    h1 = Math.imul(h1 ^ 0x20, 0x01000193);
    inWord = inNumber = false;
  };
  const endSentence = (end: number) => {
    endWord();
    if (words >= MIN_WORDS && start >= 0) {
      // The hash and the count of letters: two unrelated sentences share both practically never.
      out.keys.push((h1 >>> 0) * 0x200000 + (letters & 0x1fffff));
      out.starts.push(start);
      out.ends.push(end);
    }
    h1 = 0x811c9dc5;
    letters = 0;
    words = 0;
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 0x2000 ? CLASS[code] : 0;
    if (kind === 1) {
      // The common case first: a letter, folded to lower case into the hash.
      if (inNumber) endWord();
      if (start < 0) start = i;
      inWord = true;
      letters++;
      h1 = Math.imul(h1 ^ LOWER[code], 0x01000193);
    } else if (kind === 3) {
      // A space ends a word, never a sentence.
      if (inWord || inNumber) {
        words++;
        h1 = Math.imul(h1 ^ 0x20, 0x01000193);
        inWord = inNumber = false;
      }
    } else if (kind === 2 || (inNumber && (code === 0x2e || code === 0x2c) && isDigit(text.charCodeAt(i + 1)))) {
      if (inWord) endWord();
      if (!inNumber) {
        if (start < 0) start = i;
        inNumber = true;
        h1 = Math.imul(h1 ^ 0x23, 0x01000193);
      }
    } else {
      endWord();
      if (endsHere(text, i)) endSentence(i + 1);
    }
  }
  endSentence(text.length);
  return out;
}
