import type { IssueCode } from '../issues/Issue';
import type { Consolidation, SectionCompilation } from './Consolidation';

/** What makes a unit's section not its own: copied from another unit, from its previous report, or from the đề cương. */
const NOT_OWN: ReadonlySet<IssueCode> = new Set(['COPY_SECTION', 'COPY_PREVIOUS_PERIOD', 'COPY_GUIDELINE']);

/**
 * The units' texts per section as the report sent up may use them: a section found copied is left
 * out there (it stays whole in the summary's Nội dung and is listed on Trùng lặp, bất thường), so
 * no copied passage is put forward as a unit's own.
 */
export function sectionsAsOwn(c: Pick<Consolidation, 'sections' | 'units'>): SectionCompilation[] {
  const copied = new Set(c.units.flatMap((u) => (u.file?.issues ?? []).filter((i) => NOT_OWN.has(i.code) && i.location.section).map((i) => `${u.unit.code}|${i.location.section}`)));
  if (copied.size === 0) return c.sections;
  return c.sections.map((s) => ({ ...s, entries: s.entries.filter((e) => !copied.has(`${e.unit.code}|${s.section}`)) }));
}
