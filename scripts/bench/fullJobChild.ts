import * as path from 'node:path';
import { writeDocumentFile, writeSummarySpec } from '../../src/cli/jobs';
import { readPaths } from '../../src/cli/readFilesWithPool';
import { runRound } from '../../src/app/round/runRound';
import { useNativeZlib } from '../../src/adapters/sheetjs/useNativeZlib';
import { BENCH_DEADLINE, BENCH_PERIOD, BENCH_TEMPLATE, benchFiles, benchRegistry } from './benchData';

// One full job in a fresh process, so its peak memory (maxRSS) is its own. With "word", the
// mixed round: the Word units send their Word documents instead of their workbooks.
void (async () => {
  useNativeZlib();
  const [folder, n, word] = [process.argv[2], Number(process.argv[3]), process.argv[4] === 'word'];
  const files = benchFiles(folder, n, word);
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  // The round service, as tonghop tong-hop runs it.
  const round = await runRound({ template: BENCH_TEMPLATE, period: BENCH_PERIOD, deadline: BENCH_DEADLINE, registry: benchRegistry(n), body: 'Thử nghiệm' }, { templates: [BENCH_TEMPLATE], today: '2026-07-06' }, { files, skipped: [] }, readPaths());
  const writing = process.hrtime.bigint();
  const readMaxRssMb = process.resourceUsage().maxRSS / 1024;
  const suffix = word ? `${n}-word` : String(n);
  await writeSummarySpec(round.summary(), path.join(folder, `summary-${suffix}.xlsx`), true);
  const wordStart = process.hrtime.bigint();
  const summaryMaxRssMb = process.resourceUsage().maxRSS / 1024;
  // The Word report, as tonghop tong-hop writes it beside the summary.
  await writeDocumentFile(round.report().spec, path.join(folder, `report-${suffix}.docx`), true);
  const end = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuAtStart);
  // What became of the Word units' documents: counted, waiting for the officer, or neither.
  const wordFiles = round.consolidation.files.filter((f) => f.fileName.endsWith('.docx'));
  const wordUnits = { sent: wordFiles.length, counted: wordFiles.filter((f) => f.role === 'used').length, pending: wordFiles.filter((f) => f.role === 'pending').length };
  // The job as the bench has always timed it (read, check, consolidate, write the summary); the Word report apart.
  process.send!({ seconds: Number(wordStart - started) / 1e9, writeSeconds: Number(wordStart - writing) / 1e9, wordSeconds: Number(end - wordStart) / 1e9, maxRssMb: summaryMaxRssMb, withWordMaxRssMb: process.resourceUsage().maxRSS / 1024, readMaxRssMb, wordUnits, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
})();
