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

export function walkDocxBody(bytes: Uint8Array, handlers: BodyHandlers): BodyWalk {
  const walk: BodyWalk = { blocks: [], trackedChanges: false, footnotes: false, toc: false, textboxes: false };
  const stack: string[] = [];
  const paragraphs: OpenParagraph[] = [];
  const fields: Field[] = [];
  const sdts: boolean[] = [];
  const tables: TableBuilder[] = [];
  let skipFrom = -1;
  let opened = 0;
  const paragraph = () => paragraphs[paragraphs.length - 1] as OpenParagraph | undefined;
  const inTocField = () => fields.some((f) => /^\s*TOC\b/i.test(f.instr));
  const visible = () => fields.every((f) => f.result && !f.hidden);
  const append = (text: string) => {
    const run = paragraph()?.run;
    if (run && visible()) run.text += text;
  };
  const skip = (why?: 'toc' | 'tracked') => {
    skipFrom = stack.length - 1;
    if (why === 'toc') {
      walk.toc = true;
      handlers.onToc();
    }
    if (why === 'tracked') walk.trackedChanges = true;
  };

  function openField(name: string, tag: SaxesTagPlain) {
    const type = attr(tag, 'fldCharType');
    if (type === 'begin') fields.push({ instr: '', result: false, hidden: false });
    const field = fields[fields.length - 1];
    if (!field) return;
    if (type === 'separate') {
      field.result = true;
      field.hidden = HIDDEN_FIELD.test(field.instr);
      if (/^\s*TOC\b/i.test(field.instr)) walk.toc = true;
    } else if (type === 'end') fields.pop();
    void name;
  }

  function openInParagraph(name: string, parent: string, tag: SaxesTagPlain, p: OpenParagraph) {
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
    else if (name === 'br' || name === 'cr') append('\n');
    else if ((name === 'tab' || name === 'ptab') && parent === 'r') append('\t');
    else if (name === 'noBreakHyphen') append('-');
    else if (name === 'sym') append(symbolText(String.fromCharCode(parseInt(attr(tag, 'char') ?? '', 16) || 0x20)));
    else if (name === 'footnoteReference' || name === 'endnoteReference') {
      walk.footnotes = true;
      if (p.run) p.run.footnote = true;
    }
  }

  function open(tag: SaxesTagPlain) {
    const name = localName(tag.name);
    const parent = stack[stack.length - 1] ?? '';
    stack.push(name);
    if (skipFrom >= 0) return;
    if (++opened % 4096 === 0) handlers.tick?.();
    if (SKIPPED.has(name)) return skip(name === 'del' || name === 'moveFrom' ? 'tracked' : undefined);
    if (name === 'ins' || name === 'moveTo') walk.trackedChanges ||= parent !== 'rPr';
    else if (name === 'fldChar') openField(name, tag);
    else if (name === 'fldSimple' && HIDDEN_FIELD.test(attr(tag, 'instr') ?? '')) skip(/^\s*TOC\b/i.test(attr(tag, 'instr') ?? '') ? 'toc' : undefined);
    else if (name === 'sdt') sdts.push(false);
    else if (name === 'docPartGallery' && /table of contents/i.test(attr(tag, 'val') ?? '')) sdts[sdts.length - 1] = true;
    else if (name === 'sdtContent' && sdts[sdts.length - 1]) skip('toc');
    else if (name === 'p') {
      paragraphs.push({ runs: [], props: {}, markDeleted: false, inToc: inTocField(), run: null, tableDepth: tables.length });
      if (paragraphs.length > 1) walk.textboxes = true;
    } else if (name === 'tbl') tables.push(createTableBuilder());
    else if (tables.length > 0 && tables[tables.length - 1].open(name, parent, tag)) return;
    else {
      const p = paragraph();
      if (p) openInParagraph(name, parent, tag, p);
    }
  }

  function closeParagraph() {
    const p = paragraphs.pop();
    if (!p) return;
    p.inToc ||= inTocField();
    const resolved = handlers.resolve(p);
    const table = tables[tables.length - 1];
    if (table && p.tableDepth === tables.length && table.inCell()) table.addText(resolved ? (resolved.label ? `${resolved.label} ${resolved.text}` : resolved.text) : '');
    else if (resolved) walk.blocks.push(resolved);
  }

  function close(name: string) {
    stack.pop();
    if (skipFrom >= 0) {
      if (stack.length === skipFrom) skipFrom = -1;
      return;
    }
    if (name === 'r') {
      const p = paragraph();
      if (p?.run && !p.run.footnote && p.run.text) p.runs.push({ text: p.run.text, props: p.run.props });
      if (p) p.run = null;
    } else if (name === 'p') closeParagraph();
    else if (name === 'sdt') sdts.pop();
    else if (name === 'tbl') {
      const table = tables.pop();
      if (!table) return;
      const rows = table.rows();
      const outer = tables[tables.length - 1];
      if (outer?.inCell()) outer.addText(rows.map((r) => r.join('\t')).join('\n'));
      else walk.blocks.push({ kind: 'table', rows, borderless: handlers.borderless(table.style, table.sides, table.cellBorders) });
    } else tables[tables.length - 1]?.close(name);
  }

  parseXml(bytes, {
    open,
    close,
    text(text) {
      if (skipFrom >= 0) return;
      const top = stack[stack.length - 1];
      if (top === 't') append(text);
      else if (top === 'instrText' && fields.length > 0) fields[fields.length - 1].instr += text;
    },
  });
  return walk;
}
