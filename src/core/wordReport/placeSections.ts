import { finish } from './finishPlacement';
import { candidateOf, GROUP_KINDS, NUMBERED_KINDS, shown } from './headingCandidates';
import type { OutlineIndex } from './outlineMatch';
import { OutlineWalk } from './outlineWalk';
import type { Placement } from './placement';
import { tableTexts, type WordLine } from './wordLines';

/*
 * The body of a unit's Word report placed on the đề cương: each line a heading the walk places, or
 * the text of the block it is in; then the blocks as sections and the rest.
 */

export { CERTAINTY_WORDS, type Certainty, type PlacedSection, type Placement, type UnplacedBlock } from './placement';

export function placeSections(lines: readonly WordLine[], outline: OutlineIndex): Placement {
  const kinds = new Set(lines.map((l) => l.label?.kind).filter(Boolean));
  const groupKind = GROUP_KINDS.find((k) => kinds.has(k)) ?? (kinds.has('decimal-decimal') && kinds.has('decimal') ? 'decimal' : undefined);
  const plain = !lines.some((l) => l.bold || l.headingLevel || l.boldLead);
  const structured = lines.some((l) => l.headingLevel || (l.label && l.label.kind !== 'bullet' && l.label.kind !== 'letter'));
  const numbered = lines.filter((l) => l.label && NUMBERED_KINDS.includes(l.label.kind)).length >= 2;
  // A report whose sections are set in Heading styles: its other lines, bold or numbered, are the sections' own.
  const styled = lines.filter((l) => l.headingLevel === 2).length >= 2;
  const walk = new OutlineWalk(outline, structured, numbered);
  for (const line of lines) {
    const found = candidateOf(line, groupKind, plain);
    const c = styled && !line.headingLevel && !found?.rest ? null : found;
    if (c && walk.placeHeading(c)) continue;
    if (!c && !line.table) walk.plainLine(line);
    walk.text(line.table ? tableTexts(line.table).join('\n') : shown(line));
  }
  const firstChild = new Map<string, string>();
  for (const s of walk.sections) if (s.group && !firstChild.has(s.group)) firstChild.set(s.group, s.code);
  return finish(walk.end(), firstChild);
}
