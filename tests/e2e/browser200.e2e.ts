import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { writeWorkbook } from '../../src/adapters/exceljs/writeWorkbook';
import { BENCH_DEADLINE, BENCH_PERIOD, BENCH_TEMPLATE, benchEntries, benchRegistry } from '../../scripts/bench/benchData';
import { buildRegistryWorkbook } from '../../src/core/workbook/buildRegistryWorkbook';
import { buildTemplateWorkbook } from '../../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../../src/core/workbook/fillTemplateWorkbook';
import { launchChromium } from './launchChromium';
import { serveDist } from './serveDist';

// Issue 6: how long the task pane takes to read, check and consolidate 200 reports in a real
// browser (Web Worker, progress bar), measured and written to out/bench/browser-200.json.
const N = 200;
const root = path.join(__dirname, '..', '..');
let work: string;
let files: string[];
let registryFile: string;
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-e2e200-'));
  const registry = benchRegistry(N);
  const spec = buildTemplateWorkbook(BENCH_TEMPLATE, { period: BENCH_PERIOD, registry, deadline: BENCH_DEADLINE });
  files = [];
  for (let i = 0; i < N; i++) {
    const file = path.join(work, `${registry.units[i].code}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(fillTemplateWorkbook(spec, BENCH_TEMPLATE, benchEntries(registry.units[i], i))));
    files.push(file);
  }
  registryFile = path.join(work, 'Danh sách đơn vị.xlsx');
  fs.writeFileSync(registryFile, await writeWorkbook(buildRegistryWorkbook(registry)));
  server = await serveDist(path.join(root, 'dist'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test(`the pane consolidates ${N} reports and stays responsive`, async () => {
  const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: '6 tháng đầu năm' }).click();
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2026');
  await page.getByRole('textbox', { name: /Hạn nộp/ }).fill('22/06/2026');
  await page.getByTestId('registry-file').setInputFiles(registryFile);
  await page.getByText(`Đã lấy ${N} đơn vị`).waitFor();
  await page.getByTestId('report-files').setInputFiles(files);
  await page.getByText(`Đã chọn ${N} tệp.`).waitFor();
  // While the worker reads, the main thread should keep answering: count animation frames (measured
  // and reported, not asserted: the rate depends on the machine's load).
  await page.evaluate(() => {
    (window as unknown as { frames_: number }).frames_ = 0;
    const tick = () => {
      (window as unknown as { frames_: number }).frames_++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.getByRole('button', { name: `Đọc và kiểm tra ${N} tệp` }).click();
  await page.getByRole('progressbar').waitFor();
  await page.getByText(/\d+ đúng hạn/).waitFor({ timeout: 240_000 });
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => (window as unknown as { frames_: number }).frames_);
  const counts = await page.getByLabel('Số đơn vị theo tình trạng').innerText();
  fs.mkdirSync(path.join(root, 'out', 'bench'), { recursive: true });
  const framesPerSecond = frames / seconds;
  fs.writeFileSync(path.join(root, 'out', 'bench', 'browser-200.json'), JSON.stringify({ files: N, seconds, framesWhileReading: frames, framesPerSecond, counts }, null, 2));
  console.log(`Trình duyệt: đọc, kiểm tra và tổng hợp ${N} tệp trong ${seconds.toFixed(1)} giây (${(N / seconds).toFixed(0)} tệp/giây); ${frames} khung hình trong lúc đọc (${framesPerSecond.toFixed(1)} khung hình/giây).`);
  expect(counts).toContain('0 chưa nộp');
}, 300_000);
