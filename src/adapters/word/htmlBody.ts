import type { WordBlock, WordDocument, WordReadNote } from '../../core/wordReport/WordDocument';
import type { LegacyEncoding } from '../../core/text/legacyEncodings';
import { buildWordParagraph, type ParagraphShape } from './buildWordParagraph';
import type { StyledRun } from './convertLegacyRuns';
import { lookOf, type HtmlLook } from './htmlFormatting';
import { createHtmlTable, type HtmlTable } from './htmlTables';
import { formatNumber } from './numberingLabels';
import { createTocFilter } from './tocLines';
import { tokenizeHtml } from './tokenizeHtml';
import { WORD_NOTES } from './wordReadMessages';

/*
 * A page's body as blocks. Word's own pages also hold what is no body text, marked in their
 * styles: footnotes and comments (mso-element lists, mso-footnote-id marks), headers and
 * footers, hidden text, the table of contents (MsoToc classes): all left out, as for a .docx.
 */

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'address', 'center', 'section', 'article', 'header', 'footer', 'caption']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base']);
const TOC_CLASS = /^MsoToc(\d|Heading)/i;
const NOTE_MARK = /mso-(footnote|endnote)-id|mso-comment-reference/i;
const NOTE_PART = /mso-element:\s*(footnote|endnote|comment|header|footer)/i;

interface Frame {
  name: string;
  look: HtmlLook;
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

class HtmlBodyReader {
  readonly blocks: WordBlock[] = [];
  private readonly frames: Frame[] = [];
  private readonly tables: HtmlTable[] = [];
  private readonly lists: { ordered: boolean; next: number; type: string }[] = [];
  private readonly legacy = { paragraphs: 0, encodings: new Set<LegacyEncoding>() };
  private readonly toc = createTocFilter();
  private notesSkipped = false;
  private block: { runs: StyledRun[]; shape: ParagraphShape } | null = null;

  private look(): HtmlLook {
    const all: HtmlLook = {};
    for (const frame of this.frames) for (const [key, value] of Object.entries(frame.look)) if (value !== undefined) (all as Record<string, unknown>)[key] = value;
    return all;
  }

  private hidden(): boolean {
    return this.frames.some((f) => f.look.hidden);
  }

  private flush(): void {
    const block = this.block;
    if (!block) return;
    this.block = null;
    const { paragraph, encodings } = buildWordParagraph(collapseSpaces(block.runs), block.shape);
    if (encodings.length > 0) {
      this.legacy.paragraphs++;
      encodings.forEach((e) => this.legacy.encodings.add(e));
    }
    if (!paragraph || !this.toc.keep(paragraph.text)) return;
    const table = this.tables[this.tables.length - 1];
    if (table?.inCell()) table.addText(paragraph.label ? `${paragraph.label} ${paragraph.text}` : paragraph.text);
    else this.blocks.push(paragraph);
  }

  private pushRun(text: string, now: HtmlLook): void {
    this.block ??= { runs: [], shape: { align: now.align } };
    this.block.runs.push({ text, bold: !!now.bold, italic: !!now.italic, underline: !!now.underline, caps: !!now.caps, font: now.font });
  }

  private addText(text: string): void {
    const now = this.look();
    if (!now.hidden && !now.tab) this.pushRun(text, now);
  }

  /** A new paragraph, heading or list item ends an open <p> or heading, as browsers do. */
  private closeImplicitly(name: string): void {
    if (!/^(p|h[1-6]|li|div|table)$/.test(name)) return;
    const names = this.frames.map((f) => f.name);
    const open = Math.max(names.lastIndexOf('p'), ...[1, 2, 3, 4, 5, 6].map((n) => names.lastIndexOf(`h${n}`)), name === 'li' ? names.lastIndexOf('li') : -1);
    const container = Math.max(names.lastIndexOf('td'), names.lastIndexOf('th'), names.lastIndexOf('ol'), names.lastIndexOf('ul'), name === 'li' ? -1 : names.lastIndexOf('li'));
    if (open >= 0 && open > container) this.frames.length = open;
  }

  private startBlock(name: string, attributes: Record<string, string>, frameLook: HtmlLook): void {
    this.flush();
    const shape = headingShape(name, attributes);
    shape.align = frameLook.align ?? this.look().align;
    const list = this.lists[this.lists.length - 1];
    if (name === 'li' && list) shape.label = list.ordered ? `${formatNumber(list.next++, list.type)}.` : '-';
    this.block = { runs: [], shape };
  }

  /** What Word marks as no body text: a footnote's mark or list, a comment, a header, a table of contents line. */
  private lookWithParts(name: string, attributes: Record<string, string>): HtmlLook {
    const look = lookOf(name, attributes);
    const style = attributes['style'] ?? '';
    if (NOTE_MARK.test(style) || NOTE_PART.test(style)) {
      this.notesSkipped ||= /footnote|endnote/i.test(style);
      look.hidden = true;
    }
    if (TOC_CLASS.test(attributes['class'] ?? '')) {
      this.toc.mark();
      look.hidden = true;
    }
    return look;
  }

  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    if (name === 'br') return this.addText('\n');
    if (VOID.has(name) || selfClosing) return;
    const frameLook = this.lookWithParts(name, attributes);
    this.closeImplicitly(name);
    if (this.hidden() || frameLook.hidden) {
      if (BLOCKS.has(name)) this.flush();
      this.frames.push({ name, look: { ...frameLook, hidden: true } });
      return;
    }
    if (BLOCKS.has(name)) this.startBlock(name, attributes, frameLook);
    else if (name === 'table') {
      this.flush();
      this.tables.push(createHtmlTable(attributes));
    } else if (name === 'ol' || name === 'ul') {
      this.flush();
      const type = { I: 'upperRoman', i: 'lowerRoman', A: 'upperLetter', a: 'lowerLetter' }[attributes['type'] ?? ''] ?? 'decimal';
      this.lists.push({ ordered: name === 'ol', next: Number(attributes['start']) || 1, type });
    } else if (this.tables.length > 0 && (name === 'tr' || name === 'td' || name === 'th')) {
      this.flush();
      this.tables[this.tables.length - 1].open(name, attributes);
    }
    if (frameLook.tab) this.pushRun('\t', this.look());
    this.frames.push({ name, look: frameLook });
  }

  close(name: string): void {
    const index = this.frames.map((f) => f.name).lastIndexOf(name);
    if (index < 0) return;
    const wasHidden = this.frames[index].look.hidden;
    this.frames.length = index;
    if (wasHidden) return;
    if (BLOCKS.has(name)) this.flush();
    else if (name === 'ol' || name === 'ul') {
      this.flush();
      this.lists.pop();
    } else if (name === 'td' || name === 'th' || name === 'tr') {
      this.flush();
      this.tables[this.tables.length - 1]?.close(name);
    } else if (name === 'table') this.closeTable();
  }

  private closeTable(): void {
    this.flush();
    const table = this.tables.pop();
    if (!table) return;
    const outer = this.tables[this.tables.length - 1];
    if (outer?.inCell()) outer.addText(table.rows().map((r) => r.join('\t')).join('\n'));
    else this.blocks.push({ kind: 'table', rows: table.rows(), borderless: table.borderless() });
  }

  text(text: string): void {
    if (this.block || /\S/.test(text)) this.addText(text.replace(/[ \t\r\n\f]+/g, ' '));
  }

  finish(): WordReadNote[] {
    this.flush();
    while (this.tables.length > 0) this.closeTable();
    const notes: WordReadNote[] = [];
    if (this.legacy.paragraphs > 0) notes.push(WORD_NOTES.legacy(this.legacy.paragraphs, [...this.legacy.encodings].sort().join(', ')));
    if (this.toc.seen()) notes.push(WORD_NOTES.toc);
    if (this.notesSkipped) notes.push(WORD_NOTES.footnotes);
    return notes;
  }
}

export function readHtmlBody(html: string): WordDocument {
  const reader = new HtmlBodyReader();
  tokenizeHtml(html, { open: (n, a, s) => reader.open(n, a, s), close: (n) => reader.close(n), text: (t) => reader.text(t) });
  const notes = reader.finish();
  return { format: 'html', blocks: reader.blocks, notes };
}
