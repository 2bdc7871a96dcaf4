import JSZip from 'jszip';
import { writeDocumentInChunks } from '../src/adapters/docx/writeDocumentInChunks';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { rebuildReport } from '../src/app/round/rebuildReport';
import { consolidateRound } from '../src/app/round/runRound';
import { settleRound } from '../src/app/round/RoundSettings';
import { cleanExcerpt } from '../src/core/document/cleanExcerpt';
import type { DocumentSpec, ParagraphSpec } from '../src/core/document/DocumentSpec';
import { formatIssue } from '../src/core/issues/issueMessages';
import { LIMITS } from '../src/core/round/limits';
import { readSummaryReport } from '../src/core/workbook/read/readSummaryReport';
import { makeInput, makeOfficialDocument, makeRegistry, PERIOD_H1_2026, TEMPLATE } from './helpers/builders';

/*
 * "Nothing lost": the units' texts go into the summary's "Nội dung" whole, however long (over
 * Excel's 32,767 characters a cell), and `tonghop bao-cao` rebuilds the compilation from it with
 * every character.
 */

const registry = makeRegistry(5);
const document = makeOfficialDocument();

/** A unit's own long text: paragraphs, bullets, figures, a little white space to clean. */
function longText(unit: number, section: string, chars: number): string {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < chars; i++) {
    lines.push(i % 7 === 3 ? `- Gạch đầu dòng ${i} của đơn vị ${unit}, mục ${section}: ${i * 13}/${i * 17} đảng viên tham gia.` : `Đoạn ${i} (đơn vị ${unit}, mục ${section}): Đảng ủy đã tổ chức học tập, quán triệt; “mô hình số ${i}” được nhân rộng, đạt ${i},${unit}% kế hoạch.`);
  }
  return lines.join('\n');
}

function round() {
  const texts = (i: number): Record<string, string> => ({
    I: longText(i, 'I', i === 0 ? 45_000 : 1_500),
    'II.1': longText(i, 'II.1', i === 1 ? 70_000 : 3_000),
    'II.2': i === 2 ? '' : longText(i, 'II.2', 800),
    'IV.2': longText(i, 'IV.2', i === 3 ? 33_000 : 400),
  });
  const inputs = [0, 1, 2, 3].map((i) => makeInput(`dv${i}.xlsx`, { unit: registry.units[i], text: texts(i) }));
  const settled = settleRound({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, document }, { templates: [TEMPLATE], today: '2026-07-06' });
  return consolidateRound(settled, { inputs, skipped: [] });
}

/** Each unit's paragraphs under its name, by section code and unit, as the compilation lays them out. */
function unitsOf(spec: DocumentSpec, unitNames: readonly string[]): Map<string, string[]> {
  const sectionOf = new Map(TEMPLATE.sections.map((d) => [d.group ? `${d.code.slice(d.group.length + 1)}. ${d.title}` : `${d.code}. ${d.title.toUpperCase()}`, d.code]));
  const out = new Map<string, string[]>();
  let section = '';
  let current: string[] | null = null;
  for (const b of spec.sections.flatMap((s) => s.blocks) as ParagraphSpec[]) {
    const text = b.runs.map((r) => r.text).join('');
    if (b.heading && unitNames.includes(text)) out.set(`${section}|${text}`, (current = []));
    else if (b.heading) [section, current] = [sectionOf.get(text) ?? '', null];
    else current?.push(text);
  }
  return out;
}

test('texts over 100,000 characters, some over a cell\'s limit, come back whole from the summary into the compilation', async () => {
  const result = round();
  const sections = result.consolidation.sections;
  const total = sections.flatMap((s) => s.entries).reduce((n, e) => n + e.text.length, 0);
  expect(total).toBeGreaterThan(100_000);
  expect(sections.flatMap((s) => s.entries).filter((e) => e.text.length > LIMITS.excel.cellCharacters)).toHaveLength(3);

  const grid = readWorkbookGrid(await writeWorkbook(result.summary()));
  if (!grid.ok) throw new Error('unreadable');
  // Every character of every unit's text, in registry order, per section.
  const read = readSummaryReport(grid.grid, [TEMPLATE], 'Tổng hợp.xlsx');
  if ('failure' in read) throw new Error(read.failure.map(formatIssue).join('\n'));
  for (const s of sections) expect([s.section, read.content.sections[s.section]]).toEqual([s.section, s.entries.map((e) => ({ unitName: e.unit.name, text: e.text }))]);

  const rebuilt = rebuildReport(grid.grid, [TEMPLATE], 'Tổng hợp.xlsx');
  if ('failure' in rebuilt) throw new Error(rebuilt.failure.map(formatIssue).join('\n'));
  // The compilation rebuilt is the one the round wrote, and holds each text as the cleaner gives it.
  // (The issuer is read back as printed, in capitals.)
  expect({ ...rebuilt.compilation.spec, creator: '' }).toEqual({ ...result.compilation().spec, creator: '' });
  const units = unitsOf(rebuilt.compilation.spec, registry.units.map((u) => u.name));
  expect(units.size).toBe(sections.flatMap((s) => s.entries).length);
  for (const s of sections) for (const e of s.entries) expect([s.section, e.unit.name, units.get(`${s.section}|${e.unit.name}`)]).toEqual([s.section, e.unit.name, cleanExcerpt(e.text)]);
  // And the Word file carries them: the longest text's last paragraph is in it.
  const xml = await (await JSZip.loadAsync(await writeDocumentInChunks(rebuilt.compilation.spec))).file('word/document.xml')!.async('string');
  const lastLine = cleanExcerpt(sections.find((s) => s.section === 'II.1')!.entries[1].text).at(-1)!;
  expect(xml).toContain(lastLine);
});
