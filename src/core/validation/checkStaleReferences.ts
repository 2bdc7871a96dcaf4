import { makeIssue } from '../issues/Issue';
import { labelPeriod, type ReportingPeriod } from '../period/ReportingPeriod';
import { findStaleReferences } from '../text/staleReferences';
import { quoteText } from '../text/quoteText';
import type { CheckedReport } from './CheckedReport';

/** Sentences quoted in full up to this length; a longer one is shown to here, marked "…" (it stays whole in the unit's file). */
const QUOTE_CHARACTERS = 240;
/** Mentions told per section: past a few, the unit has the point (the count says how many). */
const TOLD_PER_SECTION = 3;

/**
 * A warning for each sentence of a section that speaks of a time outside the round's period
 * ("năm 2024", "quý II/2025" in a Quý III/2026 report), quoting it: text carried over from another
 * period, which superiors criticise, or a reference the unit may keep.
 */
export function checkStaleReferences(report: CheckedReport, period: ReportingPeriod): void {
  for (const [section, text] of Object.entries(report.text)) {
    if (text === '') continue;
    const found = findStaleReferences(text, period);
    const location = { section, cell: report.cells[section] };
    for (const stale of found.slice(0, TOLD_PER_SECTION)) {
      const quote = quoteText(stale.sentence, QUOTE_CHARACTERS);
      report.issues.push(makeIssue('TEXT_STALE_REFERENCE', location, { section, mention: stale.mention, quote, period: labelPeriod(period), more: Math.max(0, found.length - TOLD_PER_SECTION) }));
    }
  }
}
