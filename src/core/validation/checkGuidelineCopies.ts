import { makeIssue } from '../issues/Issue';
import type { ReportTemplate } from '../template/ReportTemplate';
import { formatVietnamesePercent } from '../text/formatVietnameseNumber';
import type { CheckedReport } from './CheckedReport';

/** A section is only the đề cương's wording when this share of its 3-word runs are the guideline's. */
const GUIDELINE_SHARE = 0.7;
const QUOTE_CHARACTERS = 200;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d(?:[\d.,]*\d)?/g, '#')
    .split(/[^\p{L}\p{M}#]+/u)
    .filter((w) => w !== '');

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) runs.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return runs;
}

/**
 * A warning for a section that only repeats the đề cương: its title, its hint, the group it sits
 * under. A unit that pastes the question in place of its answer has reported nothing.
 */
export function checkGuidelineCopies(report: CheckedReport, template: ReportTemplate): void {
  for (const section of template.sections) {
    const text = report.text[section.code] ?? '';
    const own = runsOf(text);
    if (own.size < 3) continue;
    const group = template.groups.find((g) => g.code === section.group);
    const guideline = runsOf([section.title, section.hint ?? '', group?.title ?? ''].join('\n'));
    let shared = 0;
    for (const run of own) if (guideline.has(run)) shared++;
    const share = shared / own.size;
    if (share < GUIDELINE_SHARE) continue;
    const passage = text.length > QUOTE_CHARACTERS ? `${text.slice(0, QUOTE_CHARACTERS - 1)}…` : text;
    report.issues.push(makeIssue('COPY_GUIDELINE', { section: section.code, cell: report.cells[section.code] }, { section: section.code, share: formatVietnamesePercent(share * 100, 0), passage }));
  }
}
