import { makeIssue } from '../issues/Issue';
import type { ReportTemplate, SectionDef } from '../template/ReportTemplate';
import { formatVietnamesePercent } from '../text/formatVietnameseNumber';
import { quoteText } from '../text/quoteText';
import type { CheckedReport } from './CheckedReport';

/** A section is only the đề cương's wording when this share of its 3-word runs are the guideline's. */
const GUIDELINE_SHARE = 0.7;
const QUOTE_CHARACTERS = 200;
/** A text this many times longer than the guideline holds far more than it: not looked at. */
const LONGER_THAN_GUIDELINE = 3;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d(?:[\d.,]*\d)?/g, '#')
    .split(/[^\p{L}\p{M}#]+/u)
    .filter((w) => w !== '');

function runsOf(w: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) runs.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return runs;
}

// Each template's guideline per section, made once (a round checks thousands of files of one template).
const guidelines = new WeakMap<ReportTemplate, Map<string, { length: number; runs: Set<string> }>>();

function guidelineOf(template: ReportTemplate, section: SectionDef): { length: number; runs: Set<string> } {
  let byCode = guidelines.get(template);
  if (!byCode) guidelines.set(template, (byCode = new Map()));
  let found = byCode.get(section.code);
  if (!found) {
    const group = template.groups.find((g) => g.code === section.group);
    const text = [section.title, section.hint ?? '', group?.title ?? ''].join('\n');
    found = { length: text.length, runs: new Set(runsOf(words(text))) };
    byCode.set(section.code, found);
  }
  return found;
}

/**
 * A warning for a section that only repeats the đề cương: its title, its hint, the group it sits
 * under. A unit that pastes the question in place of its answer has reported nothing.
 */
export function checkGuidelineCopies(report: CheckedReport, template: ReportTemplate): void {
  for (const section of template.sections) {
    const text = report.text[section.code] ?? '';
    const guideline = guidelineOf(template, section);
    if (text === '' || text.length > LONGER_THAN_GUIDELINE * guideline.length) continue;
    const own = new Set(runsOf(words(text)));
    if (own.size < 3) continue;
    let shared = 0;
    for (const run of own) if (guideline.runs.has(run)) shared++;
    const share = shared / own.size;
    if (share < GUIDELINE_SHARE) continue;
    const passage = quoteText(text, QUOTE_CHARACTERS);
    report.issues.push(makeIssue('COPY_GUIDELINE', { section: section.code, cell: report.cells[section.code] }, { section: section.code, share: formatVietnamesePercent(share * 100, 0), passage }));
  }
}
