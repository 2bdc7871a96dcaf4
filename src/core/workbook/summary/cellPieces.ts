import { LIMITS } from '../../round/limits';

/*
 * A unit's text on "Nội dung" is never cut: one longer than an Excel cell holds goes on over the
 * rows below it, each marked as the text's continuation, and is joined back exactly on reading
 * (`tonghop bao-cao` rebuilds the compilation of the units' texts from it).
 */

/** How far back from a cell's limit a piece may end at a line or a word, to read well in Excel. */
const BREAK_WINDOW = 2_000;

/**
 * The text in pieces each within Excel's characters per cell, their concatenation the text
 * itself; a piece ends after a line break or a space when one is near the limit, and never
 * between the halves of a surrogate pair.
 */
export function splitCellText(text: string, max: number = LIMITS.excel.cellCharacters): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at + max - Math.min(BREAK_WINDOW, max >> 1), at + max);
    const line = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    let end = at + max - window.length + (line >= 0 ? line + 1 : space >= 0 ? space + 1 : window.length);
    if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The unit's cell on a continuation row: "Đảng ủy xã A (tiếp theo, phần 2/3)". */
export function continuationLabel(unitName: string, part: number, parts: number): string {
  return `${unitName} (tiếp theo, phần ${part}/${parts})`;
}

const CONTINUATION = /^(.*) \(tiếp theo, phần \d+\/\d+\)$/s;

/** The unit a continuation row goes on, or null for a row of its own. */
export function continuedUnit(label: string): string | null {
  return CONTINUATION.exec(label)?.[1] ?? null;
}
