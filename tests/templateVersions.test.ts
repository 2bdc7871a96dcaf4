import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { consolidateFiles } from '../src/cli/jobs';
import type { Consolidation } from '../src/core/consolidation/Consolidation';
import { formatIssue } from '../src/core/issues/issueMessages';
import { isCount, type ReportTemplate } from '../src/core/template/ReportTemplate';
import { buildSummaryWorkbook, describeDifferences } from '../src/core/workbook/buildSummaryWorkbook';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { NAME_TEMPLATE_VERSION } from '../src/core/workbook/templateLayout';
import { makeSampleEntries } from '../src/sample/makeSampleReports';
import { makeRegistry, PERIOD_H1_2026, TEMPLATE, TEMPLATE_V2 } from './helpers/builders';
import { setNamedCell } from '../scripts/makeBadCorpus';

// A round in the year version 2 is published: some units still fill version 1, received as
// files, read on worker threads, and consolidated under version 2.
const registry = makeRegistry(8);
const deadline = '2026-06-22';
const figuresByUnit = new Map<string, Record<string, number>>();
let c: Consolidation;

async function writeSubmission(dir: string, template: ReportTemplate, index: number, extra: Record<string, number> = {}): Promise<string> {
  const unit = registry.units[index];
  const { entries, figures } = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 40 + index, template });
  const own: Record<string, number> = {};
  for (const ind of template.indicators.filter(isCount)) if (ind.code in figures || ind.code in extra) own[ind.code] = extra[ind.code] ?? figures[ind.code];
  entries.indicators = own;
  if (template.sections.some((s) => s.code === 'II.7')) {
    entries.sections = { ...entries.sections, 'II.7': `Toàn đảng bộ có ${extra.chi_bo_chuyen_de} chi bộ sinh hoạt chuyên đề về học tập và làm theo Bác; nhiều chi bộ mời đảng viên cao tuổi kể chuyện về Bác, gắn với việc làm cụ thể của từng tổ dân phố.` };
  }
  figuresByUnit.set(unit.code, own);
  const spec = buildTemplateWorkbook(template, { period: PERIOD_H1_2026, registry, deadline });
  const file = path.join(dir, `${index + 1} ${unit.name} v${template.version}.xlsx`);
  fs.writeFileSync(file, await writeWorkbook(fillTemplateWorkbook(spec, template, entries)));
  return file;
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-versions-'));
  const files: string[] = [];
  for (const i of [0, 1, 2]) files.push(await writeSubmission(dir, TEMPLATE, i));
  for (const i of [3, 4, 5, 6]) files.push(await writeSubmission(dir, TEMPLATE_V2, i, { tong_chi_bo: 20 + i, chi_bo_chuyen_de: 10 + i, hoi_thi: i }));
  // A file claiming version 3, which nobody has published yet.
  const v3 = setNamedCell(buildTemplateWorkbook(TEMPLATE_V2, { period: PERIOD_H1_2026, registry, deadline }), NAME_TEMPLATE_VERSION, (cell) => (cell.value = 3));
  const { entries } = makeSampleEntries({ unit: registry.units[7], period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 99, template: TEMPLATE_V2 });
  delete entries.indicators!.hoat_dong_tt;
  files.push(path.join(dir, '8 phiên bản 3.xlsx'));
  fs.writeFileSync(files[files.length - 1], await writeWorkbook(fillTemplateWorkbook(v3, TEMPLATE_V2, entries)));
  c = await consolidateFiles({
    files,
    round: { template: TEMPLATE_V2, alsoAccept: [TEMPLATE], period: PERIOD_H1_2026, deadline, registry, body: 'Ban Tuyên giáo và Dân vận (thử)' },
    templates: [TEMPLATE_V2, TEMPLATE],
    today: '2026-07-06',
  });
});

const sum = (units: number[], code: string) => units.reduce((n, i) => n + figuresByUnit.get(registry.units[i].code)![code], 0);

test('each file is read with its own version and checked without errors', () => {
  const used = c.files.filter((f) => f.role === 'used');
  expect(used.map((f) => f.report!.template.version)).toEqual([1, 1, 1, 2, 2, 2, 2]);
  expect(used.flatMap((f) => f.issues.filter((i) => i.severity === 'error'))).toEqual([]);
});

test('shared indicators total exactly over both versions; new ones over version 2 units only', () => {
  const all = [0, 1, 2, 3, 4, 5, 6];
  for (const code of ['tong_dang_vien', 'dv_hoc_tap', 'tin_bai_mang', 'dv_ktgs']) expect([code, c.totals[code]]).toEqual([code, sum(all, code)]);
  expect(c.reportedBy.tong_dang_vien).toBe(7);
  expect(c.totals.tong_chi_bo).toBe(23 + 24 + 25 + 26);
  expect(c.reportedBy.tong_chi_bo).toBe(4);
  expect(c.ratios.ty_le_chi_bo_chuyen_de).toBe(Math.round((1000 * (13 + 14 + 15 + 16)) / 98) / 10);
  const studied = sum(all, 'dv_hoc_tap');
  expect(c.ratios.ty_le_hoc_tap).toBe(Math.round((10000 * studied) / sum(all, 'tong_dang_vien')) / 100);
  expect(c.sections.find((s) => s.section === 'II.7')!.entries).toHaveLength(4);
});

test('an unknown version is refused, naming the versions known and the one to use', () => {
  const file = c.files.find((f) => f.fileName.includes('phiên bản 3'))!;
  expect(file.role).toBe('unreadable');
  expect(file.issues.map((i) => i.code)).toEqual(['TEMPLATE_VERSION_UNKNOWN']);
  expect(formatIssue(file.issues[0])).toContain('phiên bản 3, nhưng phần mềm chỉ có phiên bản 1, 2');
  expect(formatIssue(file.issues[0])).toContain('(mã hn-kl01, phiên bản 2)');
});

test('the summary lists the versions received and what they do not share', () => {
  const spec = buildSummaryWorkbook(c, { generatedOn: '2026-07-06' });
  const overview = spec.sheets[0];
  const texts = overview.cells.map((cell) => String(cell.value ?? ''));
  expect(texts).toContain('phiên bản 2: 4 đơn vị; phiên bản 1: 3 đơn vị');
  const lines = describeDifferences(c);
  expect(lines).toContain('Chỉ tiêu "Tổng số chi bộ trực thuộc" (tong_chi_bo): chỉ có ở phiên bản 2; tổng chỉ tính trên 4 đơn vị dùng phiên bản này, đơn vị dùng phiên bản 1 không có số liệu.');
  expect(lines).toContain('Chỉ tiêu "Hội thi, tọa đàm, triển lãm, giao lưu" (hoat_dong_tt): chỉ có ở phiên bản 1; không có trong bảng tổng hợp vì mẫu của đợt là phiên bản 2.');
  for (const line of lines) expect(texts).toContain(line);
});
