import { i32, oleStreams, u16 } from './screenOleFile';

/*
 * The body text of a Word 97–2003 file read straight from its piece table, for the files
 * word-extractor stops on (it reads every paragraph's properties, and some writers' properties
 * make it throw). Only the text: the main document's characters, piece by piece, fields shown by
 * their result, in word-extractor's own layout (a paragraph a line, a cell ended by a tab, a row by
 * a tab and a line), so the rest of the reader takes it the same way.
 */

const u32 = (b: Uint8Array, at: number) => i32(b, at) >>> 0;

/** Windows-1252 for the bytes 0x80–0x9F of compressed pieces; the rest is Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The main document's text, or null when the file does not hold one we can follow. */
export function docPieceText(bytes: Uint8Array): string | null {
  const streams = oleStreams(bytes);
  const word = streams?.get('WordDocument');
  if (!word || word.length < 0x1aa || u16(word, 0) !== 0xa5ec) return null;
  const table = streams?.get(u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table');
  if (!table) return null;
  const ccpText = u32(word, 0x4c);
  const fcClx = u32(word, 0x1a2);
  const lcbClx = u32(word, 0x1a6);
  if (fcClx + lcbClx > table.length || lcbClx === 0) return null;
  // The Clx: property runs (0x01) to skip, then the piece table (0x02).
  let at = fcClx;
  while (at < fcClx + lcbClx && table[at] === 0x01) at += 3 + u16(table, at + 1);
  if (table[at] !== 0x02) return null;
  const lcb = u32(table, at + 1);
  const plc = at + 5;
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || plc + lcb > table.length) return null;
  let text = '';
  for (let i = 0; i < n && text.length < ccpText; i++) {
    const cpStart = u32(table, plc + i * 4);
    const cpEnd = u32(table, plc + (i + 1) * 4);
    const fcValue = u32(table, plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (fcValue & 0x40000000) !== 0;
    const fc = fcValue & 0x3fffffff;
    const count = Math.min(cpEnd - cpStart, ccpText - text.length);
    if (count < 0) return null;
    if (compressed) {
      const from = fc / 2;
      if (from + count > word.length) return null;
      for (let k = 0; k < count; k++) {
        const c = word[from + k];
        text += c >= 0x80 && c <= 0x9f ? CP1252[c - 0x80] : String.fromCharCode(c);
      }
    } else {
      if (fc + count * 2 > word.length) return null;
      for (let k = 0; k < count; k++) text += String.fromCharCode(u16(word, fc + k * 2));
    }
  }
  return layout(text);
}

/** Word's marks as word-extractor writes them: fields by their result, a cell's mark a tab, a row's a tab and a line, breaks as lines. */
function layout(text: string): string {
  let out = '';
  // Inside a field: its code (dropped) until the separator, then its result (kept) until its end.
  const fields: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u0013') fields.push(false);
    else if (c === '\u0014') fields[fields.length - 1] = true;
    else if (c === '\u0015') fields.pop();
    else if (fields.length > 0 && !fields[fields.length - 1]) continue;
    // A cell's mark, and a row's right after its last cell's.
    else if (c === '\u0007') out += text[i + 1] === '\u0007' ? (i++, '\t\n') : '\t';
    else if (c === '\r') out += '\n';
    else if (c === '\u000b') out += '\n';
    else if (c === '\u000c') out += '\n';
    else if (c < ' ' && c !== '\t') continue;
    else out += c;
  }
  return out;
}
