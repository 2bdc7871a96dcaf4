import type { IsoDate } from '../text/calendarDate';
import { defaultDocument, type OfficialDocument } from '../workbook/OfficialDocument';
import { defaultRecipients } from '../workbook/officialHeader';

/**
 * The report's header: what the user filled, over the defaults; recipients trimmed, blank ones
 * dropped, and when none is left, those the committee above tells (never a placeholder).
 */
export function completeDocument(body: string, today: IsoDate, filled: Partial<OfficialDocument> = {}): OfficialDocument {
  const defined = Object.fromEntries(Object.entries(filled).filter(([, v]) => v !== undefined)) as Partial<OfficialDocument>;
  const doc = { ...defaultDocument(body, today), ...defined };
  const recipients = (defined.recipients ?? []).map((r) => r.trim()).filter(Boolean);
  return { ...doc, recipients: recipients.length > 0 ? recipients : defaultRecipients(doc) };
}
