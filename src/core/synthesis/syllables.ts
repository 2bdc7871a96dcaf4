/*
 * The syllables of a sentence as numbers, for comparing sentences of thousands of units in one
 * pass over their characters: case, NFC/NFD and the old tone placement ("hoà" = "hòa") do not
 * matter, every number is one token, and a place's name after "phường", "xã"… is one token, so
 * two units writing the same thing about their own wards compare equal.
 */

/** Base letter and tone of every precomposed character, from its canonical decomposition. */
const BASE = new Uint16Array(0x2000);
const TONE = new Uint8Array(0x2000);
const TONE_MARKS = [0x300, 0x301, 0x303, 0x309, 0x323];
for (let code = 0; code < BASE.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  const parts = lower.normalize('NFD');
  let tone = 0;
  let base = '';
  for (const ch of parts) {
    const t = TONE_MARKS.indexOf(ch.charCodeAt(0));
    if (t >= 0) tone = t + 1;
    else base += ch;
  }
  const recomposed = base.normalize('NFC');
  BASE[code] = recomposed.length === 1 ? recomposed.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
  TONE[code] = tone;
}
const IS_LETTER = new Uint8Array(0x2000);
const IS_UPPER = new Uint8Array(0x2000);
for (let code = 0; code < IS_LETTER.length; code++) {
  const c = String.fromCharCode(code);
  IS_LETTER[code] = c.toLowerCase() !== c.toUpperCase() || (code >= 0x300 && code <= 0x36f) ? 1 : 0;
  IS_UPPER[code] = c !== c.toLowerCase() ? 1 : 0;
}

export const NUMBER_TOKEN = 0x23;
export const NAME_TOKEN = 0x4e;
const PLACE_WORDS = new Set<number>();

/** The hash of one syllable's letters, tone folded apart. */
export function syllableHash(word: string): number {
  return tokenize(word).tokens[0] ?? 0;
}

export interface Tokens {
  /** One number per syllable (or per number, or per place's name). */
  tokens: number[];
}

/**
 * The tokens of a sentence. A capitalised run after a place word ("phường Lê Chân") becomes one
 * name token; the place word stays, so "phường" and "xã" still differ a little.
 */
export function tokenize(text: string): Tokens {
  const tokens: number[] = [];
  let h = 0x811c9dc5;
  let tone = 0;
  let inWord = false;
  let inNumber = false;
  let capital = false;
  let afterPlace = false;
  const endWord = () => {
    if (inNumber) {
      tokens.push(NUMBER_TOKEN);
      afterPlace = false;
    } else if (inWord) {
      const value = (Math.imul(h ^ tone, 0x01000193) >>> 0) | 0x100;
      if (afterPlace && capital) {
        if (tokens[tokens.length - 1] !== NAME_TOKEN) tokens.push(NAME_TOKEN);
      } else {
        tokens.push(value);
        afterPlace = PLACE_WORDS.has(value);
      }
    }
    h = 0x811c9dc5;
    tone = 0;
    inWord = inNumber = capital = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2000 && IS_LETTER[code] === 1) {
      if (inNumber) endWord();
      if (code >= 0x300 && code <= 0x36f) {
        const t = TONE_MARKS.indexOf(code);
        if (t >= 0) tone = t + 1;
        else h = Math.imul(h ^ code, 0x01000193);
        continue;
      }
      if (!inWord) capital = IS_UPPER[code] === 1;
      inWord = true;
      if (TONE[code] !== 0) tone = TONE[code];
      h = Math.imul(h ^ BASE[code], 0x01000193);
    } else if (code >= 0x30 && code <= 0x39) {
      if (inWord) endWord();
      inNumber = true;
    } else if (inNumber && (code === 0x2e || code === 0x2c || code === 0x25) && i + 1 < text.length && text.charCodeAt(i + 1) >= 0x30 && text.charCodeAt(i + 1) <= 0x39) {
      continue;
    } else {
      endWord();
      // A name runs over spaces only: a comma or a full stop ends it.
      if (code !== 0x20 && code !== 0x2d) afterPlace = false;
    }
  }
  endWord();
  return { tokens };
}

for (const word of ['phường', 'xã', 'quận', 'huyện', 'tỉnh', 'trấn', 'khu', 'xóm', 'thôn', 'bản', 'ấp']) PLACE_WORDS.add(syllableHash(word));

/** A well-mixed 32-bit value (the finaliser of MurmurHash3). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The distinct hashed pairs of neighbouring tokens (a one-token sentence is its token). */
export function shingles(tokens: ArrayLike<number>): Uint32Array {
  if (tokens.length < 2) return Uint32Array.from(tokens, (t) => mix(t));
  const all = new Uint32Array(tokens.length - 1);
  const n = shinglesInto(tokens, all, 0);
  return n === all.length ? all : all.slice(0, n);
}

/** The values `shingles` would return for a sentence of 2 tokens or more, written into `out` from `at`; how many. */
export function shinglesInto(tokens: ArrayLike<number>, out: Uint32Array, at: number): number {
  // Sorted in a typed array, the repeats dropped in place: no set to build and throw away.
  const end = at + tokens.length - 1;
  for (let i = 0; i + 1 < tokens.length; i++) out[at + i] = mix(Math.imul(tokens[i], 0x9e3779b1) ^ tokens[i + 1]);
  out.subarray(at, end).sort();
  let n = at;
  for (let i = at; i < end; i++) if (i === at || out[i] !== out[i - 1]) out[n++] = out[i];
  return n - at;
}

/** How many values two sorted shingle sets share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}
