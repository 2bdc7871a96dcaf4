import { normalizeParagraphs } from '../text/normalizeText';

const BULLET = /^[-+•*–—·▪●○]\s*/;

/**
 * A unit's text made ready for the report: NFC, white space folded, each bulleted line starting
 * "- ", empty lines dropped. With `maxChars`, cut at the last sentence end within the limit (or
 * the last space, when a sentence runs longer) and closed with "…".
 */
export function cleanExcerpt(text: string, maxChars?: number): string[] {
  // Only the head of a long text can be kept: cleaning the rest of it is wasted work.
  const head = maxChars !== undefined && text.length > maxChars * 2 + 200 ? text.slice(0, maxChars * 2 + 200) : text;
  const lines = normalizeParagraphs(head)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (BULLET.test(line) ? `- ${line.replace(BULLET, '')}` : line));
  if (maxChars === undefined) return lines;
  const kept: string[] = [];
  let left = maxChars;
  for (const line of lines) {
    if (line.length <= left) {
      kept.push(line);
      left -= line.length;
      continue;
    }
    const cut = cutAtSentence(line, left);
    // A stub of a few words says nothing: end the text before it instead.
    if (cut.length >= MIN_PIECE || kept.length === 0) kept.push(markCut(cut));
    else kept[kept.length - 1] = markCut(kept[kept.length - 1]);
    return kept;
  }
  // Everything of the head fitted (it was mostly white space): the tail left out is still a cut.
  if (head !== text && kept.length > 0) kept[kept.length - 1] = markCut(kept[kept.length - 1]);
  return kept;
}

const MIN_PIECE = 20;

/** "…" after a cut; after a whole sentence it stands apart: "… tại xã. …". */
const markCut = (text: string) => (/[.!?;]$/.test(text) ? `${text} …` : `${text}…`);

function cutAtSentence(line: string, max: number): string {
  const head = line.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 3) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space).replace(/[,;:]$/, '') : '';
}
