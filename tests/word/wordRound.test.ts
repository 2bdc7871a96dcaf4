import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbookGrid } from '../../src/adapters/sheetjs/readWorkbookGrid';
import { main } from '../../src/cli/tonghop';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { contentKey } from '../../src/core/text/contentKey';
import { readSummaryFigures, readSummaryStatus } from '../../src/core/workbook/read/readSummaryWorkbook';
import { loadWordFixtures } from './loadWordFixtures';
import type { WorkbookGrid } from '../../src/core/workbook/WorkbookGrid';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTty: false }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

let dir: string;
const round = ['--ky', 'Q2', '--nam', '2026', '--danh-sach-mau', '--hom-nay', '20/07/2026'];
const fixtures = loadWordFixtures('dev');
const byName = (prefix: string) => fixtures.filter((f) => f.name.startsWith(prefix))[0];
// Word reports as units send them, and two turned into the template by doc-word (one of them sent as Word too).
const asWord = ['d01', 'd02', 'd03', 'd04', 'd05', 'd06', 'd08', 'd10', 'd18', 'd20'];
const asWorkbook = ['d09', 'd10'];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-word-'));
  fs.mkdirSync(path.join(dir, 'nop'));
  for (const p of asWord) fs.copyFileSync(byName(p).path, path.join(dir, 'nop', byName(p).name));
  const converted = await run(['doc-word', ...asWorkbook.map((p) => byName(p).path), ...round, '-o', path.join(dir, 'nop')]);
  expect(converted.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('doc-word --json: one object per file in the project\'s keys, what is not sure marked', async () => {
  const result = await run(['doc-word', byName('d01').path, byName('d09').path, ...round, '--json', '-o', path.join(dir, 'json')]);
  expect(result.code).toBe(0);
  const [d01, d09] = JSON.parse(result.out) as Record<string, unknown>[];
  expect(d01).toMatchObject({ tep: 'd01-ngoc-ha.docx', dinhDang: 'docx', thongTin: { ma_don_vi: 'HN-02', so_ky_hieu: byName('d01').truth.header.soKyHieu, ngay_bao_cao: '15/06/2026', ky_bao_cao: 'Q2', nam: 2026 }, canQuyetDinh: 0 });
  expect((d01.phan as { ma: string; canXem: boolean }[]).map((p) => p.ma)).toEqual(byName('d01').truth.sections.map((s) => s.codes[0]));
  expect((d09.soLieu as { nguon: string; canXem: boolean }[]).every((f) => f.nguon === 'cau' && f.canXem)).toBe(true);
  expect(d09.canQuyetDinh).toBeGreaterThan(0);
  expect(fs.readdirSync(path.join(dir, 'json')).sort()).toEqual(['d01-ngoc-ha.xlsx', 'd09-dong-da.xlsx']);
});

test('a mixed round: no Word unit counted missing, one with something to decide waits, a workbook counts over its Word report, the totals are the counted units\' sums', async () => {
  const target = path.join(dir, 'Tổng hợp.xlsx');
  const result = await run(['tong-hop', path.join(dir, 'nop'), ...round, '-o', target]);
  expect(result.code).toBe(0);
  const grid = readWorkbookGrid(new Uint8Array(fs.readFileSync(target)));
  if (!grid.ok) throw new Error('summary unreadable');
  const status = readSummaryStatus(grid.grid) ?? [];
  const sent = new Set([...asWord, ...asWorkbook].map((p) => byName(p).truth.header.unitCode));
  const rows = status.filter((r) => sent.has(r.code));
  expect(rows).toHaveLength(sent.size);
  expect(rows.filter((r) => r.status === 'missing')).toEqual([]);
  // Figures only in sentences wait for the officer; so does a report whose parts were merged.
  expect(rows.find((r) => r.code === byName('d02').truth.header.unitCode)?.status).toBe('pending');
  expect(rows.find((r) => r.code === byName('d01').truth.header.unitCode)?.status).toBe('on_time');
  // Sent both ways: the workbook made from the Word report counts.
  expect(rows.find((r) => r.code === byName('d10').truth.header.unitCode)).toMatchObject({ status: 'on_time', fileName: 'd10-kim-lien.xlsx' });
  expect(result.out).not.toMatch(/\(chờ xác nhận\): /);
  const codes = new Set(DEFAULT_TEMPLATE.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  const figures = readSummaryFigures(grid.grid, codes);
  const counted = figures?.rows.filter((r) => r.counted) ?? [];
  expect(counted.map((r) => r.code).sort()).toEqual(rows.filter((r) => r.status === 'on_time' || r.status === 'late').map((r) => r.code).sort());
  // Each counted unit's figures are those its writer stated, and the totals their sums.
  for (const row of counted) {
    const truth = fixtures.find((f) => f.truth.header.unitCode === row.code && (asWorkbook.some((p) => f.name.startsWith(p)) || !fixtures.some((g) => g !== f && g.truth.header.unitCode === row.code)))?.truth;
    for (const f of truth?.figures ?? []) if (codes.has(f.code)) expect([row.code, f.code, row.values[f.code]]).toEqual([row.code, f.code, f.value]);
  }
  const total = grid.grid.sheets.find((s) => s.name === 'Số liệu')?.rows.find((r) => r?.some((v) => v === 'TỔNG CỘNG'));
  expect(total).toBeDefined();
  // The officer confirms d04 as read (its figures proposed from sentences), by the key the run gives: the next run counts it.
  const key = contentKey(new Uint8Array(byName('d04').bytes));
  expect(result.out + result.err).toContain(key);
  const again = await run(['tong-hop', path.join(dir, 'nop'), ...round, '--xac-nhan-word', key, '-o', path.join(dir, 'Tổng hợp 2.xlsx')]);
  expect(again.code).toBe(0);
  const grid2 = readWorkbookGrid(new Uint8Array(fs.readFileSync(path.join(dir, 'Tổng hợp 2.xlsx'))));
  if (!grid2.ok) throw new Error('summary unreadable');
  expect(readSummaryStatus(grid2.grid)?.find((r) => r.code === byName('d04').truth.header.unitCode)?.status).toBe('on_time');
});

/** Each section of the summary's Nội dung sheet: the units whose text is under it, with the text's first clause. */
function textsBySection(grid: WorkbookGrid): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const row of grid.sheets.find((s) => s.name === 'Nội dung')?.rows ?? []) {
    const [first, text] = [row?.[0], row?.[1]].map((v) => (typeof v === 'string' ? v : ''));
    const heading = /^([IVX]+(?:\.\d+)?)\. /u.exec(first);
    if (heading && text === '') out.set(heading[1], (current = []));
    else if (first && text && current) current.push(`${first}: ${text.normalize('NFC').split(/[,;:]/u)[0]}`);
  }
  return out;
}

test('the office\'s decisions kept in the round file: parts moved, a part left out; the status, the texts and the totals follow, in tong-hop and doc-word', async () => {
  const d04 = byName('d04');
  const key = contentKey(new Uint8Array(d04.bytes));
  const folder = path.join(dir, 'd04');
  fs.mkdirSync(folder);
  fs.copyFileSync(d04.path, path.join(folder, d04.name));
  const roundFile = (name: string, decision: object) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify({ ky: 'Q2', nam: 2026, xacNhanWord: [{ khoa: key, ...decision }] }));
    return file;
  };
  const summaryOf = async (args: string[], name: string) => {
    const result = await run(['tong-hop', folder, '--danh-sach-mau', '--hom-nay', '20/07/2026', ...args, '-o', path.join(dir, name)]);
    expect(result.code).toBe(0);
    const grid = readWorkbookGrid(new Uint8Array(fs.readFileSync(path.join(dir, name))));
    if (!grid.ok) throw new Error('summary unreadable');
    return grid.grid;
  };
  const unit = d04.truth.header.unitCode;
  const name = d04.truth.header.unit;
  const codes = new Set(DEFAULT_TEMPLATE.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  expect(readSummaryStatus(await summaryOf(round.slice(0, 4), 'd04-0.xlsx'))?.find((r) => r.code === unit)?.status).toBe('pending');

  // Two parts swapped by the officer: the unit counts, each text under the code it was moved to.
  const swapped = roundFile('dot-1.json', { chuyen: [{ tu: 'II.2', den: 'II.3' }, { tu: 'II.3', den: 'II.2' }] });
  const first = await summaryOf(['--dot', swapped], 'd04-1.xlsx');
  expect(readSummaryStatus(first)?.find((r) => r.code === unit)?.status).toBe('on_time');
  const texts = textsBySection(first);
  expect(texts.get('II.2')).toEqual([`${name}: Người đứng đầu cấp ủy`]);
  expect(texts.get('II.3')).toEqual([`${name}: Đến hết quý II`]);
  expect(readSummaryFigures(first, codes)?.rows.find((r) => r.code === unit)?.values['cuoc_kiem_tra']).toBe(5);

  // A part left out (the officer confirms the unit did not write it): counted, its figures, read from its sentences, gone with it.
  const leftOut = roundFile('dot-2.json', { chuyen: [{ tu: 'II.6', den: null }] });
  const counted = await summaryOf(['--dot', leftOut], 'd04-2.xlsx');
  expect(readSummaryStatus(counted)?.find((r) => r.code === unit)?.status).toBe('on_time');
  const row = readSummaryFigures(counted, codes)?.rows.find((r) => r.code === unit);
  expect([row?.values['cuoc_kiem_tra'], row?.values['vb_chi_dao']]).toEqual([null, 16]);
  expect(textsBySection(counted).get('II.6')).toEqual([]);

  const read = await run(['doc-word', d04.path, '--dot', swapped, '--json', '-o', path.join(dir, 'd04-json')]);
  expect(read.code).toBe(0);
  const [json] = JSON.parse(read.out) as { khoa: string; phan: { ma: string; tieuDeGoc: string; canXem: boolean }[] }[];
  expect(json.khoa).toBe(key);
  expect(json.phan.map((p) => [p.ma, p.tieuDeGoc])).toContainEqual(['II.2', 'II.3. Thực hiện trách nhiệm nêu gương:']);
  expect(read.err).toContain('đã theo quyết định trong tệp đợt (2 mục chuyển, 0 khối gắn)');
});

test('a wrong entry in the round file\'s xacNhanWord stops the run with the form to use', async () => {
  const roundFile = path.join(dir, 'dot-sai.json');
  fs.writeFileSync(roundFile, JSON.stringify({ ky: 'Q2', nam: 2026, xacNhanWord: [{ khoa: '0123456789abcdef', gan: [{ khoi: 0, vao: 'I' }] }] }));
  const result = await run(['kiem-tra', path.join(dir, 'nop'), '--dot', roundFile, '--danh-sach-mau', '--hom-nay', '20/07/2026']);
  expect(result.code).toBe(2);
  expect(result.err).toContain('"xacNhanWord" mục thứ 1 không hợp lệ');
});
