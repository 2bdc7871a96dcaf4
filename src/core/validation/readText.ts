import { makeIssue, type Issue, type IssueLocation } from '../issues/Issue';
import { normalizeParagraphs, normalizeText } from '../text/normalizeText';
import { LEGACY_FONTS, repairLegacyText } from '../text/legacyEncodings';
import type { CellValue } from '../workbook/WorkbookGrid';
import type { FoundValue } from '../workbook/extractSubmission';

/** A cell's value as one line of text (see normalizeText); empty for an empty cell. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  return normalizeText(String(value));
}

/**
 * Text as the unit meant it: NFC, and converted from TCVN3 or VNI when it was typed in an old
 * encoding (with a warning, so the unit fixes its font).
 */
export function readText(found: FoundValue | undefined, label: string, location: IssueLocation, issues: Issue[], paragraphs = false): string {
  const raw = found?.raw ?? null;
  if (raw === null) return '';
  const text = paragraphs ? normalizeParagraphs(String(raw)) : normalizeText(String(raw));
  const repaired = repairLegacyText(text);
  if (!repaired.encoding) return text;
  const sample = repaired.text.length > 60 ? `${repaired.text.slice(0, 60)}…` : repaired.text;
  issues.push(makeIssue('TEXT_LEGACY_ENCODING', location, { label, encoding: repaired.encoding, font: LEGACY_FONTS[repaired.encoding], sample }));
  return repaired.text;
}

/** A formula saved without its value reads as empty: say so instead of "not filled". */
export function flagUncached(found: FoundValue | undefined, label: string, location: IssueLocation, issues: Issue[]): boolean {
  if (!found?.uncached) return false;
  issues.push(makeIssue('CELL_FORMULA_NO_VALUE', location, { label }));
  return true;
}
