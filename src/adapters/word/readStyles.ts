import { localName, parseXml } from '../xlsxFast/parseXml';
import type { WordAlignment } from '../../core/wordReport/WordDocument';
import { attr, borderVisible, mergeRunProps, readParaProp, readRunProp, type BorderSides, type ParaProps, type RunProps } from './ooxmlProps';

interface StyleDef {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  run: RunProps;
  para: ParaProps;
  borders: BorderSides;
}

/** A paragraph style with its basedOn chain resolved. */
export interface ResolvedStyle {
  id?: string;
  name?: string;
  headingLevel?: number;
  run: RunProps;
  numId?: string;
  ilvl?: number;
  align?: WordAlignment;
  /** A table of contents' own style (TOC 1–9, Contents 1–10, TOC Heading). */
  isToc: boolean;
}

export interface WordStyles {
  /** The paragraph style of this id, or the default paragraph style. */
  paragraph(id: string | undefined): ResolvedStyle;
  /** A character style's run properties, resolved. */
  character(id: string | undefined): RunProps;
  /** The document's default run properties. */
  defaults: RunProps;
  /** The border sides a table style (or the default table style) draws. */
  tableBorders(id: string | undefined): BorderSides;
}

/** Chains longer than this are a loop or a crafted file. */
const MAX_CHAIN = 30;

const HEADING_NAME = /^heading\s*([1-9])$/i;
const TOC_NAME = /^(toc\s*[1-9]|contents\s*(heading|[1-9]\d?)|toc\s*heading|table of contents)$/i;

function parseStyles(bytes: Uint8Array | null): { styles: Map<string, StyleDef>; defaults: RunProps; defaultIds: Record<string, string> } {
  const styles = new Map<string, StyleDef>();
  const defaults: RunProps = {};
  const defaultIds: Record<string, string> = {};
  if (!bytes) return { styles, defaults, defaultIds };
  const stack: string[] = [];
  let current: StyleDef | null = null;
  parseXml(bytes, {
    open(tag) {
      const name = localName(tag.name);
      const parent = stack[stack.length - 1] ?? '';
      stack.push(name);
      if (name === 'style') {
        current = { id: attr(tag, 'styleId') ?? '', name: '', type: attr(tag, 'type') ?? 'paragraph', run: {}, para: {}, borders: {} };
        if (attr(tag, 'default') === '1' || attr(tag, 'default') === 'true') defaultIds[current.type] ??= current.id;
        return;
      }
      // Old properties of a tracked change are not the style's.
      if (stack.some((s) => s.endsWith('Change'))) return;
      if (parent === 'rPr' && stack.includes('rPrDefault')) readRunProp(name, tag, defaults);
      if (!current) return;
      if (parent === 'style' && name === 'name') current.name = attr(tag, 'val') ?? '';
      else if (parent === 'style' && name === 'basedOn') current.basedOn = attr(tag, 'val');
      else if (parent === 'rPr') readRunProp(name, tag, current.run);
      else if (stack.includes('pPr')) readParaProp(name, parent, tag, current.para);
      else if (parent === 'tblBorders') current.borders[name] = borderVisible(tag);
    },
    close(name) {
      stack.pop();
      if (name === 'style' && current) {
        if (current.id && !styles.has(current.id)) styles.set(current.id, current);
        current = null;
      }
    },
  });
  return { styles, defaults, defaultIds };
}

/** The styles part read: paragraph, character and table styles, resolved through basedOn. */
export function readStyles(bytes: Uint8Array | null): WordStyles {
  const { styles, defaults, defaultIds } = parseStyles(bytes);
  const chain = (id: string | undefined): StyleDef[] => {
    const out: StyleDef[] = [];
    for (let at = id ? styles.get(id) : undefined; at && out.length < MAX_CHAIN && !out.includes(at); at = at.basedOn ? styles.get(at.basedOn) : undefined) out.push(at);
    return out;
  };
  const paragraphs = new Map<string, ResolvedStyle>();
  const resolveParagraph = (id: string | undefined): ResolvedStyle => {
    const defs = chain(id);
    const own = defs[0];
    const resolved: ResolvedStyle = { id: own?.id, name: own?.name || own?.id, run: {}, isToc: false };
    // Farthest first, so nearer styles override.
    for (const def of [...defs].reverse()) {
      resolved.run = mergeRunProps(resolved.run, def.run);
      if (def.para.numId !== undefined) {
        resolved.numId = def.para.numId;
        resolved.ilvl = def.para.ilvl;
      } else if (def.para.ilvl !== undefined) resolved.ilvl = def.para.ilvl;
      if (def.para.align) resolved.align = def.para.align;
    }
    for (const def of defs) {
      const outline = def.para.outlineLevel;
      const byName = HEADING_NAME.exec(def.name) ?? /^Heading([1-9])$/.exec(def.id);
      const level = outline !== undefined && outline >= 0 && outline <= 8 ? outline + 1 : outline === 9 ? 0 : byName ? Number(byName[1]) : undefined;
      if (level !== undefined) {
        if (level > 0) resolved.headingLevel = level;
        break;
      }
    }
    resolved.isToc = defs.some((d) => TOC_NAME.test(d.name) || /^(TOC[1-9]|TOCHeading|Contents[1-9]\d?|ContentsHeading)$/i.test(d.id));
    return resolved;
  };
  return {
    paragraph(id) {
      const key = id && styles.has(id) ? id : (defaultIds['paragraph'] ?? '');
      let resolved = paragraphs.get(key);
      if (!resolved) paragraphs.set(key, (resolved = resolveParagraph(key || undefined)));
      return resolved;
    },
    character(id) {
      return chain(id).reverse().reduce((props, def) => mergeRunProps(props, def.run), {} as RunProps);
    },
    defaults,
    tableBorders(id) {
      const defs = chain(id && styles.has(id) ? id : defaultIds['table']);
      return defs.reverse().reduce((sides, def) => ({ ...sides, ...def.borders }), {} as BorderSides);
    },
  };
}
