import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeDocumentFile, writeSummarySpec } from '../../src/cli/jobs';
import { readPaths } from '../../src/cli/readFilesWithPool';
import { runRound } from '../../src/app/round/runRound';
import { useNativeZlib } from '../../src/adapters/sheetjs/useNativeZlib';
import { BENCH_DEADLINE, BENCH_PERIOD, BENCH_TEMPLATE, benchRegistry } from './benchData';

// One full job in a fresh process, so its peak memory (maxRSS) is its own.
void (async () => {
  useNativeZlib();
  const [folder, n] = [process.argv[2], Number(process.argv[3])];
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort().slice(0, n).map((f) => path.join(folder, f));
  const started = process.hrtime.bigint();
  // The round service, as tonghop tong-hop runs it.
  const round = await runRound({ template: BENCH_TEMPLATE, period: BENCH_PERIOD, deadline: BENCH_DEADLINE, registry: benchRegistry(n), body: 'Thử nghiệm' }, { templates: [BENCH_TEMPLATE], today: '2026-07-06' }, { files, skipped: [] }, readPaths());
  const writing = process.hrtime.bigint();
  const readMaxRssMb = process.resourceUsage().maxRSS / 1024;
  await writeSummarySpec(round.summary(), path.join(folder, `summary-${n}.xlsx`), true);
  const word = process.hrtime.bigint();
  const summaryMaxRssMb = process.resourceUsage().maxRSS / 1024;
  // The Word report, as tonghop tong-hop writes it beside the summary.
  await writeDocumentFile(round.report().spec, path.join(folder, `report-${n}.docx`), true);
  const end = process.hrtime.bigint();
  // The job as the bench has always timed it (read, check, consolidate, write the summary); the Word report apart.
  process.send!({ seconds: Number(word - started) / 1e9, writeSeconds: Number(word - writing) / 1e9, wordSeconds: Number(end - word) / 1e9, maxRssMb: summaryMaxRssMb, withWordMaxRssMb: process.resourceUsage().maxRSS / 1024, readMaxRssMb });
})();
