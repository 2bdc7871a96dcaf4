import type { Certainty, Placement } from './placement';
import type { ParsedLabel } from './wordLines';

/** A block of the report as the walk leaves it: a heading and the lines under it, placed or not. */
export interface Open {
  codes: string[];
  heading: string;
  paragraphs: string[];
  certainty: Certainty;
  reason?: string;
  group?: string;
  /** A part's own heading: its text with no section heading is its first section's. */
  part?: boolean;
  /** A section read from a part's heading ("III. NHIỆM VỤ QUÝ II"): the part's, if a heading of that section follows at once. */
  fromPart?: boolean;
  /** The label its heading was written with. */
  label?: ParsedLabel;
  extra?: boolean;
  /** Sections that lines in its text seemed to head: it is shown, unless each is headed surely further on. */
  doubts?: string[];
}

/** Blocks to sections and the rest; a part's own text with no section heading goes to its only or first section. */
export function finish(blocks: readonly Open[], firstChild: ReadonlyMap<string, string>): Placement {
  const out: Placement = { sections: [], unplaced: [] };
  const headed = new Set(blocks.flatMap((b) => b.codes));
  blocks.forEach((b, i) => {
    const paragraphs = b.paragraphs.filter((p) => p.trim() !== '');
    if (b.codes.length > 0) {
      out.sections.push({ codes: b.codes, heading: b.heading, paragraphs, certainty: b.certainty, reason: b.reason });
      return;
    }
    if (paragraphs.length === 0) return;
    const size = paragraphs.join('').length;
    if (b.extra) out.unplaced.push({ heading: b.heading, paragraphs, reason: b.reason ?? '', decide: false });
    else if (b.part && b.group && firstChild.has(b.group) && !headed.has(firstChild.get(b.group) ?? '')) {
      // "IV. NHIỆM VỤ VÀ KIẾN NGHỊ" written on, its first section unheaded: the text is that section's, shown.
      // Sure when the part goes on with a lead-in for its next section ("* Kiến nghị:"), as a part written on does.
      const next = blocks[i + 1];
      // Sure too when the part's heading names that section ("NHIỆM VỤ TRỌNG TÂM QUÝ III").
      const sure = b.certainty === 'sure' || (next?.group === b.group && next.codes.length > 0 && /^[*+•-]/u.test(next.heading));
      out.sections.push({ codes: [firstChild.get(b.group) ?? ''], heading: b.heading, paragraphs, certainty: sure ? 'sure' : 'look', reason: sure ? undefined : `Phần ${b.group} viết liền, không có đề mục riêng cho mục này.` });
    }
    else out.unplaced.push({ heading: b.heading || undefined, paragraphs, reason: b.reason ?? 'Đoạn đầu phần, trước mục đầu tiên.', decide: size >= 120 });
  });
  return out;
}
