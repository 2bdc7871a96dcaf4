import { makeIssue, type Issue } from '../issues/Issue';
import { formatVietnameseNumber } from '../text/formatVietnameseNumber';
import type { ReportContent } from './ReportContent';

/**
 * Characters of the units' own text a Word report carries in full: about 3,000 pages. Past it a
 * draft is no help to the officer who must cut it to 20 pages, and the .docx writer, which holds
 * the whole document in memory, would need gigabytes.
 */
export const WORD_TEXT_BUDGET_CHARS = 6_000_000;
/** However many units, each keeps at least this much of each section. */
const MIN_EXCERPT_CHARS = 300;

export interface ExcerptPlan {
  /** Characters kept of each unit's text per section; undefined keeps everything. */
  maxExcerptChars?: number;
  /** The limit was set here because the texts are too long, not asked for. */
  automatic: boolean;
  totalChars: number;
  /** When cut automatically, what to tell the user. */
  issue?: Issue;
}

/** What the user asked for, or everything, unless everything is more than a report can carry. */
export function planExcerpts(c: Pick<ReportContent, 'sections'>, requested?: number): ExcerptPlan {
  const entries = Object.values(c.sections).flat();
  const totalChars = entries.reduce((sum, e) => sum + e.text.length, 0);
  if (requested !== undefined || totalChars <= WORD_TEXT_BUDGET_CHARS) return { maxExcerptChars: requested, automatic: false, totalChars };
  const maxExcerptChars = Math.max(MIN_EXCERPT_CHARS, Math.floor(WORD_TEXT_BUDGET_CHARS / Math.max(1, entries.length)));
  const issue = makeIssue('WORD_TEXT_CUT', {}, { total: formatVietnameseNumber(totalChars), limit: formatVietnameseNumber(maxExcerptChars) });
  return { maxExcerptChars, automatic: true, totalChars, issue };
}
