import { measureDetectCopies } from './detectCopiesBench';
import { measureSynthesis } from './synthesisBench';
import { measureWordReading } from './wordReadBench';
import { execFileSync, fork, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { useNativeZlib } from '../../src/adapters/sheetjs/useNativeZlib';
import { readWorkbookGrid } from '../../src/adapters/sheetjs/readWorkbookGrid';
import { readZipParts } from '../../src/adapters/xlsxFast/readZipParts';
import { nativeInflateRaw } from '../../src/adapters/xlsxFast/nativeInflateRaw';
import { chooseSheetsToRead } from '../../src/core/workbook/extractSubmission';
import { BENCH_PERIOD, benchFiles, benchRegistry } from './benchData';
import { summarizeWordShare, wordPhaseLines, wordShareLines, type CliRun, type WordShareRow } from './wordShareTable';
import { measureWordUnitPhases } from './wordUnitPhases';

/**
 * npm run bench: the full job (read, check, consolidate, write the summary) against a baseline
 * of merely reading every file with SheetJS defaults, interleaved in this one process so the
 * ratio holds on a noisy machine. Each full job runs in a fresh child process, so its peak
 * memory (maxRSS) is its own. Sizes: BENCH_SIZES=300,1000,3000 (default). Beside each round of
 * workbooks, the same round with a province's Word share: a third of the units send their report
 * as a Word document (8–15 pages, the same content) instead of the workbook.
 */
const SIZES = (process.env.BENCH_SIZES ?? '300,1000,3000').split(',').map(Number);
const REPEATS: Record<number, number> = { 300: 3, 1000: 2, 3000: 1 };
/** openpyxl takes about 70 ms a file: measured up to this many files (BENCH_OPENPYXL_MAX). */
const OPENPYXL_MAX = Number(process.env.BENCH_OPENPYXL_MAX ?? 300);
/** BENCH_BASELINE=0 leaves the SheetJS full read out (the longest step: minutes at 3,000 files); its columns stay empty. */
const WITH_BASELINE = process.env.BENCH_BASELINE !== '0';
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '–' : x.toFixed(digits));

async function generate(folder: string, total: number): Promise<number> {
  const started = process.hrtime.bigint();
  const threads = Math.max(1, os.availableParallelism());
  const share = Math.ceil(total / threads);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => new Promise<void>((resolve, reject) => {
      const w = new Worker(path.join(__dirname, 'generateWorker.js'), { workerData: { folder, total, from: t * share, to: Math.min(total, (t + 1) * share) } });
      w.on('message', () => resolve());
      w.on('error', reject);
    })),
  );
  return seconds(started);
}

/** Whether the folder holds every file of the rounds up to n units, workbooks and Word documents. */
const haveFiles = (folder: string, n: number) => [...benchFiles(folder, n, false), ...benchFiles(folder, n, true)].every((f) => fs.existsSync(f));

/** The baseline: read every file fully with SheetJS defaults, nothing else. */
function baseline(files: string[]): number {
  const started = process.hrtime.bigint();
  for (const f of files) XLSX.read(fs.readFileSync(f));
  return seconds(started);
}

/** The fast path alone, one thread: each file's input sheets read into the grid. */
function fastRead(files: string[]): number {
  const started = process.hrtime.bigint();
  for (const f of files) readWorkbookGrid(new Uint8Array(fs.readFileSync(f)), { selectSheets: chooseSheetsToRead });
  return seconds(started);
}

/** The floor: inflating only the parts a reader needs (workbook, relationships, input sheets, shared strings), parsing nothing. */
function inflateOnly(files: string[]): number {
  const started = process.hrtime.bigint();
  const needed = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/sheet[1-5]\.xml)$/;
  for (const f of files) {
    const zip = readZipParts(new Uint8Array(fs.readFileSync(f)), nativeInflateRaw);
    for (const { name } of zip?.entries ?? []) if (needed.test(name)) zip?.read(name);
  }
  return seconds(started);
}

/** A Python with openpyxl (Debian's python3-openpyxl), or null. */
function findOpenpyxl(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' });
      return python;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The user's alternative: openpyxl opening each file and adding up the named cells. */
function openpyxlSum(python: string, folder: string, n: number): number {
  const out = execFileSync(python, [path.join(__dirname, '..', '..', '..', 'scripts', 'bench', 'sumNamedCells.py'), folder, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { seconds: number }).seconds;
}

/** \`tonghop tong-hop\` as a user runs it, whole process from start to exit: read, check, consolidate, the summary and the Word report; its time and peak memory. With `word`, the mixed round. */
function cliProcess(folder: string, n: number, work: string, word = false): CliRun {
  const round = path.join(work, `dot-${n}`);
  fs.rmSync(round, { recursive: true, force: true });
  fs.mkdirSync(path.join(round, 'bao-cao'), { recursive: true });
  for (const f of benchFiles(folder, n, word)) fs.symlinkSync(f, path.join(round, 'bao-cao', path.basename(f)));
  const registry = path.join(round, 'danh-sach.json');
  fs.writeFileSync(registry, JSON.stringify(benchRegistry(n)));
  const cli = path.join(__dirname, '..', '..', '..', 'lib', 'cli', 'tonghop.js');
  const peakFile = path.join(work, 'peak.txt');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', path.join(__dirname, 'recordPeakMemory.js'), cli, 'tong-hop', path.join(round, 'bao-cao'), '--ky', BENCH_PERIOD.kind, '--nam', String(BENCH_PERIOD.year), '--han-nop', '22/06/2026', '--danh-sach', registry, '--hom-nay', '06/07/2026', '-o', path.join(round, 'Tổng hợp.xlsx'), '--ghi-de'], { stdio: 'ignore', env: { ...process.env, BENCH_PEAK_FILE: peakFile } });
  const elapsed = seconds(started);
  if (run.status !== 0) throw new Error(`tonghop tong-hop exited with ${run.status}`);
  fs.rmSync(round, { recursive: true, force: true });
  const [peakMb, cpuSeconds] = fs.readFileSync(peakFile, 'utf8').split(' ').map(Number);
  return { seconds: elapsed, peakMb, cpuSeconds };
}

/** Peak memory (maxRSS) until the summary is started, and over the whole job. */
interface FullJobResult {
  seconds: number;
  writeSeconds: number;
  wordSeconds: number;
  readMaxRssMb: number;
  /** Over the job up to the summary written. */
  maxRssMb: number;
  /** Over the job and the Word report. */
  withWordMaxRssMb: number;
  /** CPU seconds of the whole job, every thread (less swayed than the time by a busy machine). */
  cpuSeconds: number;
  /** The Word units' documents: how many were read, counted, left waiting for the officer. */
  wordUnits: { sent: number; counted: number; pending: number };
}

/** The full job in a fresh child process: its time, and its peak memory alone. With `word`, the mixed round. */
function fullJob(folder: string, n: number, word = false): Promise<FullJobResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'fullJobChild.js'), [folder, String(n), ...(word ? ['word'] : [])], { stdio: 'inherit' });
    child.on("message", (m) => resolve(m as FullJobResult));
    child.on('error', reject);
  });
}

void (async () => {
  useNativeZlib();
  const max = Math.max(...SIZES);
  // BENCH_DIR keeps the generated files for another run (they take a couple of minutes to make).
  const keep = process.env.BENCH_DIR;
  const folder = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-'));
  fs.mkdirSync(folder, { recursive: true });
  const have = haveFiles(folder, max);
  console.log(have ? `Dùng lại ${max} báo cáo mẫu trong ${folder}` : `Tạo ${max} báo cáo mẫu (một phần ba có thêm bản Word) trong ${folder} …`);
  const genSeconds = have ? 0 : await generate(folder, max);
  const sample = fs.statSync(benchFiles(folder, 1, false)[0]).size;
  const wordSample = fs.statSync(benchFiles(folder, 3, true)[2]).size;
  console.log(`  xong sau ${genSeconds.toFixed(0)} giây (mỗi tệp Excel khoảng ${Math.round(sample / 1024)} KB, Word khoảng ${Math.round(wordSample / 1024)} KB)`);
  const rows: Record<string, number | null>[] = [];
  const copyChecks: { n: number; seconds: number; addedMb: number }[] = [];
  const syntheses: { n: number; seconds: number; baselineSeconds: number; addedMb: number }[] = [];
  const wordShare: WordShareRow[] = [];
  const python = findOpenpyxl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-bench-cli-'));
  for (const n of SIZES) {
    const files = benchFiles(folder, n, false);
    const base: number[] = [];
    const full: FullJobResult[] = [];
    const mixed: FullJobResult[] = [];
    for (let r = 0; r < (REPEATS[n] ?? 1); r++) {
      // Interleave, and turn the order every round, so no side always runs warm.
      const order = (['base', 'full', 'word'] as const).map((_, k, all) => all[(k + r) % all.length]);
      for (const which of order) {
        if (which === 'base') {
          if (WITH_BASELINE) base.push(baseline(files));
        }
        else if (which === 'full') full.push(await fullJob(folder, n));
        else mixed.push(await fullJob(folder, n, true));
      }
    }
    const fullSeconds = median(full.map((f) => f.seconds));
    // One run is at the mercy of the machine's mood: the median of as many as the job had.
    // The mixed round's runs interleaved with the workbooks' the same way.
    const cliRuns: CliRun[] = [];
    const cliWordRuns: CliRun[] = [];
    for (let r = 0; r < (REPEATS[n] ?? 1); r++) {
      for (const word of r % 2 === 0 ? [false, true] : [true, false]) (word ? cliWordRuns : cliRuns).push(cliProcess(folder, n, work, word));
    }
    const cli = { seconds: median(cliRuns.map((c) => c.seconds)), peakMb: Math.max(...cliRuns.map((c) => c.peakMb)) };
    wordShare.push({ n, workbooks: full, mixed, cli: cliRuns, cliMixed: cliWordRuns });
    const openpyxl = python && n <= OPENPYXL_MAX ? openpyxlSum(python, folder, n) : null;
    const row = {
      n,
      baselineSeconds: base.length > 0 ? median(base) : null,
      fullSeconds,
      ratio: base.length > 0 ? fullSeconds / median(base) : null,
      filesPerSecond: n / fullSeconds,
      summaryWriteSeconds: median(full.map((f) => f.writeSeconds)),
      wordWriteSeconds: median(full.map((f) => f.wordSeconds)),
      peakRssMb: Math.max(...full.map((f) => f.maxRssMb)),
      readPeakRssMb: Math.max(...full.map((f) => f.readMaxRssMb)),
      withWordPeakRssMb: Math.max(...full.map((f) => f.withWordMaxRssMb)),
      fastReadSeconds: fastRead(files),
      inflateOnlySeconds: inflateOnly(files),
      cliSeconds: cli.seconds,
      cliPeakRssMb: cli.peakMb,
      openpyxlSeconds: openpyxl,
    };
    // The copy checks alone, on the reports held in memory: what they add to a round.
    const copies = measureDetectCopies(n);
    copyChecks.push({ n, seconds: copies.seconds, addedMb: copies.addedMb });
    // The synthesis of the report alone, on generated texts (each unit its own), held in memory.
    const synthesis = measureSynthesis(n);
    syntheses.push({ n, seconds: synthesis.seconds, baselineSeconds: synthesis.baselineSeconds, addedMb: synthesis.addedMb });
    rows.push(row);
    console.log(`  N = ${n}: đọc thuần ${f(row.baselineSeconds)} s, toàn bộ ${row.fullSeconds.toFixed(2)} s (tỷ số ${f(row.ratio)}), ${row.peakRssMb.toFixed(0)} MB; tonghop ${cli.seconds.toFixed(2)} s, ${cli.peakMb.toFixed(0)} MB${openpyxl === null ? '' : `, openpyxl ${openpyxl.toFixed(2)} s`}`);
  }
  const lines = [
    '',
    '|     N | đọc thuần SheetJS (s) | toàn bộ (s) | toàn bộ / đọc thuần | tệp/giây | trong đó ghi bảng tổng hợp (s) | ghi thêm báo cáo Word (s) | bộ nhớ đỉnh khi đọc (MB) | bộ nhớ đỉnh (MB) | bộ nhớ đỉnh, cả Word (MB) |',
    '| ----: | --------------------: | ----------: | ------------------: | -------: | -----------------------------: | ------------------------: | -----------------------: | ---------------: | ------------------------: |',
    ...rows.map((r) => `| ${String(r.n).padStart(5)} | ${f(r.baselineSeconds).padStart(21)} | ${f(r.fullSeconds).padStart(11)} | ${f(r.ratio).padStart(19)} | ${f(r.filesPerSecond, 0).padStart(8)} | ${f(r.summaryWriteSeconds).padStart(30)} | ${f(r.wordWriteSeconds).padStart(25)} | ${f(r.readPeakRssMb, 0).padStart(24)} | ${f(r.peakRssMb, 0).padStart(16)} | ${f(r.withWordPeakRssMb, 0).padStart(25)} |`),
    '',
    'Toàn bộ: đọc, kiểm tra, tổng hợp và ghi bảng tổng hợp; báo cáo Word ghi sau, tính riêng.',
    '',
    '|     N | tonghop tong-hop, cả tiến trình (s) | bộ nhớ đỉnh của tiến trình (MB) | openpyxl cộng các ô có tên (s) | openpyxl / tonghop | đường nhanh, 1 luồng (s) | sàn: chỉ giải nén, 1 luồng (s) |',
    '| ----: | ----------------------------------: | ------------------------------: | -----------------------------: | -----------------: | -----------------------: | -----------------------------: |',
    ...rows.map((r) => `| ${String(r.n).padStart(5)} | ${f(r.cliSeconds).padStart(35)} | ${f(r.cliPeakRssMb, 0).padStart(31)} | ${f(r.openpyxlSeconds).padStart(30)} | ${(r.openpyxlSeconds && r.cliSeconds ? (r.openpyxlSeconds / r.cliSeconds).toFixed(1) : '–').padStart(18)} | ${f(r.fastReadSeconds).padStart(24)} | ${f(r.inflateOnlySeconds).padStart(30)} |`),
  ];
  lines.push(
    '',
    '|     N | kiểm tra trùng lặp giữa các đơn vị (s) | bộ nhớ thêm (MB) |',
    '| ----: | -------------------------------------: | ---------------: |',
    ...copyChecks.map((r) => `| ${String(r.n).padStart(5)} | ${f(r.seconds).padStart(38)} | ${f(r.addedMb, 0).padStart(16)} |`),
    '',
    '|     N | tổng hợp nội dung báo cáo (s) | tách câu thuần, cùng tiến trình (s) | tỷ số | bộ nhớ thêm (MB) |',
    '| ----: | ----------------------------: | ----------------------------------: | ----: | ---------------: |',
    ...syntheses.map((r) => `| ${String(r.n).padStart(5)} | ${f(r.seconds).padStart(29)} | ${f(r.baselineSeconds).padStart(35)} | ${f(r.seconds / r.baselineSeconds, 1).padStart(5)} | ${f(r.addedMb, 0).padStart(16)} |`),
  );
  lines.push(...wordShareLines(wordShare));
  // The Word units of the smallest round read on one thread, phase by phase, beside their workbooks.
  const phases = measureWordUnitPhases(folder, Math.min(...SIZES));
  lines.push(...wordPhaseLines(phases));
  // Units' Word reports (.docx, 8–15 pages) read into their blocks, one thread, held in memory.
  const word = measureWordReading(Number(process.env.BENCH_WORD_FILES ?? 300));
  lines.push(
    '',
    '| báo cáo Word (.docx, 8–15 trang) | document.xml trung bình (KB) | ms mỗi tệp, 1 luồng | bộ nhớ thêm (MB) |',
    '| -------------------------------: | ---------------------------: | ------------------: | ---------------: |',
    `| ${String(word.files).padStart(32)} | ${f(word.averageXmlKb, 0).padStart(28)} | ${f(word.msPerFile, 1).padStart(19)} | ${f(word.addedMb, 0).padStart(16)} |`,
  );
  if (!python) lines.push('', 'Không có openpyxl (gói Debian python3-openpyxl): cột openpyxl để trống.');
  const smallest = rows.find((r) => r.n === Math.min(...SIZES))!;
  const largest = rows.find((r) => r.n === max)!;
  lines.push('', `Bộ nhớ đỉnh N = ${largest.n} so với N = ${smallest.n}: ${((largest.peakRssMb ?? 0) / (smallest.peakRssMb ?? 1)).toFixed(2)} lần. Máy: ${os.availableParallelism()} lõi, Node ${process.version}.`);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(lines.join('\n'));
  const out = path.join(process.cwd(), 'out', 'bench');
  fs.mkdirSync(out, { recursive: true });
  const report = { date: new Date().toISOString(), cores: os.availableParallelism(), node: process.version, fileBytes: sample, generationSeconds: genSeconds, rows, copyChecks, syntheses, word, wordShare: summarizeWordShare(wordShare), wordPhases: phases };
  fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(out, 'bench.md'), lines.join('\n') + '\n');
  if (!keep) fs.rmSync(folder, { recursive: true, force: true });
  console.log(`Đã ghi ${path.join(out, 'bench.json')}`);
})();
