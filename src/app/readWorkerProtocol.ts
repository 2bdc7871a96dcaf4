import type { TransferableInput } from './transferableInput';

/**
 * What a reading worker says, in the CLI's threads and in the pane's Web Worker alike. "ready"
 * comes once its script has loaded: a file's time limit starts then, not when the thread was
 * asked for, so a slow start on a busy machine is never mistaken for a file that hangs.
 */
export type ReadWorkerMessage = { type: 'ready' } | { type: 'result'; id: number; result: TransferableInput };
