import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { main } from '../src/cli/tonghop';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { makeSampleEntries, makeSampleFiles } from '../src/sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { PERIOD_H1_2026 } from './helpers/builders';

// A unit whose report had errors fixes it and sends it again, the report date unchanged, as units
// do: the corrected file counts, on time, and the unit is neither chased nor sent the old errors.
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

let dir: string;
let unitName: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-sua-'));
  const reports = path.join(dir, 'Báo cáo nhận được');
  fs.mkdirSync(reports);
  const deadline = '2026-06-22';
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline });
  const samples = makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, PERIOD_H1_2026, deadline);
  const invalid = samples.find((s) => s.expect === 'invalid');
  if (!invalid) throw new Error('the sample round has no invalid report');
  const index = SAMPLE_REGISTRY.units.findIndex((u) => u.code === invalid.unitCode);
  const unit = SAMPLE_REGISTRY.units[index];
  unitName = unit.name;
  // The corrected file: the same unit, report and report date, its mistakes fixed (the sample made again without them).
  const corrected = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: (invalid.entries.metadata?.['ngay_bao_cao'] as { date: string }).date, seed: 1000 + index, template: DEFAULT_TEMPLATE }).entries;
  const before = path.join(reports, 'Báo cáo - có lỗi.xlsx');
  const after = path.join(reports, 'Báo cáo - đã sửa.xlsx');
  fs.writeFileSync(before, await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, invalid.entries)));
  fs.writeFileSync(after, await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, corrected)));
  // Saved a day apart: the names alone would choose the file with errors ("có" after "đã").
  fs.utimesSync(before, new Date('2026-06-20T03:00:00Z'), new Date('2026-06-20T03:00:00Z'));
  fs.utimesSync(after, new Date('2026-06-21T03:00:00Z'), new Date('2026-06-21T03:00:00Z'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const round = ['--ky', 'H1', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '06/07/2026'];

test('tong-hop counts the corrected file, on time, and says which file replaced which', async () => {
  const result = await run(['tong-hop', path.join(dir, 'Báo cáo nhận được'), ...round, '-o', path.join(dir, 'Tổng hợp.xlsx'), '--khong-word', '--phan-hoi', path.join(dir, 'Phản hồi')]);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(new RegExp(`${unitName}\\s+Đúng hạn`));
  expect(fs.existsSync(path.join(dir, 'Phản hồi', `${unitName}.txt`))).toBe(false);
  const summary = XLSX.read(fs.readFileSync(path.join(dir, 'Tổng hợp.xlsx')));
  const cells = Object.values(summary.Sheets).flatMap((sheet) => XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).flat().map(String));
  expect(cells).toContain('Đã thay bằng tệp khác');
  expect(cells.some((c) => c.includes('Đã thay bằng tệp "Báo cáo - đã sửa.xlsx" (ngày báo cáo') && c.includes('vì tệp đó không có lỗi, tệp này còn lỗi'))).toBe(true);
});

test('don-doc neither chases the unit nor sends it its old errors', async () => {
  const result = await run(['don-doc', path.join(dir, 'Báo cáo nhận được'), ...round, '-o', path.join(dir, 'Đôn đốc'), '--phan-hoi', path.join(dir, 'Phản hồi 2')]);
  expect(result.code).toBe(0);
  expect(result.out).toContain('0 báo cáo còn lỗi');
  expect(result.out).not.toContain(`${unitName} (`);
  expect(fs.existsSync(path.join(dir, 'Phản hồi 2', `${unitName}.txt`))).toBe(false);
});

test('kiem-tra still tells each file on its own', async () => {
  const result = await run(['kiem-tra', path.join(dir, 'Báo cáo nhận được'), ...round]);
  expect(result.code).toBe(1);
  expect(result.out).toContain('Báo cáo - đã sửa.xlsx');
  expect(result.out).toMatch(/Báo cáo - đã sửa\.xlsx \([^)]+\)\n {2}Không có lỗi hay cảnh báo\. Sẵn sàng gửi\./);
});
