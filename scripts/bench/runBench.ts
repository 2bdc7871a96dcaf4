import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { useNativeZlib } from '../../src/adapters/sheetjs/useNativeZlib';

/**
 * npm run bench: the full job (read, check, consolidate, write the summary) against a baseline
 * of merely reading every file with SheetJS defaults, interleaved in this one process so the
 * ratio holds on a noisy machine. Each full job runs in a fresh child process, so its peak
 * memory (maxRSS) is its own. Sizes: BENCH_SIZES=300,1000,3000 (default).
 */
const SIZES = (process.env.BENCH_SIZES ?? '300,1000,3000').split(',').map(Number);
const REPEATS: Record<number, number> = { 300: 3, 1000: 2, 3000: 1 };
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

function listFiles(folder: string, n: number): string[] {
  return fs.readdirSync(folder).filter((f) => /^T\d+\.xlsx$/.test(f)).sort().slice(0, n).map((f) => path.join(folder, f));
}

/** The baseline: read every file fully with SheetJS defaults, nothing else. */
function baseline(files: string[]): number {
  const started = process.hrtime.bigint();
  for (const f of files) XLSX.read(fs.readFileSync(f));
  return seconds(started);
}

/** Peak memory (maxRSS) until the summary is started, and over the whole job. */
interface FullJobResult {
  seconds: number;
  writeSeconds: number;
  wordSeconds: number;
  readMaxRssMb: number;
  maxRssMb: number;
}

/** The full job in a fresh child process: its time, and its peak memory alone. */
function fullJob(folder: string, n: number): Promise<FullJobResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'fullJobChild.js'), [folder, String(n)], { stdio: 'inherit' });
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
  const have = listFiles(folder, max).length;
  console.log(have >= max ? `Dùng lại ${max} báo cáo mẫu trong ${folder}` : `Tạo ${max} báo cáo mẫu trong ${folder} …`);
  const genSeconds = have >= max ? 0 : await generate(folder, max);
  const sample = fs.statSync(listFiles(folder, 1)[0]).size;
  console.log(`  xong sau ${genSeconds.toFixed(0)} giây (mỗi tệp khoảng ${Math.round(sample / 1024)} KB)`);
  const rows: Record<string, number>[] = [];
  for (const n of SIZES) {
    const files = listFiles(folder, n);
    const base: number[] = [];
    const full: FullJobResult[] = [];
    for (let r = 0; r < (REPEATS[n] ?? 1); r++) {
      // Interleave, and swap the order every round, so neither side always runs warm.
      const order = r % 2 === 0 ? ['base', 'full'] : ['full', 'base'];
      for (const which of order) {
        if (which === 'base') base.push(baseline(files));
        else full.push(await fullJob(folder, n));
      }
    }
    const fullSeconds = median(full.map((f) => f.seconds));
    const row = { n, baselineSeconds: median(base), fullSeconds, ratio: fullSeconds / median(base), filesPerSecond: n / fullSeconds, summaryWriteSeconds: median(full.map((f) => f.writeSeconds)), wordWriteSeconds: median(full.map((f) => f.wordSeconds)), peakRssMb: Math.max(...full.map((f) => f.maxRssMb)), readPeakRssMb: Math.max(...full.map((f) => f.readMaxRssMb)) };
    rows.push(row);
    console.log(`  N = ${n}: đọc thuần ${row.baselineSeconds.toFixed(2)} s, toàn bộ ${row.fullSeconds.toFixed(2)} s (tỷ số ${row.ratio.toFixed(2)}), ${row.peakRssMb.toFixed(0)} MB`);
  }
  const lines = [
    '',
    '|     N | đọc thuần (s) | toàn bộ (s) | toàn bộ / đọc thuần | tệp/giây | ghi bảng tổng hợp (s) | ghi báo cáo Word (s) | bộ nhớ đỉnh khi đọc (MB) | bộ nhớ đỉnh (MB) |',
    '| ----: | ------------: | ----------: | ------------------: | -------: | --------------------: | -------------------: | -----------------------: | ---------------: |',
    ...rows.map((r) => `| ${String(r.n).padStart(5)} | ${r.baselineSeconds.toFixed(2).padStart(13)} | ${r.fullSeconds.toFixed(2).padStart(11)} | ${r.ratio.toFixed(2).padStart(19)} | ${r.filesPerSecond.toFixed(0).padStart(8)} | ${r.summaryWriteSeconds.toFixed(2).padStart(21)} | ${r.wordWriteSeconds.toFixed(2).padStart(20)} | ${r.readPeakRssMb.toFixed(0).padStart(24)} | ${r.peakRssMb.toFixed(0).padStart(16)} |`),
  ];
  const smallest = rows.find((r) => r.n === Math.min(...SIZES))!;
  const largest = rows.find((r) => r.n === max)!;
  lines.push('', `Bộ nhớ đỉnh N = ${largest.n} so với N = ${smallest.n}: ${(largest.peakRssMb / smallest.peakRssMb).toFixed(2)} lần. Máy: ${os.availableParallelism()} lõi, Node ${process.version}.`);
  console.log(lines.join('\n'));
  const out = path.join(process.cwd(), 'out', 'bench');
  fs.mkdirSync(out, { recursive: true });
  const report = { date: new Date().toISOString(), cores: os.availableParallelism(), node: process.version, fileBytes: sample, generationSeconds: genSeconds, rows };
  fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(out, 'bench.md'), lines.join('\n') + '\n');
  if (!keep) fs.rmSync(folder, { recursive: true, force: true });
  console.log(`Đã ghi ${path.join(out, 'bench.json')}`);
})();
