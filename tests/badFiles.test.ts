import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { consolidateFiles, writeSummaryFile } from '../src/cli/jobs';
import { makeBadCorpus, type BadFile } from '../scripts/makeBadCorpus';
import type { Consolidation } from '../src/core/consolidation/Consolidation';
import { formatIssue } from '../src/core/issues/issueMessages';
import { BUILTIN_TEMPLATES, DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { SUMMARY_SHEETS } from '../src/core/workbook/buildSummaryWorkbook';
import { describeFileRole, describeStatus } from '../src/core/round/statusLabels';
import { SAMPLE_REGISTRY } from '../src/sample/sampleRegistry';
import { PERIOD_H1_2026 } from './helpers/builders';

// The corpus lives in tests/fixtures/bad/: generated/ is rebuilt here by the project's own
// scripts; real/ holds files saved by LibreOffice and older Excel formats, committed as they are.
const BAD = path.join(__dirname, 'fixtures', 'bad');
const GENERATED = path.join(BAD, 'generated');
const REAL = path.join(BAD, 'real');
const round = { template: DEFAULT_TEMPLATE, registry: SAMPLE_REGISTRY, period: PERIOD_H1_2026, deadline: '2026-06-22', body: 'Ban Tuyên giáo và Dân vận (thử)' };
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface RealExpectation {
  fileName: string;
  what: string;
  expect: BadFile['expect'];
}

let corpus: (BadFile | RealExpectation)[];
let paths: string[];
let before: Map<string, string>;
let c: Consolidation;
let summary: XLSX.WorkBook;

beforeAll(async () => {
  const generated = await makeBadCorpus(round);
  fs.rmSync(GENERATED, { recursive: true, force: true });
  fs.mkdirSync(GENERATED, { recursive: true });
  for (const f of generated) fs.writeFileSync(path.join(GENERATED, f.fileName), f.bytes);
  const real = JSON.parse(fs.readFileSync(path.join(REAL, 'expected.json'), 'utf8')) as RealExpectation[];
  corpus = [...generated, ...real];
  paths = [...generated.map((f) => path.join(GENERATED, f.fileName)), ...real.map((f) => path.join(REAL, f.fileName))];
  before = new Map(paths.map((p) => [p, sha(p)]));
  c = await consolidateFiles({ files: paths, round, templates: BUILTIN_TEMPLATES, today: '2026-07-06' });
  const summaryPath = await writeSummaryFile(c, path.join(__dirname, '..', 'out', 'bad-files-summary.xlsx'), { overwrite: true, generatedOn: '2026-07-06' });
  summary = XLSX.read(fs.readFileSync(summaryPath), { type: 'buffer', cellFormula: true });
  const lines = ['| tệp | trường hợp | kết quả | thông báo |', '| --- | --- | --- | --- |'];
  for (const f of corpus) {
    const file = c.files.find((x) => x.fileName === f.fileName)!;
    const unitRow = c.units.find((u) => u.file === file);
    lines.push(`| ${f.fileName} | ${f.what} | ${unitRow ? describeStatus(unitRow) : describeFileRole(file)} | ${file.issues.map(formatIssue).join(' / ') || '(không có)'} |`);
  }
  fs.mkdirSync(path.join(__dirname, '..', 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, '..', 'out', 'bad-files.md'), lines.join('\n') + '\n');
}, 120_000);

test('the whole batch goes through and every file is accounted for', () => {
  expect(c.files).toHaveLength(paths.length);
  expect(new Set(c.files.map((f) => f.fileName))).toEqual(new Set(corpus.map((f) => f.fileName)));
});

test('every case gets the outcome and the messages it should', () => {
  for (const f of corpus) {
    const file = c.files.find((x) => x.fileName === f.fileName)!;
    const codes = file.issues.map((i) => i.code);
    const unitRow = c.units.find((u) => u.file === file);
    const outcome = unitRow ? unitRow.status : file.role;
    expect([f.fileName, outcome]).toEqual([f.fileName, f.expect.outcome]);
    if (f.expect.unitCode) expect([f.fileName, file.unit?.code]).toEqual([f.fileName, f.expect.unitCode]);
    for (const code of f.expect.codes) expect([f.fileName, codes]).toEqual([f.fileName, expect.arrayContaining([code])]);
    if (f.expect.codes.length === 0) expect([f.fileName, file.errors]).toEqual([f.fileName, 0]);
  }
});

test('every message is Vietnamese and says what to do', () => {
  for (const { issue } of c.issues) {
    const text = formatIssue(issue);
    expect([issue.code, /đề nghị|nên |dùng|chọn|đã (tự )?(chuyển|dùng|đọc|hiểu)|xem/i.test(text)]).toEqual([issue.code, true]);
  }
});

test('input files are byte for byte unchanged', () => {
  for (const p of paths) expect([path.basename(p), sha(p)]).toEqual([path.basename(p), before.get(p)]);
});

test('Tình hình nộp lists every file received', () => {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(summary.Sheets[SUMMARY_SHEETS.status], { header: 1, defval: null });
  const listed = new Set(rows.map((r) => r[9]).filter((v) => typeof v === 'string'));
  for (const f of corpus) expect([f.fileName, listed.has(f.fileName)]).toEqual([f.fileName, true]);
});

test('text that looks like a formula stays plain text in the summary', () => {
  const ws = summary.Sheets[SUMMARY_SHEETS.texts];
  const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!')).map(([, v]) => v as XLSX.CellObject);
  const hyperlink = cells.find((cell) => typeof cell.v === 'string' && cell.v.startsWith('=HYPERLINK'));
  expect(hyperlink).toEqual(expect.objectContaining({ t: 's' }));
  expect(hyperlink?.f).toBeUndefined();
  expect(cells.some((cell) => cell.f !== undefined)).toBe(false);
  const nominations = Object.values(summary.Sheets[SUMMARY_SHEETS.nominations]) as XLSX.CellObject[];
  expect(nominations.find((cell) => typeof cell?.v === 'string' && cell.v.startsWith('-Giữ vững'))).toEqual(expect.objectContaining({ t: 's' }));
});

test('texts are whole, over as many cells as they need, converted from old encodings, and NFC', () => {
  const ws = summary.Sheets[SUMMARY_SHEETS.texts];
  const texts = Object.entries(ws).filter(([k]) => !k.startsWith('!')).map(([, v]) => String((v as XLSX.CellObject).v ?? ''));
  expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32_767);
  // The 44,800 characters of "30 nội dung quá dài" go on over a second row, nothing cut.
  expect(texts.some((t) => t.includes('cắt bớt'))).toBe(false);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '' });
  const continued = rows.findIndex((r) => String(r[0]).endsWith('(tiếp theo, phần 2/2)'));
  expect(String(rows[continued - 1][1]).length + String(rows[continued][1]).length).toBe('Đảng ủy tổ chức nhiều hoạt động tuyên truyền phong phú. '.repeat(800).trim().length);
  expect(texts.some((t) => t.startsWith('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được các chi bộ triển khai thường xuyên'))).toBe(true);
  expect(texts.every((t) => t === t.normalize('NFC'))).toBe(true);
  expect(texts.some((t) => /[§¶¸µ]|ñaïo|töôûng/.test(t))).toBe(false);
});
