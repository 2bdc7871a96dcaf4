import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { readWordFile } from '../src/adapters/word/readWordFile';
import { isWordReport } from '../src/adapters/word/sniffWordFile';
import { nativeInflateRaw } from '../src/adapters/xlsxFast/nativeInflateRaw';
import { createChecker } from '../src/app/checkFileBytes';
import type { SubmissionInput } from '../src/core/consolidation/Consolidation';
import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { BENCH_DEADLINE, BENCH_PERIOD, BENCH_TEMPLATE, benchEntries, benchRegistry, benchWordLayout, benchWordReport, isWordUnit } from '../scripts/bench/benchData';
import { pageCount, toPdf, withLibreOffice } from './helpers/libreOffice';

/*
 * The bench's Word units (scripts/bench/benchData.ts): each sends a Word document with its
 * workbook's content, and the round must read it as it reads the workbook.
 */

const N = 30;
const registry = benchRegistry(N);
const request = { templates: [BENCH_TEMPLATE], today: '2026-07-06', period: BENCH_PERIOD, registry, template: BENCH_TEMPLATE };
const check = createChecker(request, (bytes, options) => readWorkbookGrid(bytes, options), { recognises: isWordReport, read: (bytes, name) => readWordFile(bytes, name, { inflate: nativeInflateRaw }) });
const round = { template: BENCH_TEMPLATE, period: BENCH_PERIOD, deadline: BENCH_DEADLINE, registry, body: 'Thử nghiệm' };
const wordIndexes = registry.units.map((_, i) => i).filter(isWordUnit);

async function twins(): Promise<{ workbooks: SubmissionInput[]; words: SubmissionInput[] }> {
  const spec = buildTemplateWorkbook(BENCH_TEMPLATE, { period: BENCH_PERIOD, registry, deadline: BENCH_DEADLINE });
  const workbooks: SubmissionInput[] = [];
  const words: SubmissionInput[] = [];
  for (const i of wordIndexes) {
    const unit = registry.units[i];
    workbooks.push(await check({ name: `${unit.code}.xlsx`, bytes: await writeWorkbook(fillTemplateWorkbook(spec, BENCH_TEMPLATE, benchEntries(unit, i))), modifiedOn: '2026-06-20' }));
    words.push(await check({ name: `${unit.code}.docx`, bytes: benchWordReport(unit, i), modifiedOn: '2026-06-20' }));
  }
  return { workbooks, words };
}

test('every third unit sends Word, a tenth of them with two sections merged', () => {
  expect(wordIndexes).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
  expect(wordIndexes.map(benchWordLayout)).toEqual(['typed', 'styles', 'typed', 'styles', 'typed', 'styles', 'typed', 'styles', 'typed', 'merged']);
});

test("a Word unit reads as a sure submission with its workbook twin's totals, texts and status; the merged one waits for the officer", async () => {
  const { workbooks, words } = await twins();
  const asWorkbooks = consolidateReports(round, workbooks);
  const asWord = consolidateReports(round, words);
  const merged = wordIndexes.findIndex((i) => benchWordLayout(i) === 'merged');
  const statusOf = (c: typeof asWord) => wordIndexes.map((i) => c.units[i].status);
  // Read as sure: nothing to decide, no error, the same status as its workbook (on time or late).
  expect(statusOf(asWord)).toEqual(statusOf(asWorkbooks).map((s, k) => (k === merged ? 'pending' : s)));
  for (const [k, input] of words.entries()) {
    if (!('report' in input)) throw new Error(`${input.fileName} not read`);
    expect([input.fileName, input.report.word?.toDecide.length]).toEqual([input.fileName, k === merged ? 1 : 0]);
    expect(input.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(input.report.word?.sections.every((s) => s.certainty === 'sure' || k === merged)).toBe(true);
  }
  // The totals and each section's texts, unit by unit, are the twins' but the merged unit's, waiting.
  const others = consolidateReports(round, workbooks.filter((_, k) => k !== merged));
  const texts = (c: typeof asWord) => c.sections.map((s) => [s.section, s.entries.map((e) => [e.unit.code, e.text])]);
  expect(asWord.totals).toEqual(others.totals);
  expect(texts(asWord)).toEqual(texts(others));
  expect(asWord.nominations.length).toBe(others.nominations.length);
  // Confirmed by its key, it counts: all the twins' totals.
  const key = (words[merged] as { report: { word?: { key: string } } }).report.word?.key ?? '';
  expect(consolidateReports({ ...round, confirmedWord: [key] }, words).totals).toEqual(asWorkbooks.totals);
});

withLibreOffice('the shortest and the longest Word unit of a 3,000-unit round print on 8 to 15 pages', () => {
  const all = benchRegistry(3000);
  const length = (i: number) => Object.values(benchEntries(all.units[i], i).sections ?? {}).join('').length;
  const sized = all.units.map((_, i) => i).filter(isWordUnit).map((i) => ({ i, chars: length(i) })).sort((a, b) => a.chars - b.chars);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-word-'));
  try {
    const pages = [sized[0], sized[sized.length - 1]].map(({ i }) => {
      const file = path.join(work, `${all.units[i].code}.docx`);
      fs.writeFileSync(file, benchWordReport(all.units[i], i));
      return pageCount(toPdf(file, work));
    });
    expect(pages[0]).toBeGreaterThanOrEqual(8);
    expect(pages[1]).toBeLessThanOrEqual(15);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
