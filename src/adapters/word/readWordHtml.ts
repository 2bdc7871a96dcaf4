import type { WordBlock } from '../../core/wordReport/WordDocument';
import type { LegacyEncoding } from '../../core/text/legacyEncodings';
import { LIMITS } from '../../core/round/limits';
import { buildWordParagraph, type ParagraphShape } from './buildWordParagraph';
import type { StyledRun } from './convertLegacyRuns';
import { lookOf, type HtmlLook } from './htmlFormatting';
import { createHtmlTable, type HtmlTable } from './htmlTables';
import { formatNumber } from './numberingLabels';
import { textEncodingOf } from './sniffWordFile';
import { tokenizeHtml } from './tokenizeHtml';
import { WORD_NOTES, WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

/*
 * A web page sent as a Word report, read into the same blocks as a .docx: paragraphs from <p>,
 * <h1>–<h6>, <li>, <div> (and text between them), line breaks from <br>, bold from <b>, <strong>
 * or the style, Word's heading and title classes, tables with their spans. Numbers Word typed
 * for its lists (in <![if !supportLists]> spans) stay in the text, as typed labels.
 */

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'address', 'center', 'section', 'article', 'header', 'footer', 'caption']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base']);

/** The page's text: its byte-order mark, UTF-16 zero bytes, or its declared charset; else UTF-8. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const { encoding, skip } = textEncodingOf(bytes);
  let chosen = encoding;
  if (encoding === 'utf-8' && skip === 0) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    // "unicode" is how Word names UTF-16; with no zero bytes the page is not in it.
    if (declared && !/^(utf-?8|unicode|utf-?16\w*)$/i.test(declared)) chosen = declared.toLowerCase();
  }
  try {
    return new TextDecoder(chosen, { fatal: false }).decode(bytes.subarray(skip));
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(skip));
  }
}

interface Frame {
  name: string;
  look: HtmlLook;
}

interface OpenBlock {
  runs: StyledRun[];
  shape: ParagraphShape;
}

/** The paragraph's runs with HTML's white space collapsed (a tab kept), as a browser shows it. */
function collapseSpaces(runs: StyledRun[]): StyledRun[] {
  let lastSpace = true;
  return runs.map((run) => {
    let text = '';
    for (const ch of run.text) {
      // Word pads layouts with no-break spaces: shown as one space, like any other.
      const space = ch === ' ' || ch === '\u00a0';
      if (space && lastSpace) continue;
      text += space ? ' ' : ch;
      lastSpace = space || ch === '\n' || ch === '\t';
    }
    return { ...run, text };
  });
}

function headingShape(name: string, attributes: Record<string, string>): ParagraphShape {
  const shape: ParagraphShape = {};
  const className = (attributes['class'] ?? '').split(/\s+/)[0];
  if (/^h[1-6]$/.test(name)) shape.headingLevel = Number(name[1]);
  const heading = /^MsoHeading([1-9])$/i.exec(className);
  if (heading) shape.headingLevel = Number(heading[1]);
  if (className) shape.style = /^MsoTitle$/i.test(className) ? 'Title' : className;
  else if (shape.headingLevel) shape.style = `Heading ${shape.headingLevel}`;
  return shape;
}

export function readWordHtml(bytes: Uint8Array): WordReadResult {
  if (bytes.length === 0) return { ok: false, reason: WORD_REFUSALS.empty };
  if (bytes.length > LIMITS.file.bytes) return { ok: false, reason: WORD_REFUSALS.tooLarge(bytes.length) };
  try {
    return { ok: true, document: readHtmlText(decodeHtmlBytes(bytes)) };
  } catch (error) {
    return { ok: false, reason: WORD_REFUSALS.unexpected(error instanceof Error ? error.message : String(error)) };
  }
}

function readHtmlText(html: string) {
  const blocks: WordBlock[] = [];
  const frames: Frame[] = [];
  const tables: HtmlTable[] = [];
  const lists: { ordered: boolean; next: number; type: string }[] = [];
  const legacy = { paragraphs: 0, encodings: new Set<LegacyEncoding>() };
  let block: OpenBlock | null = null;
  const look = (): HtmlLook => frames.reduce((all, f) => ({ ...all, ...Object.fromEntries(Object.entries(f.look).filter(([, v]) => v !== undefined)) }), {} as HtmlLook);
  const flush = () => {
    if (!block) return;
    const { paragraph, encodings } = buildWordParagraph(collapseSpaces(block.runs), block.shape);
    block = null;
    if (encodings.length > 0) {
      legacy.paragraphs++;
      encodings.forEach((e) => legacy.encodings.add(e));
    }
    if (!paragraph) return;
    const table = tables[tables.length - 1];
    if (table?.inCell()) table.addText(paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text);
    else blocks.push(paragraph);
  };
  const pushRun = (text: string, now: HtmlLook) => {
    block ??= { runs: [], shape: { align: now.align } };
    block.runs.push({ text, bold: !!now.bold, italic: !!now.italic, underline: !!now.underline, caps: !!now.caps, font: now.font });
  };
  const addText = (text: string) => {
    const now = look();
    if (!now.hidden && !now.tab) pushRun(text, now);
  };
  // A new paragraph, heading or list item ends an open <p> or heading, as browsers do.
  const closeImplicitly = (name: string) => {
    if (!/^(p|h[1-6]|li|div|table)$/.test(name)) return;
    const names = frames.map((f) => f.name);
    const open = Math.max(names.lastIndexOf('p'), ...[1, 2, 3, 4, 5, 6].map((n) => names.lastIndexOf(`h${n}`)), name === 'li' ? names.lastIndexOf('li') : -1);
    const container = Math.max(names.lastIndexOf('td'), names.lastIndexOf('th'), names.lastIndexOf('ol'), names.lastIndexOf('ul'), name === 'li' ? -1 : names.lastIndexOf('li'));
    if (open >= 0 && open > container) frames.length = open;
  };
  const startBlock = (name: string, attributes: Record<string, string>, frameLook: HtmlLook) => {
    flush();
    const shape = headingShape(name, attributes);
    shape.align = frameLook.align ?? look().align;
    const list = lists[lists.length - 1];
    if (name === 'li' && list) shape.label = list.ordered ? `${formatNumber(list.next++, list.type)}.` : '-';
    block = { runs: [], shape };
  };
  tokenizeHtml(html, {
    open(name, attributes, selfClosing) {
      if (name === 'br') return addText('\n');
      if (VOID.has(name) || selfClosing) return;
      const frameLook = lookOf(name, attributes);
      closeImplicitly(name);
      if (BLOCKS.has(name)) startBlock(name, attributes, frameLook);
      else if (name === 'table') {
        flush();
        tables.push(createHtmlTable(attributes));
      } else if (name === 'ol' || name === 'ul') {
        flush();
        const type = { I: 'upperRoman', i: 'lowerRoman', A: 'upperLetter', a: 'lowerLetter' }[attributes['type'] ?? ''] ?? 'decimal';
        lists.push({ ordered: name === 'ol', next: Number(attributes['start']) || 1, type });
      } else if (tables.length > 0 && (name === 'tr' || name === 'td' || name === 'th')) {
        flush();
        tables[tables.length - 1].open(name, attributes);
      }
      const outside = look();
      if (frameLook.tab && !outside.hidden) pushRun('\t', outside);
      frames.push({ name, look: frameLook });
    },
    close(name) {
      const index = frames.map((f) => f.name).lastIndexOf(name);
      if (index < 0) return;
      frames.length = index;
      if (BLOCKS.has(name)) flush();
      else if (name === 'ol' || name === 'ul') {
        flush();
        lists.pop();
      } else if (name === 'td' || name === 'th' || name === 'tr') {
        flush();
        tables[tables.length - 1]?.close(name);
      } else if (name === 'table') {
        flush();
        const table = tables.pop();
        if (!table) return;
        const outer = tables[tables.length - 1];
        if (outer?.inCell()) outer.addText(table.rows().map((r) => r.join('\t')).join('\n'));
        else blocks.push({ kind: 'table', rows: table.rows(), borderless: table.borderless() });
      }
    },
    text(text) {
      if (block || /\S/.test(text)) addText(text.replace(/[ \t\r\n\f]+/g, ' '));
    },
  });
  flush();
  while (tables.length > 0) {
    const table = tables.pop();
    if (table) blocks.push({ kind: 'table', rows: table.rows(), borderless: table.borderless() });
  }
  const notes = legacy.paragraphs > 0 ? [WORD_NOTES.legacy(legacy.paragraphs, [...legacy.encodings].sort().join(', '))] : [];
  return { format: 'html' as const, blocks, notes };
}
