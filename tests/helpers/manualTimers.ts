import type { PoolTimers } from '../../src/app/reading/readWithPool';

/** A clock that moves only when the test says so: no time limit can expire behind its back. */
export function manualTimers() {
  const pending = new Map<number, { onTimeout: () => void; ms: number }>();
  let nextHandle = 0;
  const timers: PoolTimers = {
    set(onTimeout, ms) {
      pending.set(++nextHandle, { onTimeout, ms });
      return nextHandle;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  /** Every limit now running expires, as if its time had passed. */
  const expireAll = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const t of due) t.onTimeout();
  };
  return { timers, pending, expireAll };
}
