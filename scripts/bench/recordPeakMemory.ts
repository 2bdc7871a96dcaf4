import * as fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

// Preloaded (node -r) into `tonghop tong-hop` by the bench: at exit, the process's peak memory
// (maxRSS, its threads included) is written where BENCH_PEAK_FILE says.
const file = process.env.BENCH_PEAK_FILE;
if (file && isMainThread) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
