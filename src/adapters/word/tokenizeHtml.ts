/*
 * A small tolerant HTML tokenizer for web pages sent as Word reports (Word's "Web Page" saves and
 * reporting systems' exports): tags with their attributes, text with entities decoded. Comments
 * (Word's <!--[if …]> blocks among them), declarations and the content of <head>, <style>,
 * <script> and Word's <xml> islands are skipped; the markers of Word's downlevel-revealed blocks
 * (<![if !supportLists]> … <![endif]>) are dropped and what they hold kept, as browsers show it.
 */

export interface HtmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', bull: '•', middot: '·', copy: '©', reg: '®', deg: '°', plusmn: '±', times: '×',
  divide: '÷', laquo: '«', raquo: '»', para: '¶', sect: '§', euro: '€', trade: '™', shy: '\u00ad', ensp: ' ', emsp: ' ', thinsp: ' ',
  zwnj: '\u200c', zwj: '\u200d', rarr: '→', larr: '←', rArr: '⇒', minus: '−', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡',
  cent: '¢', pound: '£', yen: '¥', curren: '¤', brvbar: '¦', uml: '¨', ordf: 'ª', not: '¬', macr: '¯', sup1: '¹', sup2: '²', sup3: '³',
  acute: '´', micro: 'µ', cedil: '¸', ordm: 'º', iquest: '¿', szlig: 'ß', ETH: 'Ð', eth: 'ð', THORN: 'Þ', thorn: 'þ', yuml: 'ÿ',
  AElig: 'Æ', aelig: 'æ', Oslash: 'Ø', oslash: 'ø', Aring: 'Å', aring: 'å', Ccedil: 'Ç', ccedil: 'ç', Ntilde: 'Ñ', ntilde: 'ñ',
};
// The accented Latin-1 letters by their entity names (agrave, Eacute, ocirc…).
const ACCENTS: [string, string, string][] = [
  ['grave', 'AEIOU', 'ÀÈÌÒÙ'], ['acute', 'AEIOUY', 'ÁÉÍÓÚÝ'], ['circ', 'AEIOU', 'ÂÊÎÔÛ'], ['tilde', 'AO', 'ÃÕ'], ['uml', 'AEIOU', 'ÄËÏÖÜ'],
];
for (const [mark, bases, letters] of ACCENTS) {
  [...bases].forEach((base, i) => {
    NAMED[`${base}${mark}`] = letters[i];
    NAMED[`${base.toLowerCase()}${mark}`] = letters[i].toLowerCase();
  });
}

/** Named and numeric character references decoded; an unknown name stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attributes[m[1].toLowerCase()] ??= decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attributes;
}

/** Elements whose content is never shown; where their content ends. */
const RAW: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, xml: /<\/xml\s*>/gi, head: /<\/head\s*>|<body[\s>]/gi, title: /<\/title\s*>/gi, template: /<\/template\s*>/gi };

/** Index just past the next match of `pattern` from `from` (or the end); `keep` leaves the match itself to be read. */
function skipPast(html: string, pattern: RegExp, from: number, keep = false): number {
  pattern.lastIndex = from;
  const m = pattern.exec(html);
  if (!m) return html.length;
  return keep && m[0][1] !== '/' ? m.index : m.index + m[0].length;
}

export function tokenizeHtml(html: string, handlers: HtmlHandlers): void {
  let at = 0;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      handlers.text(decodeEntities(html.slice(at)));
      break;
    }
    if (lt > at) handlers.text(decodeEntities(html.slice(at, lt)));
    at = lt;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end < 0 ? length : end + 3;
      continue;
    }
    const next = html[at + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', at);
      at = end < 0 ? length : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameMatch = /^[A-Za-z][A-Za-z0-9:_-]*/.exec(html.slice(at + (closing ? 2 : 1), at + (closing ? 2 : 1) + 64));
    if (!nameMatch) {
      handlers.text('<');
      at++;
      continue;
    }
    const end = html.indexOf('>', at);
    if (end < 0) break;
    const name = nameMatch[0].toLowerCase();
    const inside = html.slice(at + 1 + (closing ? 1 : 0) + nameMatch[0].length, end);
    at = end + 1;
    if (closing) {
      handlers.close(name);
      continue;
    }
    const raw = RAW[name];
    if (raw) {
      at = skipPast(html, raw, at, name === 'head');
      continue;
    }
    handlers.open(name, parseAttributes(inside), inside.trimEnd().endsWith('/'));
  }
}
