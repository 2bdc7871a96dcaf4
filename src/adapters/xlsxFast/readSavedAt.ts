import { plausibleInstant, type IsoInstant } from '../../core/text/instant';
import { HandOver } from './parseXml';
import type { ZipParts } from './readZipParts';

const CORE_PROPERTIES = 'application/vnd.openxmlformats-package.core-properties+xml';
const OPEN = '<dcterms:modified';
const CLOSE = '</dcterms:modified>';
/** The W3C date-time Excel writes; anything else is left to SheetJS, whose reading is the reference. */
const W3CDTF_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * When the workbook says it was last saved: `dcterms:modified` of the package's core properties,
 * found as SheetJS finds it (the one part the content types declare, the tag by its usual name).
 */
export function readSavedAt(zip: ZipParts, types: ReadonlyMap<string, string>): IsoInstant | undefined {
  const parts = [...types].filter(([, type]) => type === CORE_PROPERTIES).map(([name]) => name);
  if (parts.length === 0) return undefined;
  if (parts.length > 1) throw new HandOver('more than one part of core properties');
  const bytes = zip.read(parts[0]);
  if (!bytes) return undefined;
  const xml = new TextDecoder().decode(bytes);
  let at = xml.indexOf(OPEN);
  while (at >= 0 && !/[\s>]/.test(xml.charAt(at + OPEN.length))) at = xml.indexOf(OPEN, at + 1);
  if (at < 0) return undefined;
  const start = xml.indexOf('>', at);
  const end = start < 0 ? -1 : xml.indexOf(CLOSE, start);
  if (end < 0) return undefined;
  const value = xml.slice(start + 1, end);
  if (!W3CDTF_UTC.test(value)) throw new HandOver('a saved time written otherwise than Excel writes it');
  return plausibleInstant(value);
}
