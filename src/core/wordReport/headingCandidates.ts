import type { LabelKind, WordLine } from './wordLines';

/*
 * Which lines of a unit's Word report may head a part or a section of the đề cương, as units set
 * them: a label, a Heading style, bold or capitals, a run-in title before a colon, "Về …:".
 */

export const GROUP_KINDS: LabelKind[] = ['roman', 'capital'];
export const SECTION_KINDS: LabelKind[] = ['roman-decimal', 'decimal-decimal', 'decimal'];
/** The labels a report numbers its sections with, letters and points counted in words included. */
export const NUMBERED_KINDS: LabelKind[] = [...SECTION_KINDS, 'letter'];

export interface Candidate {
  line: WordLine;
  title: string;
  /** The words after a run-in heading's colon. */
  rest?: string;
  tier: 'group' | 'section' | 'minor';
}

/** A heading as the unit wrote it: a run-in one without the text run into it. */
export const headingOf = (c: Candidate) => (c.rest ? `${c.line.label ? `${c.line.label.text} ` : ''}${c.title}:` : shown(c.line));
export const shown = (l: WordLine) => (l.label ? `${l.label.text} ${l.text}` : l.text);

/** A line that may head a part or section, with its title and the text run into it. */
export function candidateOf(line: WordLine, groupKind: LabelKind | undefined, plain: boolean): Candidate | null {
  if (line.table) return null;
  // A file that keeps no formatting (an old .doc's text): a short line without a full stop may head a section.
  if (plain && !line.label && !line.caps && line.text.length <= 120 && !/[.;,]$/u.test(line.text)) return { line, title: line.text.replace(/:\s*$/u, ''), tier: 'minor' };
  const kind = line.label?.kind;
  const colon = line.text.indexOf(':');
  const runIn = colon > 0 && colon <= 160 && line.text.length > colon + 1 ? { title: line.text.slice(0, colon), rest: line.text.slice(colon + 1).trim() } : null;
  const lead = line.boldLead && line.boldLead.length <= 160 && line.text.length > line.boldLead.length + 1 ? { title: line.boldLead.replace(/[:.]\s*$/u, ''), rest: line.text.slice(line.boldLead.length).replace(/^[\s:.]+/u, '') } : null;
  const whole = line.text.replace(/[:.]\s*$/u, '');
  const short = line.text.length <= 220 && !(line.text.length > 120 && /[.;]$/u.test(line.text));
  const tier: Candidate['tier'] =
    (kind && kind === groupKind) || line.headingLevel === 1 || (!kind && line.caps && line.text.length <= 160)
      ? 'group'
      : (kind && SECTION_KINDS.includes(kind)) || line.headingLevel === 2 || (kind && GROUP_KINDS.includes(kind))
        ? 'section'
        : 'minor';
  if (kind === 'bullet' && !(runIn || lead || line.text.endsWith(':'))) return null;
  // "Thứ hai, tuyên truyền." heads a section; "Một là, phải có sự lãnh đạo …" is a point of one.
  if (kind === 'letter' && /\s/u.test(line.label?.text ?? '') && line.text.length > 60) return null;
  // In a report that sets its headings apart, a plain numbered sentence ("2. Hoàn thành việc … .") is a point in a list.
  if (kind && !plain && !line.bold && !line.headingLevel && !lead && !runIn && /[.;]$/u.test(line.text)) return null;
  if (kind || line.headingLevel) {
    if (short && !runIn) return { line, title: whole, tier };
    if (lead) return { line, title: lead.title, rest: lead.rest, tier };
    if (runIn) return { line, title: runIn.title, rest: runIn.rest, tier };
    return null;
  }
  if ((line.bold || line.caps) && line.text.length <= 160 && !/[,;]$/u.test(line.text) && !(line.text.endsWith('.') && line.text.length > 60)) return { line, title: whole, tier };
  if (lead && (line.text[line.boldLead?.length ?? 0] === ':' || /:\s*$/u.test(line.boldLead ?? ''))) return { line, title: lead.title, rest: lead.rest, tier: 'minor' };
  // "Về công tác tuyên truyền: Trong quý, …" typed plain: a heading by its words alone.
  if (/^Về\s/u.test(line.text) && colon > 0 && colon <= 120) return { line, title: line.text.slice(0, colon), rest: runIn?.rest, tier: 'minor' };
  return null;
}
