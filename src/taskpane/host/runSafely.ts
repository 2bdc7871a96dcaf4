import { describeHostError } from '../../adapters/office/officeErrors';
import type { HostOutcome } from './WorkbookHost';

/** Awaits a host operation inside try, so a failure becomes a message the pane shows. */
export async function runSafely<T>(action: string, operation: () => Promise<T>): Promise<HostOutcome<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, issue: describeHostError(error, action) };
  }
}
