import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The collector, also when Node was not started with --expose-gc (npm run bench is not): without
 * it the heap in use before a step still holds the previous steps' garbage, and what a step adds
 * can come out negative (-195 MB for the Word reports, measured so).
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * A synchronous step's seconds and the heap it added. No timer can sample the heap while the step
 * runs, so the peak is read from what V8 committed for it: the heap's total size afterwards (it
 * grows to hold the step's peak and is not given back at once) less what was in use before.
 */
export function measureInMemory<T>(step: () => T): { value: T; seconds: number; addedMb: number } {
  collector()();
  const before = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const value = step();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = Math.max(getHeapStatistics().total_heap_size, process.memoryUsage().heapUsed);
  return { value, seconds, addedMb: (after - before) / 1024 / 1024 };
}
