import { makeIssue } from '../issues/Issue';
import { quoteText } from '../text/quoteText';
import type { CheckedReport } from './CheckedReport';

/** Characters of text quoted around the first lost letter, for the unit to find it. */
const AROUND = 40;

/**
 * A warning for each section holding "�": a letter lost when the text was pasted from a file in
 * another encoding or font. The report leaves such a sentence out of what it says for all units;
 * the unit is told which cell, with the words around the first one, and how many there are.
 */
export function checkLostCharacters(report: CheckedReport): void {
  for (const [section, text] of Object.entries(report.text)) {
    const first = text.indexOf('\uFFFD');
    if (first < 0) continue;
    const count = text.split('\uFFFD').length - 1;
    const quote = quoteText(text.slice(Math.max(0, first - AROUND), first + AROUND).trim(), AROUND * 2 + 1);
    report.issues.push(makeIssue('TEXT_LOST_CHARACTERS', { section, cell: report.cells[section] }, { section, count, quote }));
  }
}
