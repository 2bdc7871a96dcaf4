import { foldForMatch, normalizeParagraphs } from '../text/normalizeText';

/*
 * A unit's text cleaned of what it pasted from its own Word file, before anything is chosen from
 * it: footnote markers and footnote lines, the "Nơi nhận" and signature blocks, page numbers, the
 * section's own heading repeated as a first line, the unit's label before its text, replacement
 * characters. What is removed is kept, by kind, for the record.
 */

export type ArtifactKind = 'footnote' | 'recipients' | 'signature' | 'page-number' | 'heading' | 'self-label' | 'replacement-character';

export interface CleanedText {
  /** The text's paragraphs (lines), in order, none empty. */
  paragraphs: string[];
  removed: { kind: ArtifactKind; text: string }[];
}

export interface CleaningContext {
  sectionCode: string;
  sectionTitle: string;
  unitName?: string;
  /** First lines already folded for matching, kept by a caller cleaning many texts: headings repeat from unit to unit. */
  folded?: Map<string, string>;
}

const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const HAS_SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const BRACKET_NOTE = /(?<=\S)\s?\[\d{1,3}\]/g;
const HAS_BRACKET_NOTE = /\S\s?\[\d{1,3}\]/;
const FOOTNOTE_LINE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])\s*\S/;
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}|trang\s*\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})\.?$/i;
const RECIPIENTS = /^nơi\s+nhận\s*:?/i;
const SIGNATURE_TITLE = /^(?:T\/M|TM\.?|K\/T|KT\.?|Q\.\s|TL\.?|T\/L)\s|^(?:BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BAN THƯỜNG VỤ|ĐẢNG ỦY|THƯỜNG TRỰC)(?=\s|$)/u;
const SIGNED = /^\(?\s*(?:đã\s+ký|ký\s+tên|ký,|ký và|ký tên, đóng dấu|đóng dấu)[^)]*\)?\.?$/i;
/** A line of a recipients' list: "- Như trên;", "- Lưu VP." */
const LIST_LINE = /^[-–+•]\s*\S.{0,110}$/;
const UNIT_LIKE = /^(?:\[|\()?(?:đảng\s*ủy|đảng\s*bộ|chi\s*bộ|ban\s+thường\s+vụ|ban\s+tuyên\s+giáo|ủy\s+ban)(?=[\s\]):–-])[^:.;]{0,80}?(?:\]|\))?(?:\s*:|\s+[–-])\s+/iu;
const CODE_LABEL = /^\(?\s*[A-ZĐ]{1,6}\s*-\s*\d{1,5}\s*\)?\s*(?:,\s*)?(?:mục\s+[IVX]+(?:\.\d+)?)?\s*[:.–-]?\s*/u;
const LEADING_NUMBER = /^(?:[IVX]+(?:\.\d+)*|\d+(?:\.\d+)*|[a-zđ])[.)]\s*/iu;

/** A person's name on its own line: two to five capitalised words, no full stop. */
const isNameLine = (line: string) => /^(?:[A-ZĐÀ-Ỹ][\p{Ll}]*\s+){1,4}[A-ZĐÀ-Ỹ][\p{Ll}]*$/u.test(line) && line.length <= 40;
// Vietnamese has no casing of its own: the locale-free upper case is the same, and much cheaper.
const isCapitals = (line: string) => line.length <= 120 && !/[.;]$/.test(line) && /\p{Lu}/u.test(line) && line === line.toUpperCase();

/** `text` folded for matching, once per text kept in `memo`. */
function foldOnce(text: string, memo?: Map<string, string>): string {
  const known = memo?.get(text);
  if (known !== undefined) return known;
  const f = foldForMatch(text);
  memo?.set(text, f);
  return f;
}

const titles = new Map<string, string>();

/** The section's heading repeated as the text's first line: its words, numbered or not, in any case. */
function isOwnHeading(line: string, context: CleaningContext): boolean {
  if (line.length > context.sectionTitle.length + 40) return false;
  // A sentence of the unit's own ends with a full stop; a heading does not, unless numbered.
  if (/[.;]$/.test(line) && !LEADING_NUMBER.test(line)) return false;
  const bare = foldOnce(line.replace(LEADING_NUMBER, '').replace(/^mục\s+/i, ''), context.folded);
  // A section's title is folded once per title.
  const title = foldOnce(context.sectionTitle, titles);
  if (bare === '') return true;
  if (title === '') return false;
  if (title.startsWith(bare) || bare.startsWith(title)) return true;
  const words = bare.split(' ');
  const titleWords = new Set(title.split(' '));
  return words.length >= 4 && words.filter((w) => titleWords.has(w)).length / words.length >= 0.8;
}

/** Whether `text` holds a space then `dash`: the dash looked for, not every space. */
function spaceBefore(text: string, dash: string): boolean {
  for (let i = text.indexOf(dash); i >= 0; i = text.indexOf(dash, i + 1)) if (i > 0 && text.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** The unit's own label before its text: "Đảng ủy phường X:", "(HP-07), mục II.1". */
function stripSelfLabel(line: string, context: CleaningContext): { line: string; label?: string } {
  // Most lines carry neither: a label ends by ":" or a dash near the start, or is a code with a digit.
  const head = line.slice(0, 100);
  if (!head.includes(':') && !spaceBefore(head, '–') && !spaceBefore(head, '-') && !/^\(?\s*[A-ZĐ]{1,6}\s*-\s*\d/u.test(head)) return { line };
  const code = CODE_LABEL.exec(line);
  if (code && code[0].trim() !== '' && /\d/.test(code[0])) return { line: line.slice(code[0].length), label: code[0].trim() };
  const unit = UNIT_LIKE.exec(line);
  if (unit) {
    const named = unit[0].replace(/[\s:–\-[\]()]+$/u, '').replace(/^[[(]/, '');
    if (!context.unitName || named.split(/\s+/).length <= 8 || foldForMatch(named) === foldForMatch(context.unitName)) return { line: line.slice(unit[0].length), label: unit[0].trim() };
  }
  return { line };
}

/** Removes a "Nơi nhận" block and the signature around it: from the label to the last line of the block. */
function blockEnd(lines: string[], start: number): number {
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i];
    if (LIST_LINE.test(line) || SIGNATURE_TITLE.test(line) || SIGNED.test(line) || isNameLine(line) || isCapitals(line) || PAGE_NUMBER.test(line)) i++;
    else break;
  }
  return i;
}

const capitaliseFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export function cleanUnitText(text: string, context: CleaningContext): CleanedText {
  const removed: CleanedText['removed'] = [];
  const drop = (kind: ArtifactKind, what: string) => removed.push({ kind, text: what });
  let source = normalizeParagraphs(text);
  if (source.includes('\uFFFD')) {
    drop('replacement-character', '\uFFFD');
    // A "(�)" is only a mark; a "�" in a word stands for a lost letter, left for the sentence's reader to weigh.
    source = source.replace(/\s?\(\uFFFD+\)/g, '');
  }
  // Few texts carry footnote marks: each line is looked at only when the text has one.
  const marked = HAS_SUPERSCRIPT.test(source);
  const lines = source.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (RECIPIENTS.test(line) || (SIGNATURE_TITLE.test(line) && isCapitals(line))) {
      const end = blockEnd(lines, i);
      drop(RECIPIENTS.test(line) ? 'recipients' : 'signature', lines.slice(i, end).join('\n'));
      i = end - 1;
      continue;
    }
    if (FOOTNOTE_LINE.test(line)) {
      drop('footnote', line);
      continue;
    }
    if (PAGE_NUMBER.test(line)) {
      drop('page-number', line);
      continue;
    }
    if (kept.length === 0 && (isOwnHeading(line, context) || (isCapitals(line) && !/[.;:]$/.test(line)))) {
      drop('heading', line);
      continue;
    }
    const label = stripSelfLabel(line, context);
    if (label.label) {
      drop('self-label', label.label);
      line = capitaliseFirst(label.line.trim());
      if (line === '') continue;
    }
    if ((marked && HAS_SUPERSCRIPT.test(line)) || (line.includes('[') && HAS_BRACKET_NOTE.test(line))) {
      drop('footnote', line);
      line = line.replace(SUPERSCRIPT_DIGITS, '').replace(BRACKET_NOTE, '').replace(/\s+([,.;:])/g, '$1');
    }
    kept.push(line);
  }
  return { paragraphs: kept, removed };
}
