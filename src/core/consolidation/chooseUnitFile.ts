import { countBySeverity, type Issue } from '../issues/Issue';
import { foldForMatch } from '../text/normalizeText';
import { compareVietnamese } from '../text/compareVietnamese';
import type { CheckedReport } from '../validation/CheckedReport';
import type { SubmissionInput } from './Consolidation';

/** Why one of a unit's files counts over another, in the order the rule asks. */
export type ReplacedBecause = 'valid' | 'workbook' | 'not_draft' | 'later_report' | 'saved_later' | 'name';

/** What the rule needs of a file. */
export interface UnitFileCandidate {
  input: SubmissionInput;
  report?: CheckedReport;
  issues: readonly Issue[];
}

// Folded without tones: "Bản nháp", "BAN NHAP", "dự thảo", "draft" in a file's name.
const DRAFT_WORDS = /(^|[^a-z])(nhap|du thao|draft)([^a-z]|$)/;
const withoutTones = (text: string) => foldForMatch(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

/** A file its unit named as a draft ("Báo cáo (bản nháp).xlsx", "Dự thảo báo cáo.xlsx"). */
export function isDraft(file: UnitFileCandidate): boolean {
  return DRAFT_WORDS.test(withoutTones(file.input.fileName));
}

/** When the file was saved: the workbook's own properties, else the disk's time. */
export function savedAtOf(file: UnitFileCandidate): string {
  return file.report?.savedAt ?? file.input.receivedAt ?? '';
}

const RULES: readonly [ReplacedBecause, (a: UnitFileCandidate, b: UnitFileCandidate) => number][] = [
  ['valid', (a, b) => Number(countBySeverity(a.issues).errors === 0) - Number(countBySeverity(b.issues).errors === 0)],
  // A unit that sends its Word report and the template: the workbook counts, the Word file is its document.
  ['workbook', (a, b) => Number(!a.report?.word) - Number(!b.report?.word)],
  ['not_draft', (a, b) => Number(!isDraft(a)) - Number(!isDraft(b))],
  ['later_report', (a, b) => (a.report?.reportDate ?? '').localeCompare(b.report?.reportDate ?? '')],
  ['saved_later', (a, b) => savedAtOf(a).localeCompare(savedAtOf(b))],
  ['name', (a, b) => compareVietnamese(a.input.fileName, b.input.fileName) || (a.input.fileName < b.input.fileName ? -1 : a.input.fileName > b.input.fileName ? 1 : 0)],
];

/**
 * Which of a unit's files counts, written once for both doors: a valid file over one with errors;
 * a final over a draft; the latest report date; at the same report date the file saved last (the
 * workbook's own time, then the disk's); the name as the last resort. Each other file comes with
 * the first rule that put the kept one ahead of it.
 */
export function chooseUnitFile<T extends UnitFileCandidate>(files: readonly T[]): { kept: T; replaced: { file: T; because: ReplacedBecause }[] } {
  const ranked = [...files].sort((a, b) => {
    for (const [, compare] of RULES) {
      const order = compare(b, a);
      if (order !== 0) return order;
    }
    return 0;
  });
  const [kept, ...others] = ranked;
  const because = (other: T): ReplacedBecause => RULES.find(([, compare]) => compare(kept, other) > 0)?.[0] ?? 'name';
  return { kept, replaced: others.map((file) => ({ file, because: because(file) })) };
}
