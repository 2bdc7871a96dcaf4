import type { WordBlock, WordDocument, WordTable } from './WordDocument';

/*
 * A Word report's blocks as lines to read an outline from: each paragraph with the label it shows
 * (computed by Word or typed by the unit) taken apart from its words, and what kind of label it is.
 */

/** The kinds of label units put before headings, from the widest part to the narrowest. */
export type LabelKind = 'roman' | 'capital' | 'roman-decimal' | 'decimal-decimal' | 'decimal' | 'letter' | 'bullet';

export interface ParsedLabel {
  kind: LabelKind;
  /** The label as shown ("II.", "2.1.", "1/", "a)"). */
  text: string;
  /** Its numbers: [2] for "II.", [2, 1] for "II.1" or "2.1.", [1] for "a)". */
  numbers: number[];
}

export interface WordLine {
  /** Its place among the document's blocks. */
  index: number;
  /** The words without the label (NFC, spaces folded, trimmed). */
  text: string;
  label?: ParsedLabel;
  /** The label came from Word's numbering, not typed. */
  automatic: boolean;
  headingLevel?: number;
  bold: boolean;
  caps: boolean;
  centered: boolean;
  boldLead?: string;
  table?: WordTable;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(text: string): number | null {
  if (!/^[IVXL]{1,6}$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 40 ? total : null;
}

const LABELS: { kind: LabelKind; re: RegExp; numbers: (m: RegExpExecArray) => number[] | null }[] = [
  { kind: 'roman-decimal', re: /^([IVX]{1,5})\s*\.\s*(\d{1,2})\s*[.):/]?(?=\s|$)/u, numbers: (m) => { const r = romanValue(m[1]); return r ? [r, Number(m[2])] : null; } },
  { kind: 'decimal-decimal', re: /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?[):/]?(?=\s|$)/u, numbers: (m) => [Number(m[1]), Number(m[2]), ...(m[3] ? [Number(m[3])] : [])] },
  { kind: 'roman', re: /^(?:PHẦN\s+|Phần\s+)?([IVX]{1,5})\s*[.):/–-](?=\s|$|\p{Lu})/u, numbers: (m) => { const r = romanValue(m[1]); return r ? [r] : null; } },
  { kind: 'decimal', re: /^\(?(\d{1,2})\s*[.):/](?=\s|$|\p{L})/u, numbers: (m) => [Number(m[1])] },
  { kind: 'capital', re: /^([A-E])\s*[.)/](?=\s)/u, numbers: (m) => [m[1].charCodeAt(0) - 64] },
  { kind: 'letter', re: /^([a-zđ])\s*[.)/](?=\s)/u, numbers: (m) => [m[1] === 'đ' ? 5 : m[1].charCodeAt(0) - 96] },
  // "Một là, …", "Thứ hai, …": points counted in words, read as letters are.
  { kind: 'letter', re: /^(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là|Thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:.]/u, numbers: (m) => [COUNTED.indexOf((m[1] ?? m[2]).toLowerCase()) % 10 + 1] },
  { kind: 'bullet', re: /^(?:[-–—+•*▪●○■□✓]|\*\*?)(?=\s|\p{L})/u, numbers: () => [] },
];

const COUNTED = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhất', 'hai', 'ba', 'tư'];

/** The label opening a text, if any, and the words after it. */
export function parseLabel(text: string): { label?: ParsedLabel; rest: string } {
  for (const { kind, re, numbers } of LABELS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = numbers(m);
    if (n === null) continue;
    return { label: { kind, text: m[0].trim(), numbers: n }, rest: text.slice(m[0].length).trim() };
  }
  return { rest: text };
}

/** The bold words a paragraph opens with, as they open its text once the label is taken off; none when they do not. */
function leadOf(boldLead: string | undefined, text: string): string | undefined {
  if (!boldLead) return undefined;
  const lead = parseLabel(tidy(boldLead)).rest;
  return lead !== '' && text.startsWith(lead) ? lead : undefined;
}

const tidy = (text: string) => text.normalize('NFC').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** Every block as a line; empty paragraphs dropped. */
export function wordLines(document: WordDocument): WordLine[] {
  const out: WordLine[] = [];
  document.blocks.forEach((block: WordBlock, index) => {
    if (block.kind === 'table') {
      const laidOut = layoutParagraphs(block);
      if (laidOut) laidOut.forEach((raw) => out.push(plainLine(index, raw)));
      else out.push({ index, text: '', automatic: false, bold: false, caps: false, centered: false, table: block });
      return;
    }
    // Lines broken inside a plain paragraph ("<br>" in a page a reporting system wrote, Shift+Enter) are
    // lines of their own: a heading may be one of them. A heading or a bold paragraph broken is one line.
    const parts = !block.headingLevel && !block.bold ? tidy(block.text).split('\n').filter((t) => t.trim() !== '') : [tidy(block.text)];
    parts.forEach((raw, k) => {
      // Word gives the label alone ("a)"): read it as typed before words, so every kind is known.
      const auto = k === 0 && block.label ? parseLabel(`${tidy(block.label)} x`).label : undefined;
      if (raw === '' && !auto) return;
      const typed = auto ? { rest: raw } : parseLabel(raw);
      const text = typed.rest;
      out.push({
        index,
        text,
        label: auto ?? typed.label,
        automatic: auto !== undefined,
        headingLevel: block.headingLevel,
        bold: block.bold,
        caps: Boolean(block.caps) || typedInCapitals(text),
        centered: block.align === 'center',
        boldLead: k === 0 ? leadOf(block.boldLead, text) : undefined,
      });
    });
  });
  return out;
}

/**
 * A table that lays the body out (the whole report in one cell, or headings beside their text):
 * its paragraphs, in reading order. A table of figures or a header has no cell this long.
 */
function layoutParagraphs(table: WordTable): string[] | null {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  // Headings beside their text: each row a numbered heading, then its paragraphs.
  const beside = width === 2 && table.rows.every((r) => parseLabel(r[0] ?? '').label !== undefined && (r[1] ?? '').length >= 80);
  if (width > 2 || !(beside || table.rows.some((r) => r.some((c) => c.length >= 300)))) return null;
  // A cell merged across the row is repeated in each column it spans: read once.
  return table.rows.flatMap((r) => r.filter((c, i) => i === 0 || c !== r[i - 1]).flatMap((c) => c.split('\n'))).map(tidy).filter((t) => t !== '');
}

/** A paragraph whose look is not known (read from a layout table's cell). */
function plainLine(index: number, raw: string): WordLine {
  const { label, rest } = parseLabel(raw);
  return { index, text: rest, label, automatic: false, bold: false, caps: typedInCapitals(rest), centered: false };
}

/** Words typed in capitals ("KẾT QUẢ THỰC HIỆN"): four letters at least, none lower case. */
function typedInCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A table's cells as lines of text, for reading a header or signature laid out in one. */
export function tableTexts(table: WordTable): string[] {
  return table.rows.flatMap((row) => row.flatMap((cell) => cell.split('\n'))).map(tidy).filter((t) => t !== '');
}
