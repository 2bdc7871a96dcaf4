import { HandOver, UTF8, decodeOoxmlEscapes, localName, parseXml } from './parseXml';

/**
 * Where each entry starts, found by scanning the bytes (tags are ASCII, and UTF-8 never puts
 * "<" inside a character): the text itself is decoded only for the entries wanted. The scan
 * stops once the entry after the last one wanted is found: the lists past it are not scanned.
 */
function findEntryStarts(bytes: Uint8Array, open: Uint8Array, highest: number): number[] {
  const [first, second] = [open[0], open[1]];
  const starts: number[] = [];
  const last = bytes.length - open.length;
  for (let at = bytes.indexOf(first); at >= 0 && at < last && starts.length <= highest + 1; at = bytes.indexOf(first, at + 1)) {
    if (bytes[at + 1] !== second) continue;
    let k = 2;
    while (k < open.length && bytes[at + k] === open[k]) k++;
    if (k < open.length) continue;
    const next = bytes[at + open.length];
    // "<si>", "<si/>", "<si …>": not "<sister>".
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) starts.push(at);
  }
  return starts;
}

/** The texts of the given `<si>` entries, in order, parsed together in one pass inside a root of their own. */
function parseEntries(pieces: string[], order: number[]): Map<number, string> {
  const found = new Map<number, string>();
  let text = '';
  let inText = 0;
  let inPhonetic = false;
  let depth = 0;
  let entry = 0;
  parseXml(`<root>${pieces.join('')}</root>`, {
    open(tag) {
      depth++;
      const name = localName(tag.name);
      if (name === 't') inText++;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(t) {
      if (inText > 0 && !inPhonetic) text += t;
    },
    close(name) {
      depth--;
      if (name === 't') inText--;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && depth === 1) {
        found.set(order[entry++], decodeOoxmlEscapes(text));
        text = '';
      }
    },
  });
  if (entry !== order.length) throw new HandOver('shared strings that do not read');
  return found;
}

/**
 * The shared strings the input sheets point to, and only those: the part is scanned for where
 * each entry starts (tags cannot appear inside text, which escapes "<"), and just the wanted
 * entries are parsed. Rich text runs are joined; phonetic runs are left out, as SheetJS does.
 */
export function readSharedStrings(bytes: Uint8Array, wanted: ReadonlySet<number>): Map<number, string> {
  const head = UTF8.decode(bytes.subarray(0, 1024));
  if (/<!DOCTYPE/i.test(head)) throw new HandOver('XML with a DOCTYPE');
  const root = /<([A-Za-z_][\w.-]*:)?sst[\s>/]/.exec(head);
  if (!root) throw new HandOver('shared strings without their root');
  const open = new TextEncoder().encode(`<${root[1] ?? ''}si`);
  let highest = 0;
  for (const index of wanted) highest = Math.max(highest, index);
  const starts = findEntryStarts(bytes, open, highest);
  const end = bytes.lastIndexOf(0x3c);
  const order = [...wanted].sort((a, b) => a - b);
  const pieces = order.map((index) => {
    if (index >= starts.length) throw new HandOver('a shared string index past the list');
    return UTF8.decode(bytes.subarray(starts[index], index + 1 < starts.length ? starts[index + 1] : end));
  });
  return parseEntries(pieces, order);
}
