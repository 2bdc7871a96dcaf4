/*
 * The province's Word share beside the round of workbooks: the same N units, a third of them
 * sending their report as a Word document instead; the full job's time and peak memory for both
 * (interleaved runs, medians) and what became of the Word documents.
 */

interface JobRun {
  seconds: number;
  wordSeconds: number;
  maxRssMb: number;
  withWordMaxRssMb: number;
  wordUnits: { sent: number; counted: number; pending: number };
}

export interface WordShareRow {
  n: number;
  workbooks: JobRun[];
  mixed: JobRun[];
  /** tonghop tong-hop, whole process, on each round. */
  cli: { seconds: number; peakMb: number }[];
  cliMixed: { seconds: number; peakMb: number }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each size's medians (peaks: the highest run) and the mixed round's ratios to the workbooks'. */
export function summarizeWordShare(rows: readonly WordShareRow[]) {
  return rows.map((r) => {
    const seconds = (runs: JobRun[]) => median(runs.map((j) => j.seconds + j.wordSeconds));
    const peak = (runs: JobRun[]) => Math.max(...runs.map((j) => j.withWordMaxRssMb));
    const units = r.mixed[0]?.wordUnits ?? { sent: 0, counted: 0, pending: 0 };
    const s = { workbooks: seconds(r.workbooks), mixed: seconds(r.mixed), cli: median(r.cli.map((c) => c.seconds)), cliMixed: median(r.cliMixed.map((c) => c.seconds)) };
    const mb = { workbooks: peak(r.workbooks), mixed: peak(r.mixed), cli: Math.max(...r.cli.map((c) => c.peakMb)), cliMixed: Math.max(...r.cliMixed.map((c) => c.peakMb)) };
    return { n: r.n, wordUnits: units, seconds: s, peakMb: mb, timeRatio: s.mixed / s.workbooks, cliTimeRatio: s.cliMixed / s.cli, addedMb: mb.mixed - mb.workbooks, cliAddedMb: mb.cliMixed - mb.cli };
  });
}

/** The table printed after the others, in the bench's words. */
export function wordShareLines(rows: readonly WordShareRow[]): string[] {
  const f = (x: number, digits = 2) => x.toFixed(digits);
  const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);
  return [
    '',
    '|     N | đơn vị gửi Word | được tính | chờ xác nhận | toàn bộ, chỉ Excel (s) | toàn bộ, 1/3 Word (s) | tỷ số | bộ nhớ đỉnh, chỉ Excel (MB) | bộ nhớ đỉnh, 1/3 Word (MB) | tonghop, chỉ Excel (s) | tonghop, 1/3 Word (s) | tỷ số | bộ nhớ tonghop, chỉ Excel (MB) | bộ nhớ tonghop, 1/3 Word (MB) |',
    '| ----: | --------------: | --------: | -----------: | ---------------------: | --------------------: | ----: | --------------------------: | -------------------------: | ---------------------: | --------------------: | ----: | -----------------------------: | ----------------------------: |',
    ...summarizeWordShare(rows).map((r) => {
      const { sent, counted, pending } = r.wordUnits;
      return `| ${String(r.n).padStart(5)} | ${String(sent).padStart(15)} | ${`${counted} (${pct(counted, sent)})`.padStart(9)} | ${`${pending} (${pct(pending, sent)})`.padStart(12)} | ${f(r.seconds.workbooks).padStart(22)} | ${f(r.seconds.mixed).padStart(21)} | ${f(r.timeRatio).padStart(5)} | ${f(r.peakMb.workbooks, 0).padStart(27)} | ${f(r.peakMb.mixed, 0).padStart(26)} | ${f(r.seconds.cli).padStart(22)} | ${f(r.seconds.cliMixed).padStart(21)} | ${f(r.cliTimeRatio).padStart(5)} | ${f(r.peakMb.cli, 0).padStart(30)} | ${f(r.peakMb.cliMixed, 0).padStart(29)} |`;
    }),
    '',
    'Một phần ba số đơn vị gửi báo cáo Word (.docx, 8–15 trang, cùng nội dung với bảng tính của đơn vị) thay cho bảng tính. Toàn bộ: đọc, kiểm tra, tổng hợp, ghi bảng tổng hợp và báo cáo Word; trung vị các lần chạy xen kẽ, bộ nhớ đỉnh: lần cao nhất. Chờ xác nhận: báo cáo Word còn điều cần cán bộ quyết định, chưa tính vào tổng.',
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
