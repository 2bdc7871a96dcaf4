import type { SubmissionInput } from '../../core/consolidation/Consolidation';
import type { ReadRequest } from '../checkFileBytes';

/**
 * A door's way of reading its kind of file (paths on Node threads, picked files in Web Workers or
 * on the page's own thread): results in the order of `files`, progress as each file is done.
 */
export type ReadFiles<F> = (files: readonly F[], request: ReadRequest, onProgress: (done: number, total: number) => void) => Promise<SubmissionInput[]>;
