import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { consolidateFiles, writeSummaryFile } from '../src/cli/jobs';
import { readPreviousSummary } from '../src/core/workbook/read/readPreviousSummary';
import type { Consolidation } from '../src/core/consolidation/Consolidation';
import type { UnitRegistry } from '../src/core/registry/UnitRegistry';
import { BUILTIN_TEMPLATES, DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { checkSubmissionGrid } from '../src/core/validation/checkSubmissionGrid';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { LIMITS } from '../src/core/round/limits';
import { ROLLUP_SHEETS } from '../src/core/workbook/rollUpLayout';
import { placeDateLine } from '../src/core/workbook/officialHeader';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import type { OfficialDocument } from '../src/core/workbook/OfficialDocument';
import { makeSampleEntries } from '../src/sample/makeSampleReports';
import { PERIOD_H1_2026 } from './helpers/builders';

// Three levels: 3 provinces × 5 communes → 3 summaries → 1. Every figure, ratio and nomination
// must reach the top exactly, and each summary must pass as an ordinary submission.
const PROVINCES = ['Tỉnh An Hòa', 'Tỉnh Bình Sơn', 'Tỉnh Cẩm Giang'];
const deadline = '2026-06-22';
const today = '2026-07-06';
let dir: string;
const communeFigures: Record<string, number>[] = [];
const communeNames: string[] = [];
const provinceSummaries: string[] = [];
let top: Consolidation;
let topSummary: string;

const CROPS = ['lúa nếp cái hoa vàng', 'chè shan tuyết', 'cam sành', 'bưởi da xanh', 'nhãn lồng', 'vải thiều', 'hoa đào', 'rau an toàn', 'nấm rơm', 'mật ong rừng', 'gạo tám thơm', 'dưa hấu', 'măng tre', 'sen hồ', 'quế hồi'];
const CRAFTS = ['mây tre đan', 'gốm sứ', 'dệt thổ cẩm', 'chạm khắc gỗ', 'làm nón lá', 'đúc đồng', 'thêu ren', 'làm hương', 'làm bánh đa', 'rèn', 'sơn mài', 'làm giấy dó', 'đan lưới', 'làm tương', 'nấu rượu'];
/** What one commune alone did: sentences no other commune writes, whatever their numbers. */
const ownDeeds = (k: number) =>
  [
    `Nét riêng trong kỳ là mô hình trồng ${CROPS[k]} gắn với xây dựng nông thôn mới kiểu mẫu, được bà con hưởng ứng rộng rãi.`,
    `Làng nghề ${CRAFTS[k]} tổ chức truyền dạy cho thanh niên, góp phần giữ gìn bản sắc và tăng thu nhập cho người dân.`,
    `Hội Cựu chiến binh phối hợp với đoàn thanh niên kể chuyện về Bác bên cây ${CROPS[(k + 7) % CROPS.length]} của làng.`,
    `Các chi bộ thôn đăng ký công trình măng non gắn với nghề ${CRAFTS[(k + 4) % CRAFTS.length]} truyền thống của quê hương.`,
  ].join(' ');

const issuerOf = (p: string) => `Ban Tuyên giáo và Dân vận ${p.replace('Tỉnh', 'Tỉnh ủy')}`;
const documentFor = (issuer: string, n: number): OfficialDocument => ({
  bodyAbove: 'Đảng bộ tỉnh (thử)',
  issuer,
  number: `${40 + n}-BC/BTGDVTU`,
  place: 'Thành phố Thử',
  date: today,
  recipients: ['Ban Tuyên giáo và Dân vận Trung ương (để báo cáo)', 'Thường trực Tỉnh ủy (để báo cáo)', 'Lưu Văn phòng'],
  issuerKind: 'department',
  signer: n === 1 ? 'deputy' : 'head',
  signerName: 'Nguyễn Văn Thử',
  author: 'Trần Thị Lập',
  phone: '0912345678',
  email: 'tonghop@example.vn',
});

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-rollup-'));
  for (const [p, province] of PROVINCES.entries()) {
    const registry: UnitRegistry = { units: Array.from({ length: 5 }, (_, i) => ({ code: `P${p}X${i}`, name: `Đảng ủy xã ${province.slice(5)} ${i + 1}`, kind: 'Đảng ủy xã' })) };
    const template = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry, deadline });
    const files: string[] = [];
    for (const [i, unit] of registry.units.entries()) {
      const { entries, figures } = makeSampleEntries({ unit, period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 100 * p + i, template: DEFAULT_TEMPLATE });
      // The sample's few variants of each section would make five communes' texts look copied from
      // one another (tests/copies.test.ts covers that): each commune adds what only it did.
      entries.sections = Object.fromEntries(Object.entries(entries.sections ?? {}).map(([code, text]) => [code, `${text}\n${ownDeeds(p * 5 + i)}`]));
      communeFigures.push(figures);
      communeNames.push(unit.name);
      const file = path.join(dir, `${unit.code}.xlsx`);
      fs.writeFileSync(file, await writeWorkbook(fillTemplateWorkbook(template, DEFAULT_TEMPLATE, entries)));
      files.push(file);
    }
    const issuer = issuerOf(province);
    // Bình Sơn's office chose the third commune's proposals; the others keep the pre-marks.
    const sendUp = p === 1 ? [`${registry.units[2].code}#1`, `${registry.units[2].code}#2`] : undefined;
    const c = await consolidateFiles({ files, round: { template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline, registry, body: issuer, sendUp }, templates: BUILTIN_TEMPLATES, today });
    expect(c.nominations).toHaveLength(10);
    expect(c.counts.on_time).toBe(5);
    provinceSummaries.push(await writeSummaryFile(c, path.join(dir, 'cap-tinh', `Tổng hợp ${province}.xlsx`), { overwrite: false, generatedOn: today, document: documentFor(issuer, p) }));
  }
  const centre: UnitRegistry = { units: PROVINCES.map((p, i) => ({ code: `T${i}`, name: issuerOf(p), kind: 'Ban Tuyên giáo và Dân vận tỉnh ủy' })) };
  top = await consolidateFiles({ files: provinceSummaries, round: { template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-07-10', registry: centre, body: 'Ban Tuyên giáo và Dân vận Trung ương' }, templates: BUILTIN_TEMPLATES, today });
  topSummary = await writeSummaryFile(top, path.join(dir, 'Tổng hợp toàn quốc.xlsx'), { overwrite: false, generatedOn: today, document: { ...documentFor('Ban Tuyên giáo và Dân vận Trung ương', 9), issuerKind: 'committee' } });
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('each province summary is read by the level above as a valid submission', () => {
  expect(top.units.map((u) => [u.unit.name, u.status])).toEqual(PROVINCES.map((p) => [issuerOf(p), 'on_time']));
  for (const u of top.units) expect([u.unit.name, u.file!.errors, u.file!.issues.map((i) => i.code)]).toEqual([u.unit.name, 0, expect.not.arrayContaining(['NAMES_MISSING'])]);
});

test('every total at the top equals the sum over the 15 communes; ratios are recomputed', () => {
  for (const ind of DEFAULT_TEMPLATE.indicators) {
    if (ind.aggregation !== 'sum') continue;
    const expected = communeFigures.reduce((s, f) => s + f[ind.code], 0);
    expect([ind.code, top.totals[ind.code]]).toEqual([ind.code, expected]);
  }
  const members = communeFigures.reduce((s, f) => s + f['tong_dang_vien'], 0);
  const studied = communeFigures.reduce((s, f) => s + f['dv_hoc_tap'], 0);
  expect(top.ratios['ty_le_hoc_tap']).toBe(Math.round((studied / members) * 10000) / 100);
});

test('only the proposals marked "Gửi cấp trên" go up: 1 tập thể and 1 cá nhân a province, each with the commune that proposed it', () => {
  expect(top.nominations.map((n) => [n.unit.code, n.nomination.kind])).toEqual(PROVINCES.flatMap((_, i) => [[`T${i}`, 'Tập thể'], [`T${i}`, 'Cá nhân']]));
  const origins = top.nominations.map((n) => n.nomination.values['ghi_chu']);
  // Marked by the office in Bình Sơn (both from its third commune, its choice stays); the pre-marks
  // elsewhere, spread over communes: the first commune's collective, the second's individual.
  expect(origins.map((o) => o.replace(/\.\s.*$/, ''))).toEqual(['An Hòa 1', 'An Hòa 2', 'Bình Sơn 3', 'Bình Sơn 3', 'Cẩm Giang 1', 'Cẩm Giang 2'].map((x) => `Đề xuất của: Đảng ủy xã ${x}`));
  // No province sent more than the guidance: the level above has nothing to warn about.
  for (const u of top.units) expect(u.file?.issues.map((i) => i.code)).not.toContain('NOMINATION_KIND_EXTRA');
  // At the top, the pre-marks choose again among the six, spread: the first province's collective, the second's individual.
  expect(top.nominations.filter((n) => n.sendUp).map((n) => n.key)).toEqual(['T0#1', 'T1#2']);
});

test('each level sends up its own synthesis: the level above reads each province\'s paragraphs, its communes named in them', () => {
  const draft = top.sections.find((s) => s.section === 'I')!.entries;
  expect(draft).toHaveLength(3);
  // A province's section is what its office wrote: the synthesis, its communes named as sources, no compiled drafts.
  expect(draft[0].text).not.toMatch(/^▸/m);
  expect(draft[0].text).toMatch(/Đảng ủy xã An Hòa \d/);
  expect(draft[0].text.length).toBeLessThan(LIMITS.excel.cellCharacters);
});

test('the roll-up report is the official form: header, title, recipients, signature, Times New Roman', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(provinceSummaries[1]) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(ROLLUP_SHEETS.form)!;
  const text = (a: string) => String(ws.getCell(a).value ?? '');
  expect(text('B1')).toBe('ĐẢNG BỘ TỈNH (THỬ)');
  // Broken between words, before the committee, as HD 36 places it; wrapped in the cell.
  expect(text('B2')).toBe('BAN TUYÊN GIÁO VÀ DÂN VẬN\nTỈNH ỦY BÌNH SƠN');
  expect(ws.getCell('B2').alignment).toEqual(expect.objectContaining({ wrapText: true, horizontal: 'center' }));
  expect(ws.getCell('B2').font).toEqual(expect.objectContaining({ name: 'Times New Roman', size: 14, bold: true }));
  expect(text('B3')).toBe('*');
  expect(text('B4')).toBe('Số 41-BC/BTGDVTU');
  expect(text('C1')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(ws.getCell('C1').font).toEqual(expect.objectContaining({ name: 'Times New Roman', size: 15, bold: true }));
  expect(text('C4')).toBe('Thành phố Thử, ngày 06 tháng 7 năm 2026');
  expect(ws.getCell('C4').font).toEqual(expect.objectContaining({ italic: true, size: 14 }));
  expect(text('B6')).toBe('BÁO CÁO');
  expect(ws.getCell('B6').font).toEqual(expect.objectContaining({ bold: true, size: 16 }));
  const cells: { address: string; value: string }[] = [];
  ws.eachRow((row) => row.eachCell((cell) => cells.push({ address: cell.address, value: String(cell.value) })));
  const noiNhan = cells.find((c) => c.value === 'Nơi nhận:')!;
  expect(ws.getCell(noiNhan.address).font).toEqual(expect.objectContaining({ underline: true, size: 12 }));
  const row = Number(noiNhan.address.slice(1));
  expect([text(`C${row}`), text(`C${row + 1}`)]).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']);
  expect(text(`B${row + 3}`)).toBe('- Lưu Văn phòng.');
  expect(ws.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, orientation: 'portrait' }));
  expect(ws.getColumn(1).hidden).toBe(true);
  const centre = new ExcelJS.Workbook();
  await centre.xlsx.load(fs.readFileSync(topSummary) as unknown as ArrayBuffer);
  const signature = [] as string[];
  centre.getWorksheet(ROLLUP_SHEETS.form)!.eachRow((r) => signature.push(String(r.getCell(3).value ?? '')));
  expect(signature).toEqual(expect.arrayContaining(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']));
});

test('official dates pad days under 10 and months 1 and 2', () => {
  const doc = { bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận', place: 'Hà Nội' };
  expect(placeDateLine({ ...doc, date: '2024-04-10' })).toBe('Hà Nội, ngày 10 tháng 4 năm 2024');
  expect(placeDateLine({ ...doc, date: '2024-02-05' })).toBe('Hà Nội, ngày 05 tháng 02 năm 2024');
});

test('every unit figure tells its file and cell, and every total is a formula over the unit cells', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(provinceSummaries[0]) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Số liệu')!;
  const codes = ws.getRow(5).values as unknown[];
  const col = codes.indexOf('tong_dang_vien');
  expect(ws.getRow(5).getCell(5).value).toBe(null);
  expect(ws.getRow(4).getCell(5).value).toBe('Nguồn: tệp, ô');
  expect(ws.getRow(6).getCell(5).value).toBe('P0X0.xlsx: Số liệu!D6, D8, D10:D11, D13:D14, D16:D19, D21, D23:D29, D31:D32, D34:D37');
  expect(ws.getRow(6).getCell(col).value).toBe(communeFigures[0]['tong_dang_vien']);
  expect((ws.getRow(11).getCell(col).value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\([A-Z]+6:[A-Z]+10\)$/);
});

test('compared with the previous period like for like (the units that reported both times), and units that stopped reporting', async () => {
  const read = readWorkbookGrid(new Uint8Array(fs.readFileSync(provinceSummaries[0])));
  const previous = read.ok ? readPreviousSummary(read.grid, BUILTIN_TEMPLATES) : null;
  expect(previous?.label).toBe('6 tháng đầu năm 2026');
  expect(previous?.reportedUnitCodes).toEqual(['P0X0', 'P0X1', 'P0X2', 'P0X3', 'P0X4']);
  expect(previous?.totals['tong_dang_vien']).toBe(communeFigures.slice(0, 5).reduce((s, f) => s + f['tong_dang_vien'], 0));
  expect(previous?.byUnit['P0X3']['tong_dang_vien']).toBe(communeFigures[3]['tong_dang_vien']);
  // And each unit's texts then ("Nội dung"), by section: a text carried over into this period is told.
  expect(Object.keys(previous?.textsByUnit?.['P0X3'] ?? {}).length).toBeGreaterThan(3);
  // This period only two communes have reported so far.
  const registry: UnitRegistry = { units: Array.from({ length: 5 }, (_, i) => ({ code: `P0X${i}`, name: `Đảng ủy xã An Hòa ${i + 1}`, kind: 'Đảng ủy xã' })) };
  const c = await consolidateFiles({ files: [path.join(dir, 'P0X0.xlsx'), path.join(dir, 'P0X3.xlsx')], round: { template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline, registry, body: issuerOf(PROVINCES[0]), previous: previous! }, templates: BUILTIN_TEMPLATES, today });
  expect(c.missingSincePrevious.map((u) => u.code)).toEqual(['P0X1', 'P0X2', 'P0X4']);
  // The same two files sent again: their texts are the previous period's, section for section.
  const carried = c.copies.filter((f) => f.kind === 'previous_period');
  expect([...new Set(carried.map((f) => f.unit.code))]).toEqual(['P0X0', 'P0X3']);
  expect(carried[0]).toMatchObject({ period: '6 tháng đầu năm 2026', share: 1 });
  const out = await writeSummaryFile(c, path.join(dir, 'so-sanh.xlsx'), { overwrite: false, generatedOn: today });
  const grid = readWorkbookGrid(new Uint8Array(fs.readFileSync(out)));
  if (!grid.ok) throw new Error('unreadable');
  const rows = grid.grid.sheets.find((s) => s.name === 'Số liệu')!.rows;
  const rowStarting = (text: string) => rows.find((r) => typeof r[2] === 'string' && r[2].startsWith(text))!;
  const at = rows.find((r) => r.includes('tong_dang_vien'))!.indexOf('tong_dang_vien');
  // Last period's two communes that reported again, not all five: P0X0 and P0X3.
  const bothTimes = communeFigures[0]['tong_dang_vien'] + communeFigures[3]['tong_dang_vien'];
  expect(rowStarting('KỲ TRƯỚC')[2]).toBe('KỲ TRƯỚC (6 tháng đầu năm 2026), 2 đơn vị báo cáo cả hai kỳ');
  expect(rowStarting('KỲ TRƯỚC')[at]).toBe(bothTimes);
  expect(rowStarting('KỲ NÀY')[at]).toBe(bothTimes);
  expect(rowStarting('TĂNG (+), GIẢM (-) SO VỚI KỲ TRƯỚC, tính trên 2 đơn vị báo cáo cả hai kỳ')[at]).toBe(0);
  const form = grid.grid.sheets.find((s) => s.name === 'Báo cáo tổng hợp')!.rows;
  expect(form.some((r) => r.includes('Tăng, giảm (2 đơn vị)'))).toBe(true);
  const status = grid.grid.sheets.find((s) => s.name === 'Tình hình nộp')!.rows.map((r) => r[4]);
  expect(status.filter((s) => s === 'Kỳ trước có nộp, kỳ này chưa nộp')).toHaveLength(3);
});

test('a roll-up report passes the same validation as a unit report', () => {
  const read = readWorkbookGrid(new Uint8Array(fs.readFileSync(provinceSummaries[2])));
  if (!read.ok) throw new Error('unreadable');
  const checked = checkSubmissionGrid(read.grid, BUILTIN_TEMPLATES, { today, period: PERIOD_H1_2026, registry: { units: [{ code: 'T2', name: issuerOf(PROVINCES[2]), kind: '' }] } });
  if (!('report' in checked)) throw new Error('refused');
  expect(checked.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(checked.report.issues.map((i) => i.code)).toEqual([]);
});
