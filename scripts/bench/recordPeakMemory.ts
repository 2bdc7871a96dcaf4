import * as fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

// Preloaded (node -r) into `tonghop tong-hop` by the bench: at exit, the process's peak memory
// (maxRSS, its threads included) and the CPU seconds it used (all its threads) are written, in
// that order, where BENCH_PEAK_FILE says.
const file = process.env.BENCH_PEAK_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(file, `${usage.maxRSS / 1024} ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}`);
  });
}
