import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { convertWorkbook } from '../src/adapters/sheetjs/convertWorkbook';
import { useNativeZlib } from '../src/adapters/sheetjs/useNativeZlib';
import { readXlsxFast } from '../src/adapters/xlsxFast/readXlsxFast';
import { readZipParts } from '../src/adapters/xlsxFast/readZipParts';
import { nativeInflateRaw } from '../src/adapters/xlsxFast/nativeInflateRaw';
import { checkFileBytes } from '../src/app/checkFileBytes';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { BUILTIN_TEMPLATES, DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { chooseSheetsToRead } from '../src/core/workbook/extractSubmission';
import { fillTemplateWorkbook } from '../src/core/workbook/fillTemplateWorkbook';
import { makeSampleFiles } from '../src/sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import JSZip from 'jszip';
import { PERIOD_H1_2026 } from './helpers/builders';
import { makeBadCorpus } from '../scripts/makeBadCorpus';

// The fast path must read every file exactly as SheetJS does: same values, same issues, same
// cells named in them; where it cannot, it hands the file over. Compared here on every awkward
// file we keep, the demo's reports in all three formats, and (in fuzz.test.ts) mutated files.
useNativeZlib();
const context = { today: '2026-07-06', period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY };
const bothWays = (bytes: Uint8Array) => [checkFileBytes(readWorkbookGrid, bytes, BUILTIN_TEMPLATES, context, { fast: true }), checkFileBytes(readWorkbookGrid, bytes, BUILTIN_TEMPLATES, context, { fast: false })];
const fastReads = (bytes: Uint8Array) => readXlsxFast(readZipParts(bytes, nativeInflateRaw), chooseSheetsToRead, { maxRows: 20_000, maxCells: 2_000_000 });

// The generated awkward files are made here in memory (tests/badFiles.test.ts rewrites its copy on
// disk as it runs); the real ones are read from tests/fixtures/bad/real.
const REAL = path.join(__dirname, 'fixtures', 'bad', 'real');
const round = { template: DEFAULT_TEMPLATE, registry: SAMPLE_REGISTRY, period: PERIOD_H1_2026, deadline: '2026-06-22', body: 'Ban Tuyên giáo và Dân vận (thử)' };
let corpus: { name: string; bytes: Uint8Array }[];
beforeAll(async () => {
  const generated = await makeBadCorpus(round);
  const real = fs.readdirSync(REAL).filter((f) => /\.(xlsx|xls|ods)$/.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(REAL, f))) }));
  corpus = [...generated.map((f) => ({ name: f.fileName, bytes: f.bytes })), ...real];
}, 120_000);

test('every awkward file we keep: the fast path reads it as SheetJS does, or hands it over', () => {
  expect(corpus.length).toBeGreaterThan(35);
  for (const { name, bytes } of corpus) {
    const [fast, reference] = bothWays(bytes);
    expect([name, fast]).toEqual([name, reference]);
  }
});

test('the awkward files the fast path takes, and those it hands over, are the ones expected', () => {
  const outcome = Object.fromEntries(corpus.map(({ name, bytes }) => [name, fastReads(bytes).ok]));
  // Taken: the template's own files, however filled (NFD text, legacy fonts, 1904 dates, merged cells, a renamed hidden sheet).
  for (const name of ['14 sai kỳ.xlsx', '18 số dạng chữ.xlsx', '22 công thức chưa tính.xlsx', '24 chữ tổ hợp NFD.xlsx', '25 phông TCVN3.xlsx', '27 đổi tên và ẩn trang.xlsx', '32 hệ ngày 1904.xlsx', 'LibreOffice - xã Sóc Sơn.xlsx']) {
    expect([name, outcome[name]]).toEqual([name, true]);
  }
  // Handed over: not a zip, damaged, without the template's names, or a part that does not inflate.
  for (const name of ['06 hỏng cấu trúc.xlsx', '07 có mật khẩu.xlsx', '09 quá nhiều dòng.xlsx', '28 mất tên ô.xlsx', '34 lưu dạng xls.xls', 'Treo khi giải nén.xlsx']) expect([name, outcome[name]]).toEqual([name, false]);
});

test('the demo\'s reports in .xlsx, .ods and .xls read the same both ways, and every .xlsx takes the fast path', async () => {
  const period = PERIOD_H1_2026;
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
  let fastCount = 0;
  for (const sample of makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, period, '2026-06-22')) {
    const xlsx = await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, sample.entries));
    const bytes = sample.format === 'xlsx' ? xlsx : convertWorkbook(xlsx, sample.format);
    const [fast, reference] = bothWays(bytes);
    expect([sample.fileName, fast]).toEqual([sample.fileName, reference]);
    if (sample.format === 'xlsx') {
      const read = fastReads(bytes);
      expect([sample.fileName, read.ok || read.handOver]).toEqual([sample.fileName, true]);
      fastCount++;
    }
  }
  expect(fastCount).toBeGreaterThan(25);
});

test('a local header that says another name or size than the directory hands the file over (found by fuzzing)', async () => {
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
  const [sample] = makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, PERIOD_H1_2026, '2026-06-22');
  const good = await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, sample.entries));
  expect(fastReads(good).ok).toBe(true);
  // The first local header of a worksheet: its name's first letter changed, as a flipped byte would.
  const at = Buffer.from(good).indexOf('xl/worksheets/sheet');
  const renamed = good.slice();
  renamed[at] ^= 0x20;
  const read = fastReads(renamed);
  expect(read.ok).toBe(false);
  const [fast, reference] = bothWays(renamed);
  expect(fast).toEqual(reference);
});

test('a part that differs from one already read, by a byte that breaks its XML, is checked again and hands the file over', async () => {
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
  const [sample] = makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, PERIOD_H1_2026, '2026-06-22');
  const good = await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, sample.entries));
  // Read twice: the second time the styles, theme and workbook parts are remembered.
  expect(fastReads(good).ok).toBe(true);
  expect(fastReads(good).ok).toBe(true);
  const zip = await JSZip.loadAsync(good);
  for (const part of ['xl/styles.xml', 'xl/theme/theme1.xml', 'xl/workbook.xml', '[Content_Types].xml']) {
    const xml = await zip.file(part)!.async('string');
    // Same length, one character changed: an end tag that no longer matches.
    const broken = xml.replace(/<\/(\w)/, (_, c: string) => `</${c === 'x' ? 'y' : 'x'}`);
    expect(broken.length).toBe(xml.length);
    const copy = await JSZip.loadAsync(good);
    copy.file(part, broken);
    const bytes = new Uint8Array(await copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect([part, fastReads(bytes).ok]).toEqual([part, false]);
    const [fast, reference] = bothWays(bytes);
    expect([part, fast]).toEqual([part, reference]);
  }
});

test('when the workbook says it was saved: read the same both ways, and a time written otherwise goes to SheetJS', async () => {
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
  const [sample] = makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, PERIOD_H1_2026, '2026-06-22');
  const written = await writeWorkbook(fillTemplateWorkbook(spec, DEFAULT_TEMPLATE, sample.entries));
  const savedAt = async (modified: string) => {
    const zip = await JSZip.loadAsync(written);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    zip.file('docProps/core.xml', core.replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`));
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  };
  const excel = await savedAt('2026-06-18T02:12:00Z');
  const fast = fastReads(excel);
  expect(fast.ok && fast.grid.savedAt).toBe('2026-06-18T02:12:00.000Z');
  const [viaFast, reference] = bothWays(excel);
  expect(viaFast).toEqual(reference);
  expect('report' in reference && reference.report.savedAt).toBe('2026-06-18T02:12:00.000Z');
  // Our own writer's 1970 says nothing; a time with an offset is left to SheetJS, the reference.
  const ours = fastReads(written);
  expect(ours.ok && ours.grid.savedAt).toBeUndefined();
  const offset = await savedAt('2026-06-18T09:12:00+07:00');
  expect(fastReads(offset).ok).toBe(false);
  const [a, b] = bothWays(offset);
  expect(a).toEqual(b);
  expect('report' in b && b.report.savedAt).toBe('2026-06-18T02:12:00.000Z');
});
