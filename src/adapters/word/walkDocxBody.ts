import type { SaxesTagPlain } from 'saxes';
import type { WordBlock, WordParagraph } from '../../core/wordReport/WordDocument';
import { localName, parseXml } from '../xlsxFast/parseXml';
import { attr, readParaProp, readRunProp, type ParaProps, type RunProps } from './ooxmlProps';
import { createTableBuilder, type TableBuilder } from './docxTables';
import { symbolText } from './numberingLabels';

/*
 * document.xml as Word shows it, in one pass of a strict parser: what is deleted, moved away,
 * hidden in a field's instruction, a table of contents or a fallback picture is skipped whole;
 * inserted and moved-in text, hyperlinks, smart tags, content controls and simple fields are
 * kept. Paragraphs are handed to `resolve` as they end, in document order (numbering counts).
 */

export interface RawRun {
  text: string;
  props: RunProps;
}

export interface RawParagraph {
  runs: RawRun[];
  props: ParaProps;
  /** The paragraph mark itself is a deletion: with its text gone, the paragraph is gone. */
  markDeleted: boolean;
  /** Inside a table of contents field: its text hidden, the lines after it looked at. */
  inToc: boolean;
}

export interface BodyWalk {
  blocks: WordBlock[];
  trackedChanges: boolean;
  footnotes: boolean;
  toc: boolean;
  textboxes: boolean;
}

export interface BodyHandlers {
  /** The paragraph as the core reads it (styles, numbering, legacy text), or null to leave it out. */
  resolve(paragraph: RawParagraph): WordParagraph | null;
  /** Whether a table draws no lines, from its style, its own borders and its cells'. */
  borderless(style: string | undefined, sides: Record<string, boolean>, cellBorders: boolean): boolean;
  /** A table of contents was skipped here (a field, a content control or a simple field). */
  onToc(): void;
  /** Called every few thousand elements: throws when the file has taken too long. */
  tick?: () => void;
}

/** Elements whose whole content Word does not show in the body, or shows elsewhere. */
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'delInstrText', 'rPrChange', 'pPrChange', 'tblPrChange', 'tcPrChange', 'trPrChange', 'sectPrChange', 'numberingChange', 'tblGridChange', 'Fallback', 'txBody', 'sectPr', 'commentReference']);
/** Fields whose result is no body text: a table of contents, page numbers. */
const HIDDEN_FIELD = /^\s*(TOC|PAGE|NUMPAGES|SECTIONPAGES)\b/i;

interface OpenParagraph extends RawParagraph {
  run: (RawRun & { footnote: boolean }) | null;
  tableDepth: number;
}

interface Field {
  instr: string;
  result: boolean;
  hidden: boolean;
}

class BodyWalker {
  readonly walk: BodyWalk = { blocks: [], trackedChanges: false, footnotes: false, toc: false, textboxes: false };
  private readonly stack: string[] = [];
  private readonly paragraphs: OpenParagraph[] = [];
  private readonly fields: Field[] = [];
  private readonly sdts: boolean[] = [];
  private readonly tables: TableBuilder[] = [];
  private skipFrom = -1;
  private opened = 0;

  constructor(private readonly handlers: BodyHandlers) {}

  private paragraph(): OpenParagraph | undefined {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  private inTocField(): boolean {
    return this.fields.some((f) => /^\s*TOC\b/i.test(f.instr));
  }

  private append(text: string): void {
    const run = this.paragraph()?.run;
    if (run && this.fields.every((f) => f.result && !f.hidden)) run.text += text;
  }

  private skip(why?: 'toc' | 'tracked'): void {
    this.skipFrom = this.stack.length - 1;
    if (why === 'toc') {
      this.walk.toc = true;
      this.handlers.onToc();
    }
    if (why === 'tracked') this.walk.trackedChanges = true;
  }

  private openField(tag: SaxesTagPlain): void {
    const type = attr(tag, 'fldCharType');
    if (type === 'begin') this.fields.push({ instr: '', result: false, hidden: false });
    const field = this.fields[this.fields.length - 1];
    if (!field) return;
    if (type === 'separate') {
      field.result = true;
      field.hidden = HIDDEN_FIELD.test(field.instr);
      if (/^\s*TOC\b/i.test(field.instr)) this.walk.toc = true;
    } else if (type === 'end') this.fields.pop();
  }

  private openInParagraph(name: string, parent: string, tag: SaxesTagPlain, p: OpenParagraph): void {
    const stack = this.stack;
    if (stack.includes('pPr') && parent !== 'rPr') {
      if (name === 'pStyle' || name === 'jc' || name === 'outlineLvl' || parent === 'numPr') readParaProp(name, parent, tag, p.props);
      return;
    }
    if (parent === 'rPr') {
      if (stack[stack.length - 3] === 'pPr') {
        if (name === 'del' || name === 'moveFrom') p.markDeleted = true;
      } else if (p.run) readRunProp(name, tag, p.run.props);
      return;
    }
    if (name === 'r') p.run = { text: '', props: {}, footnote: false };
    else if (name === 'br' || name === 'cr') this.append('\n');
    else if ((name === 'tab' || name === 'ptab') && parent === 'r') this.append('\t');
    else if (name === 'noBreakHyphen') this.append('-');
    else if (name === 'sym') this.append(symbolText(String.fromCharCode(parseInt(attr(tag, 'char') ?? '', 16) || 0x20)));
    else if (name === 'footnoteReference' || name === 'endnoteReference') {
      this.walk.footnotes = true;
      if (p.run) p.run.footnote = true;
    }
  }

  open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const parent = this.stack[this.stack.length - 1] ?? '';
    this.stack.push(name);
    if (this.skipFrom >= 0) return;
    if (++this.opened % 4096 === 0) this.handlers.tick?.();
    const tables = this.tables;
    if (SKIPPED.has(name)) this.skip(name === 'del' || name === 'moveFrom' ? 'tracked' : undefined);
    else if (name === 'ins' || name === 'moveTo') this.walk.trackedChanges ||= parent !== 'rPr';
    else if (name === 'fldChar') this.openField(tag);
    else if (name === 'fldSimple' && HIDDEN_FIELD.test(attr(tag, 'instr') ?? '')) this.skip(/^\s*TOC\b/i.test(attr(tag, 'instr') ?? '') ? 'toc' : undefined);
    else if (name === 'sdt') this.sdts.push(false);
    else if (name === 'docPartGallery' && /table of contents/i.test(attr(tag, 'val') ?? '')) this.sdts[this.sdts.length - 1] = true;
    else if (name === 'sdtContent' && this.sdts[this.sdts.length - 1]) this.skip('toc');
    else if (name === 'p') {
      this.paragraphs.push({ runs: [], props: {}, markDeleted: false, inToc: this.inTocField(), run: null, tableDepth: tables.length });
      if (this.paragraphs.length > 1) this.walk.textboxes = true;
    } else if (name === 'tbl') tables.push(createTableBuilder());
    else if (tables.length > 0 && tables[tables.length - 1].open(name, parent, tag)) return;
    else {
      const p = this.paragraph();
      if (p) this.openInParagraph(name, parent, tag, p);
    }
  }

  private closeParagraph(): void {
    const p = this.paragraphs.pop();
    if (!p) return;
    p.inToc ||= this.inTocField();
    const resolved = this.handlers.resolve(p);
    const table = this.tables[this.tables.length - 1];
    if (table && p.tableDepth === this.tables.length && table.inCell()) table.addText(resolved ? (resolved.label ? `${resolved.label} ${resolved.text}` : resolved.text) : '');
    else if (resolved) this.walk.blocks.push(resolved);
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.rows();
    const outer = this.tables[this.tables.length - 1];
    if (outer?.inCell()) outer.addText(rows.map((r) => r.join('\t')).join('\n'));
    else this.walk.blocks.push({ kind: 'table', rows, borderless: this.handlers.borderless(table.style, table.sides, table.cellBorders) });
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skipFrom >= 0) {
      if (this.stack.length === this.skipFrom) this.skipFrom = -1;
      return;
    }
    if (name === 'r') {
      const p = this.paragraph();
      if (p?.run && !p.run.footnote && p.run.text) p.runs.push({ text: p.run.text, props: p.run.props });
      if (p) p.run = null;
    } else if (name === 'p') this.closeParagraph();
    else if (name === 'sdt') this.sdts.pop();
    else if (name === 'tbl') this.closeTable();
    else this.tables[this.tables.length - 1]?.close(name);
  }

  text(text: string): void {
    if (this.skipFrom >= 0) return;
    const top = this.stack[this.stack.length - 1];
    if (top === 't') this.append(text);
    else if (top === 'instrText' && this.fields.length > 0) this.fields[this.fields.length - 1].instr += text;
  }
}

export function walkDocxBody(bytes: Uint8Array, handlers: BodyHandlers): BodyWalk {
  const walker = new BodyWalker(handlers);
  parseXml(bytes, { open: (tag) => walker.open(tag), close: (name) => walker.close(name), text: (text) => walker.text(text) });
  return walker.walk;
}
