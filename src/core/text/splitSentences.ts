/*
 * Sentences and list items of a unit's text, for quoting one to the unit and for comparing texts.
 * A line is split at a full stop (or ! ? … ;) before a space and a capital; "1.234", "v.v." and
 * abbreviations such as "TP. Hà Nội" stay whole, and a list mark opening a line is dropped.
 */
const BREAK = /(?<!(?:^|[\s(])(?:TP|Tp|TT|TX|Q|P|ThS|TS|PGS|GS|Đ\/c|đ\/c)\.)(?<=[.!?…;])\s+(?=["“(]?[A-ZÀ-ỸĐ0-9])/u;
const LIST_MARK = /^\s*(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ][.)])\s+/u;

export function splitSentences(text: string): string[] {
  return sentencesOfLines(text.normalize('NFC').split(/\n+/));
}

/** The sentences of lines already NFC (a cleaned text's paragraphs). */
export function sentencesOfLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const piece of line.replace(LIST_MARK, '').split(BREAK)) {
      const sentence = piece.trim();
      if (sentence !== '') out.push(sentence);
    }
  }
  return out;
}
