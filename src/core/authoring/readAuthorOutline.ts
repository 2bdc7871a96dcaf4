import type { CellAddress } from '../issues/Issue';
import type { PeriodKind } from '../period/ReportingPeriod';
import type { ReportTemplate, SectionDef } from '../template/ReportTemplate';
import { normalizeParagraphs } from '../text/normalizeText';
import type { TableRow } from './readAuthorTable';
import { OUTLINE_COLUMNS } from './authorLayout';
import type { AuthorReader } from './makeAuthorReader';
import { kindsExpected, parseKinds } from './parseKinds';

type OutlineRow = TableRow<(typeof OUTLINE_COLUMNS)[number]['key']>;

/** Outline: a level-1 row followed by level-2 rows is a part (a heading); otherwise a section. */
export function readAuthorOutline(
  outline: OutlineRow[],
  periodKinds: PeriodKind[],
  paths: Map<string, CellAddress>,
  reader: AuthorReader,
): { groups: ReportTemplate['groups']; sections: SectionDef[] } {
  const { add, invalidIn, integer } = reader;
  const groups: ReportTemplate['groups'] = [];
  const sections: SectionDef[] = [];
  const levelOf = outline.map((row) => {
    const level = integer(row, 'level', 1, 1);
    if (level !== undefined && level > 2) {
      invalidIn(row, 'level', 'cấp chỉ là 1 hoặc 2');
      return 1;
    }
    return level ?? 1;
  });
  let currentGroup: string | undefined;
  outline.forEach((row, i) => {
    const code = row.text('code');
    const isPart = levelOf[i] === 1 && levelOf[i + 1] === 2;
    if (isPart) {
      paths.set(`groups[${groups.length}]`, row.cell('code'));
      paths.set(`groups[${groups.length}].code`, row.cell('code'));
      paths.set(`groups[${groups.length}].title`, row.cell('title'));
      const groupHeadings = headingsOf(row.text('headings'));
      groups.push({ code, title: row.text('title'), ...(groupHeadings.length > 0 ? { headings: groupHeadings } : {}) });
      currentGroup = code;
      return;
    }
    if (levelOf[i] === 1) currentGroup = undefined;
    else if (currentGroup === undefined) add('AUTHOR_LEVEL_ORPHAN', row.cell('level'), { code });
    const at = `sections[${sections.length}]`;
    // The section's JSON keys are the outline's column keys, but its level column decides the group.
    for (const c of OUTLINE_COLUMNS) paths.set(`${at}.${c.key === 'level' ? 'group' : c.key}`, row.cell(c.key));
    paths.set(at, row.cell('code'));
    const requiredText = row.text('requiredFor');
    const requiredFor = parseKinds(requiredText, periodKinds);
    if (requiredFor === null) invalidIn(row, 'requiredFor', kindsExpected());
    const hint = normalizeParagraphs(String(row.value('hint') ?? ''));
    sections.push({
      code,
      title: row.text('title'),
      ...(levelOf[i] === 2 && currentGroup !== undefined ? { group: currentGroup } : {}),
      requiredFor: requiredFor ?? [],
      minLength: integer(row, 'minLength', 0) ?? 0,
      ...(hint ? { hint } : {}),
      ...(headingsOf(row.text('headings')).length > 0 ? { headings: headingsOf(row.text('headings')) } : {}),
    });
  });
  return { groups, sections };
}

/** "Ưu điểm; Kết quả nổi bật": the headings units use for a part or section, one per ";". */
function headingsOf(text: string): string[] {
  return text.split(';').map((h) => h.trim()).filter((h) => h !== '');
}
