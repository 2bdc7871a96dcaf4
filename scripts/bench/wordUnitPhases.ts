import * as fs from 'node:fs';
import { readWorkbookGrid } from '../../src/adapters/sheetjs/readWorkbookGrid';
import { readDocx } from '../../src/adapters/word/readDocx';
import { nativeInflateRaw } from '../../src/adapters/xlsxFast/nativeInflateRaw';
import { readTemplateFast } from '../../src/adapters/xlsxFast/readTemplateFast';
import { checkFileBytes, type GridReader } from '../../src/app/checkFileBytes';
import { extractFromWord } from '../../src/app/reading/wordSubmission';
import { createUnitMatcher } from '../../src/core/registry/UnitRegistry';
import { validateSubmission } from '../../src/core/validation/validateSubmission';
import { readWordReport } from '../../src/core/wordReport/readWordReport';
import { BENCH_PERIOD, BENCH_TEMPLATE, benchFiles, benchRegistry } from './benchData';

/**
 * What a Word unit costs a reading thread beside its workbook twin, one thread, phase by phase:
 * the .docx read into blocks, its blocks read onto the đề cương (header, sections, figures), the
 * checks; and the workbook read by the fast path and checked. Milliseconds a file, the fastest of
 * three passes (the machine is shared).
 */
export function measureWordUnitPhases(folder: string, n: number) {
  const registry = benchRegistry(n);
  const context = { today: '2026-07-06', period: BENCH_PERIOD, registry, matcher: createUnitMatcher(registry) };
  const wordFiles = benchFiles(folder, n, true).filter((f) => f.endsWith('.docx'));
  const words = wordFiles.map((f) => new Uint8Array(fs.readFileSync(f)));
  const books = wordFiles.map((f) => new Uint8Array(fs.readFileSync(f.replace(/\.docx$/, '.xlsx'))));
  const read: GridReader = (bytes, options = {}) => (options.selectSheets ? readTemplateFast(bytes, options.selectSheets, nativeInflateRaw) : null) ?? readWorkbookGrid(bytes, options);
  const best = { workbook: Infinity, docx: Infinity, outline: Infinity, checks: Infinity };
  const timed = <T>(step: () => T): [T, number] => {
    const started = process.hrtime.bigint();
    const value = step();
    return [value, Number(process.hrtime.bigint() - started) / 1e6];
  };
  for (let pass = 0; pass < 3; pass++) {
    const ms = { workbook: 0, docx: 0, outline: 0, checks: 0 };
    for (const bytes of books) ms.workbook += timed(() => checkFileBytes(read, bytes, [BENCH_TEMPLATE], context))[1];
    for (const bytes of words) {
      const [document, docx] = timed(() => readDocx(bytes, { inflate: nativeInflateRaw }));
      if (!document.ok) throw new Error(document.reason);
      const [reading, outline] = timed(() => readWordReport(document.document, BENCH_TEMPLATE, { matcher: context.matcher, periodKind: BENCH_PERIOD.kind }));
      const checks = timed(() => validateSubmission(extractFromWord(reading, BENCH_TEMPLATE), context))[1];
      Object.assign(ms, { docx: ms.docx + docx, outline: ms.outline + outline, checks: ms.checks + checks });
    }
    for (const k of Object.keys(best) as (keyof typeof best)[]) best[k] = Math.min(best[k], ms[k] / words.length);
  }
  return { files: words.length, workbookMs: best.workbook, docxMs: best.docx, outlineMs: best.outline, checksMs: best.checks, wordMs: best.docx + best.outline + best.checks };
}
