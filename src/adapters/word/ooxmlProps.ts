import type { SaxesTagPlain } from 'saxes';
import type { WordAlignment } from '../../core/wordReport/WordDocument';

/*
 * The few WordprocessingML properties the readers use, as they appear in styles.xml and
 * document.xml alike, whatever prefix the writer gave the namespace.
 */

/** An attribute by its local name ("val" finds w:val, or a val under another prefix). */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  const direct = attributes[`w:${name}`];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (key === name || (key.endsWith(`:${name}`) && !key.startsWith('xmlns'))) return attributes[key];
  return undefined;
}

/** A toggle property (w:b, w:caps…): on unless its value says off. */
export function isOn(tag: SaxesTagPlain): boolean {
  const value = attr(tag, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** Run properties as written: undefined where the element leaves it to the styles. */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  hidden?: boolean;
  font?: string;
  /** The character style (w:rStyle). */
  style?: string;
}

/** The toggles of w:rPr the readers use, by element. */
const TOGGLES: Record<string, 'bold' | 'italic' | 'underline' | 'caps' | 'hidden'> = { b: 'bold', i: 'italic', u: 'underline', caps: 'caps', vanish: 'hidden' };

/** Reads one child of w:rPr into the properties; false when it is none of those used. */
export function readRunProp(name: string, tag: SaxesTagPlain, props: RunProps): boolean {
  const toggle = TOGGLES[name];
  if (toggle) props[toggle] = isOn(tag);
  else if (name === 'rFonts') props.font = attr(tag, 'ascii') ?? attr(tag, 'hAnsi') ?? attr(tag, 'cs') ?? props.font;
  else if (name === 'rStyle') props.style = attr(tag, 'val');
  else return false;
  return true;
}

/** Layered properties: each defined value of the nearer layer wins. */
export function mergeRunProps(farther: RunProps, nearer: RunProps): RunProps {
  const out: RunProps = { ...farther };
  for (const key of Object.keys(nearer) as (keyof RunProps)[]) if (nearer[key] !== undefined) (out as Record<string, unknown>)[key] = nearer[key];
  return out;
}

/** Paragraph properties as written. */
export interface ParaProps {
  style?: string;
  numId?: string;
  ilvl?: number;
  align?: WordAlignment;
  /** 0–8 for heading levels 1–9; 9 is body text. */
  outlineLevel?: number;
}

const ALIGNMENTS: Record<string, WordAlignment> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both', justify: 'both' };

/** Reads one element inside w:pPr (its parent's name given, for w:numPr's children). */
export function readParaProp(name: string, parent: string, tag: SaxesTagPlain, props: ParaProps): void {
  const value = attr(tag, 'val');
  if (name === 'pStyle') props.style = value;
  else if (name === 'jc') props.align = value ? ALIGNMENTS[value] : undefined;
  else if (name === 'outlineLvl') props.outlineLevel = value === undefined ? undefined : Number(value);
  else if (parent === 'numPr' && name === 'numId') props.numId = value;
  else if (parent === 'numPr' && name === 'ilvl') props.ilvl = Math.min(8, Math.max(0, Number(value) || 0));
}

/** Table border sides: true where a visible line is drawn, false where none, absent where unsaid. */
export type BorderSides = Record<string, boolean>;

/** A border element's side is visible unless its value is none or nil. */
export const borderVisible = (tag: SaxesTagPlain): boolean => {
  const value = attr(tag, 'val');
  return value !== undefined && value !== 'none' && value !== 'nil';
};
