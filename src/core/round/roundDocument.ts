import type { IsoDate } from '../text/calendarDate';
import { defaultDocument, type OfficialDocument } from '../workbook/OfficialDocument';

/** The report's header: what the user filled, over the defaults; recipients trimmed, blank ones dropped. */
export function completeDocument(body: string, today: IsoDate, filled: Partial<OfficialDocument> = {}): OfficialDocument {
  const base = defaultDocument(body, today);
  const defined = Object.fromEntries(Object.entries(filled).filter(([, v]) => v !== undefined)) as Partial<OfficialDocument>;
  return { ...base, ...defined, recipients: (defined.recipients ?? base.recipients).map((r) => r.trim()).filter(Boolean) };
}
