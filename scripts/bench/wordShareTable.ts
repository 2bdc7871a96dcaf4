/*
 * The province's Word share beside the round of workbooks: the same N units, a third of them
 * sending their report as a Word document instead; the full job's time and peak memory for both
 * (interleaved runs, medians) and what became of the Word documents.
 */

interface JobRun {
  seconds: number;
  wordSeconds: number;
  cpuSeconds: number;
  withWordMaxRssMb: number;
  wordUnits: { sent: number; counted: number; pending: number };
}

/** tonghop tong-hop, whole process: its time, peak memory and CPU seconds. */
export interface CliRun {
  seconds: number;
  peakMb: number;
  cpuSeconds: number;
}

export interface WordShareRow {
  n: number;
  workbooks: JobRun[];
  mixed: JobRun[];
  cli: CliRun[];
  cliMixed: CliRun[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each size's medians (peaks: the highest run), the workbooks' round beside the mixed one. */
export function summarizeWordShare(rows: readonly WordShareRow[]) {
  const pair = <T>(a: T[], b: T[], of: (runs: T[]) => number) => ({ workbooks: of(a), mixed: of(b) });
  return rows.map((r) => ({
    n: r.n,
    wordUnits: r.mixed[0]?.wordUnits ?? { sent: 0, counted: 0, pending: 0 },
    job: {
      seconds: pair(r.workbooks, r.mixed, (runs) => median(runs.map((j) => j.seconds + j.wordSeconds))),
      cpuSeconds: pair(r.workbooks, r.mixed, (runs) => median(runs.map((j) => j.cpuSeconds))),
      peakMb: pair(r.workbooks, r.mixed, (runs) => Math.max(...runs.map((j) => j.withWordMaxRssMb))),
    },
    cli: {
      seconds: pair(r.cli, r.cliMixed, (runs) => median(runs.map((c) => c.seconds))),
      cpuSeconds: pair(r.cli, r.cliMixed, (runs) => median(runs.map((c) => c.cpuSeconds))),
      peakMb: pair(r.cli, r.cliMixed, (runs) => Math.max(...runs.map((c) => c.peakMb))),
    },
  }));
}

/** The tables printed after the others, in the bench's words. */
export function wordShareLines(rows: readonly WordShareRow[]): string[] {
  const f = (x: number, digits = 2) => x.toFixed(digits);
  const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);
  const cells = (m: { workbooks: number; mixed: number }, digits = 2) => [f(m.workbooks, digits), f(m.mixed, digits), f(m.mixed / m.workbooks)];
  const head = '| thời gian, chỉ Excel (s) | 1/3 Word (s) | tỷ số | CPU, chỉ Excel (s) | CPU, 1/3 Word (s) | tỷ số | bộ nhớ đỉnh, chỉ Excel (MB) | 1/3 Word (MB) | tỷ số |';
  const rule = '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const row = (x: ReturnType<typeof summarizeWordShare>[number]['job']) => [...cells(x.seconds), ...cells(x.cpuSeconds), ...cells(x.peakMb, 0)].join(' | ');
  const summary = summarizeWordShare(rows);
  return [
    '',
    `| N | đơn vị gửi Word | được tính | chờ xác nhận ${head}`,
    `| ---: | ---: | ---: | ---: ${rule}`,
    ...summary.map((r) => {
      const { sent, counted, pending } = r.wordUnits;
      return `| ${r.n} | ${sent} | ${counted} (${pct(counted, sent)}) | ${pending} (${pct(pending, sent)}) | ${row(r.job)} |`;
    }),
    '',
    'Toàn bộ, tiến trình riêng: đọc, kiểm tra, tổng hợp, ghi bảng tổng hợp và báo cáo Word. Một phần ba số đơn vị gửi báo cáo Word (.docx, 8–15 trang, cùng nội dung với bảng tính của đơn vị) thay cho bảng tính; chờ xác nhận: còn điều cần cán bộ quyết định, chưa tính vào tổng. Trung vị các lần chạy xen kẽ; bộ nhớ đỉnh: lần cao nhất; CPU: mọi luồng của tiến trình.',
    '',
    `| N, tonghop tong-hop cả tiến trình ${head}`,
    `| ---: ${rule}`,
    ...summary.map((r) => `| ${r.n} | ${row(r.cli)} |`),
  ];
}

/** A Word unit's cost on a reading thread, phase by phase, beside its workbook twin's. */
export function wordPhaseLines(r: { files: number; workbookMs: number; docxMs: number; outlineMs: number; checksMs: number; wordMs: number }): string[] {
  const f = (x: number) => x.toFixed(1);
  return [
    '',
    '| báo cáo Word của đơn vị, 1 luồng | đọc .docx (ms/tệp) | xếp vào đề cương (ms/tệp) | kiểm tra (ms/tệp) | cả tệp Word (ms/tệp) | bảng tính cùng nội dung (ms/tệp) | Word / bảng tính |',
    '| -------------------------------: | -----------------: | ------------------------: | ----------------: | -------------------: | -------------------------------: | ---------------: |',
    `| ${String(r.files).padStart(32)} | ${f(r.docxMs).padStart(18)} | ${f(r.outlineMs).padStart(25)} | ${f(r.checksMs).padStart(17)} | ${f(r.wordMs).padStart(20)} | ${f(r.workbookMs).padStart(32)} | ${f(r.wordMs / r.workbookMs).padStart(16)} |`,
  ];
}
