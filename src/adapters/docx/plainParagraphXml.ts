import type { ParagraphSpec, RunSpec } from '../../core/document/DocumentSpec';

/**
 * Characters XML 1.0 does not allow, even escaped: a unit's text pasted from elsewhere may hold
 * them, and one would make Word refuse the whole file.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** A body paragraph: runs only, its look from the document's defaults. */
export const isPlain = (p: ParagraphSpec) => Object.entries(p).every(([key, value]) => key === 'kind' || key === 'runs' || value === undefined);

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
export function plainParagraphXml(p: Pick<ParagraphSpec, 'runs'>): string {
  if (p.runs.length === 0) return '<w:p/>';
  let xml = '<w:p>';
  for (const r of p.runs) xml += runXml(r);
  return `${xml}</w:p>`;
}
