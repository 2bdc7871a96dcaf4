import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { writeWorkbook } from '../../src/adapters/exceljs/writeWorkbook';
import { buildTemplateWorkbook } from '../../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../../src/core/workbook/fillTemplateWorkbook';
import { BENCH_DEADLINE, BENCH_PERIOD, BENCH_TEMPLATE, benchEntries, benchRegistry, benchWordReport, isWordUnit } from './benchData';

// Writes its share of the benchmark's files with the project's own writer; a Word unit's report
// also as its Word document (the mixed round reads that instead of the workbook).
const { folder, total, from, to } = workerData as { folder: string; total: number; from: number; to: number };
void (async () => {
  const registry = benchRegistry(total);
  const spec = buildTemplateWorkbook(BENCH_TEMPLATE, { period: BENCH_PERIOD, registry, deadline: BENCH_DEADLINE });
  for (let i = from; i < to; i++) {
    const unit = registry.units[i];
    const bytes = await writeWorkbook(fillTemplateWorkbook(spec, BENCH_TEMPLATE, benchEntries(unit, i)));
    fs.writeFileSync(path.join(folder, `${unit.code}.xlsx`), bytes);
    if (isWordUnit(i)) fs.writeFileSync(path.join(folder, `${unit.code}.docx`), benchWordReport(unit, i));
  }
  parentPort!.postMessage('done');
})();
