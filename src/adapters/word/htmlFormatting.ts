import type { WordAlignment } from '../../core/wordReport/WordDocument';

/** What an HTML element says of the look of the text inside it; undefined where it says nothing. */
export interface HtmlLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  font?: string;
  align?: WordAlignment;
  /** Word's tab spans (mso-tab-count): a tab, their padding not shown as text. */
  tab?: boolean;
  /** display:none, mso-hide:all: not shown. */
  hidden?: boolean;
}

/** The declarations of a style attribute, by lower-case property. */
export function parseStyle(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) out.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim());
  }
  return out;
}

const ALIGN: Record<string, WordAlignment> = { left: 'left', start: 'left', center: 'center', middle: 'center', right: 'right', end: 'right', justify: 'both' };

const firstFamily = (families: string) => families.split(',')[0].trim().replace(/^["']|["']$/g, '');

/** An element's look from its name and attributes (b, strong, i, em, u, font face, style, align). */
export function lookOf(name: string, attributes: Record<string, string>): HtmlLook {
  const look: HtmlLook = {};
  if (name === 'b' || name === 'strong' || name === 'th' || /^h[1-6]$/.test(name)) look.bold = true;
  if (name === 'i' || name === 'em') look.italic = true;
  if (name === 'u' || name === 'ins') look.underline = true;
  if (name === 'font' && attributes['face']) look.font = firstFamily(attributes['face']);
  if (attributes['align']) look.align = ALIGN[attributes['align'].toLowerCase()];
  const style = parseStyle(attributes['style']);
  const weight = style.get('font-weight');
  if (weight) look.bold = /^(bold|bolder|[6-9]00)$/i.test(weight);
  const fontStyle = style.get('font-style');
  if (fontStyle) look.italic = /italic|oblique/i.test(fontStyle);
  const decoration = style.get('text-decoration') ?? style.get('text-underline');
  if (decoration) look.underline = /underline|single/i.test(decoration);
  const transform = style.get('text-transform');
  if (transform) look.caps = /uppercase/i.test(transform);
  const family = style.get('font-family');
  if (family) look.font = firstFamily(family);
  const align = style.get('text-align');
  if (align) look.align = ALIGN[align.toLowerCase()];
  if (style.has('mso-tab-count')) look.tab = true;
  if (/none/i.test(style.get('display') ?? '') || /all/i.test(style.get('mso-hide') ?? '')) look.hidden = true;
  return look;
}

/** A table, row or cell draws a line: a border attribute above zero, or a border style not none. */
export function drawsBorder(attributes: Record<string, string>): boolean {
  if (Number(attributes['border']) > 0) return true;
  for (const [property, value] of parseStyle(attributes['style'])) {
    if (!/^border(-(top|bottom|left|right))?$/.test(property)) continue;
    if (!/^(none|0|0pt|0px|hidden)\b/i.test(value) && !/\bnone\b/i.test(value)) return true;
  }
  return false;
}
