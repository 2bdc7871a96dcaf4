/*
 * Sentences and list items of a unit's text, for quoting one to the unit and for comparing texts.
 * A line is split at a full stop (or ! ? … ;) before a space and a capital; "1.234", "v.v." and
 * abbreviations such as "TP. Hà Nội" stay whole, and a list mark opening a line is dropped.
 * The rule, as a regular expression (the test holds the scanner to it):
 *   /(?<!(?:^|[\s(])(?:TP|Tp|TT|TX|Q|P|ThS|TS|PGS|GS|Đ\/c|đ\/c)\.)(?<=[.!?…;])\s+(?=["“(]?[A-ZÀ-ỸĐ0-9])/u
 * Thousands of units' texts pass through here: one scan of the characters, no backtracking.
 */
const LIST_MARK = /^\s*(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ][.)])\s+/u;
const ABBREVIATIONS = ['TP', 'Tp', 'TT', 'TX', 'Q', 'P', 'ThS', 'TS', 'PGS', 'GS', 'Đ/c', 'đ/c'];
const WHITE = /\s/u;

const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(String.fromCharCode(c)));
/** A capital, a digit, or any letter of the range À–Ỹ (as the rule has always read). */
const opens = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1ef8);

/** The letters abbreviations end with: a stop after any other is no abbreviation's. */
const ABBREVIATION_ENDS = new Set(ABBREVIATIONS.map((a) => a.charCodeAt(a.length - 1)));

/** "TP." ending at the stop at `stop`, as a word of its own. */
function abbreviationAt(line: string, stop: number): boolean {
  if (!ABBREVIATION_ENDS.has(line.charCodeAt(stop - 1))) return false;
  for (const a of ABBREVIATIONS) {
    const from = stop - a.length;
    if (from < 0 || !line.startsWith(a, from)) continue;
    if (from === 0) return true;
    const before = line.charCodeAt(from - 1);
    if (before === 40 || isSpace(before)) return true;
  }
  return false;
}

function pushPiece(out: string[], piece: string) {
  const sentence = piece.trim();
  if (sentence !== '') out.push(sentence);
}

/** Where a stop meets a space: the only places a line may split (found by the regex engine's fast scan). */
const STOP = /[.!?…;]\s/gu;

function splitLine(line: string, out: string[]) {
  const n = line.length;
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(line); m !== null; m = STOP.exec(line)) {
    const i = m.index;
    const c = line.charCodeAt(i);
    let j = i + 1;
    while (j < n && isSpace(line.charCodeAt(j))) j++;
    if (j >= n) continue;
    const q = line.charCodeAt(j);
    const k = q === 34 || q === 0x201c || q === 40 ? j + 1 : j;
    if (k >= n || !opens(line.charCodeAt(k))) continue;
    if (c === 46 && abbreviationAt(line, i)) continue;
    pushPiece(out, line.slice(start, i + 1));
    start = j;
    STOP.lastIndex = j;
  }
  pushPiece(out, line.slice(start));
}

export function splitSentences(text: string): string[] {
  return sentencesOfLines(text.normalize('NFC').split(/\n+/));
}

/** The sentences of lines already NFC (a cleaned text's paragraphs). */
export function sentencesOfLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) splitLine(line.replace(LIST_MARK, ''), out);
  return out;
}
