import { cleanUnitText, type CleaningContext } from '../synthesis/cleanUnitText';

const BULLET = /^[-+•*–—·▪●○]\s*/;

/**
 * A unit's text made ready to print whole (the compilation): NFC, white space folded, empty lines
 * dropped, what was pasted from Word taken out (footnotes, Nơi nhận and signature, page numbers,
 * the section's heading and the unit's label when the context says which), each bulleted line
 * starting "- ".
 */
export function cleanExcerpt(text: string, context?: CleaningContext): string[] {
  const { paragraphs } = cleanUnitText(text, context ?? { sectionCode: '', sectionTitle: '' });
  return paragraphs.map((line) => (BULLET.test(line) ? `- ${line.replace(BULLET, '')}` : line));
}
