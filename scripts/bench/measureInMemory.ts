import { getHeapStatistics } from 'node:v8';

/**
 * A synchronous step's seconds and the heap it added. No timer can sample the heap while the step
 * runs, so the peak is read from what V8 committed for it: the heap's total size afterwards (it
 * grows to hold the step's peak and is not given back at once) less what was in use before.
 */
export function measureInMemory<T>(step: () => T): { value: T; seconds: number; addedMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const value = step();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = Math.max(getHeapStatistics().total_heap_size, process.memoryUsage().heapUsed);
  return { value, seconds, addedMb: (after - before) / 1024 / 1024 };
}
