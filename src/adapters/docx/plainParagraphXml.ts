import { convertMillimetersToTwip } from 'docx';
import type { ParagraphSpec, RunSpec } from '../../core/document/DocumentSpec';

/**
 * Characters XML 1.0 does not allow, even escaped: a unit's text pasted from elsewhere may hold
 * them, and one would make Word refuse the whole file.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/**
 * What a paragraph written straight as XML may set: a body paragraph (runs only, its look from
 * the document's defaults) or a simple heading (the compilation's thousands of units' names).
 */
const DIRECT_KEYS: ReadonlySet<string> = new Set(['kind', 'runs', 'keepWithNext', 'spaceBeforePt', 'firstLineIndentMm', 'heading']);
export const isPlain = (p: ParagraphSpec) => p.keepWithNext !== false && Object.entries(p).every(([key, value]) => value === undefined || DIRECT_KEYS.has(key));

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (text: string) => text.replace(/[&"'<>]/g, (c) => ESCAPES[c]);

/** A run's XML as the docx package writes it, its properties in the schema's order (tested byte for byte). */
function runXml(r: RunSpec): string {
  let props = '';
  if (r.bold) props += '<w:b/><w:bCs/>';
  if (r.italic) props += '<w:i/><w:iCs/>';
  if (r.sizePt !== undefined) props += `<w:sz w:val="${r.sizePt * 2}"/><w:szCs w:val="${r.sizePt * 2}"/>`;
  if (r.underline) props += '<w:u w:val="single"/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(xmlSafe(r.text))}</w:t></w:r>`;
}

/**
 * A plain body paragraph's XML, written straight as text: a report of 3,000 units has 50,000 of
 * them, and the package's object tree for them was most of the time and memory of the report.
 */
export function plainParagraphXml(p: Pick<ParagraphSpec, 'runs' | 'keepWithNext' | 'spaceBeforePt' | 'firstLineIndentMm' | 'heading'>): string {
  const props = paragraphPropertiesXml(p);
  if (p.runs.length === 0 && !props) return '<w:p/>';
  let xml = `<w:p>${props}`;
  for (const r of p.runs) xml += runXml(r);
  return `${xml}</w:p>`;
}

/** A simple heading's properties as the package writes them, in the schema's order (tested byte for byte). */
function paragraphPropertiesXml(p: Pick<ParagraphSpec, 'keepWithNext' | 'spaceBeforePt' | 'firstLineIndentMm' | 'heading'>): string {
  let props = '';
  if (p.keepWithNext) props += '<w:keepNext/>';
  if (p.spaceBeforePt !== undefined) props += `<w:spacing w:before="${p.spaceBeforePt * 20}"/>`;
  if (p.firstLineIndentMm !== undefined) props += `<w:ind w:firstLine="${convertMillimetersToTwip(p.firstLineIndentMm)}"/>`;
  if (p.heading !== undefined) props += `<w:outlineLvl w:val="${p.heading - 1}"/>`;
  return props ? `<w:pPr>${props}</w:pPr>` : '';
}
