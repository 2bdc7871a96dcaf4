import { LIMITS } from '../../core/round/limits';
import { readZipParts, type InflateRaw } from '../xlsxFast/readZipParts';
import { inflationProblem, listZipEntries } from '../xlsxFast/screenZip';
import { localName, parseXml } from '../xlsxFast/parseXml';
import { isZip } from './sniffWordFile';
import { WORD_REFUSALS } from './wordReadMessages';

/*
 * A .docx's parts, under the workbooks' limits (LIMITS.file: size, what it inflates to, the
 * ratio of a zip bomb), taken out with the workbooks' own zip reader: anything unusual in the
 * container (zip64, encryption, sizes that disagree, two entries of one name) is a refusal.
 */

export interface DocxParts {
  document: Uint8Array;
  styles: Uint8Array | null;
  numbering: Uint8Array | null;
}


/** The main part's name, from the package relationships (word/document.xml almost always). */
function mainPartName(rels: Uint8Array | null): string {
  let target: string | undefined;
  if (rels) {
    parseXml(rels, {
      open(tag) {
        if (localName(tag.name) === 'Relationship' && /\/officeDocument$/.test(tag.attributes['Type'] ?? '')) target ??= tag.attributes['Target'];
      },
    });
  }
  return (target ?? 'word/document.xml').replace(/^\.?\//, '');
}

/** The part beside the main part: word/styles.xml beside word/document.xml. */
const sibling = (main: string, name: string) => main.replace(/[^/]*$/, name);

/** The parts, or why the file is refused (XML errors in the relationships throw, as in the parts). */
export function openDocxPackage(bytes: Uint8Array, inflate: InflateRaw): { parts: DocxParts } | { reason: string } {
  if (bytes.length === 0) return { reason: WORD_REFUSALS.empty };
  if (bytes.length > LIMITS.file.bytes) return { reason: WORD_REFUSALS.tooLarge(bytes.length) };
  if (!isZip(bytes)) return { reason: WORD_REFUSALS.damagedZip };
  // Screened from the central directory alone, before anything is inflated.
  const listed = listZipEntries(bytes);
  const bomb = listed ? inflationProblem(listed) : null;
  if (bomb) return { reason: WORD_REFUSALS.zipBomb(String(bomb.params['size'])) };
  const zip = readZipParts(bytes, inflate);
  if (!zip) return { reason: WORD_REFUSALS.damagedZip };
  const names = new Set(zip.entries.map((e) => e.name));
  const relsName = '_rels/.rels';
  if (names.has(relsName) && !zip.read(relsName)) return { reason: WORD_REFUSALS.damagedZip };
  const main = mainPartName(names.has(relsName) ? zip.read(relsName) : null);
  if (!names.has(main)) return { reason: WORD_REFUSALS.notWord };
  const document = zip.read(main);
  if (!document) return { reason: WORD_REFUSALS.damagedZip };
  const optional = (name: string): Uint8Array | null | undefined => {
    const part = sibling(main, name);
    if (!names.has(part)) return null;
    return zip.read(part) ?? undefined;
  };
  const styles = optional('styles.xml');
  const numbering = optional('numbering.xml');
  if (styles === undefined || numbering === undefined) return { reason: WORD_REFUSALS.damagedZip };
  return { parts: { document, styles, numbering } };
}
