import * as z from 'zod';
import { makeIssue, type Issue } from '../issues/Issue';
import { PERIOD_KINDS } from '../period/ReportingPeriod';
import { parseDateLike } from '../text/calendarDate';
import { BODY_PAGES } from '../synthesis/pageBudget';
import { wordConfirmationSchema } from '../wordReport/wordDecisions';
import { LIMITS } from './limits';

z.config({ jitless: true });

const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseDateLike(s) === s, 'không phải ngày hợp lệ');
const unit = z.object({ code: z.string().min(1), name: z.string().min(1), kind: z.string() });

/** What the Tổng hợp tab keeps with the document (or the browser) between sessions. */
export const savedRoundSettingsSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  year: z.int().min(LIMITS.years.min).max(LIMITS.years.max),
  deadline: isoDate,
  body: z.string(),
  registry: z.object({ owner: z.string().optional(), units: z.array(unit), sample: z.boolean().optional() }).optional(),
  registrySource: z.string().optional(),
  /** The round's template ("hn-kl01@2"); the newest of the built-in id when absent. */
  templateKey: z.string().optional(),
  /** Also accept reports made with older versions of the round's template. */
  acceptOlderVersions: z.boolean().optional(),
  /** Count a whole copy of another unit's report too. */
  includeCopies: z.boolean().optional(),
  /** Word reports the office confirmed, by their content keys: as read (a plain key), or with parts moved and blocks attached. */
  confirmedWord: z.array(wordConfirmationSchema).max(LIMITS.wordConfirmations).optional(),
  /** Pages of body the report's synthesis is written for (the default when absent). */
  pages: z.int().min(BODY_PAGES.min).max(BODY_PAGES.max).optional(),
  /** Header and signature of the report sent up (the issuer is the consolidating body). */
  document: z
    .object({
      bodyAbove: z.string(),
      number: z.string(),
      place: z.string(),
      recipients: z.array(z.string()),
      issuerKind: z.enum(['department', 'committee']),
      signer: z.enum(['head', 'deputy']),
      signerName: z.string(),
      author: z.string(),
    })
    .partial()
    .optional(),
});

export type SavedRoundSettings = z.infer<typeof savedRoundSettingsSchema>;

/** Settings read back from a document or a browser: nothing saved, settings that check out, or a reset with the reason. */
export type SavedSettings = { settings: SavedRoundSettings | null; issue?: Issue };

/**
 * Reads what a document says it saved. It may come from an older version of the add-in, or a
 * workbook edited elsewhere: it is checked like any input, and a value that does not check out
 * is dropped with a message, never trusted.
 */
export function parseSavedSettings(raw: unknown): SavedSettings {
  if (raw === null || raw === undefined || raw === '') return { settings: null };
  let data: unknown;
  try {
    data = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { settings: null, issue: makeIssue('SETTINGS_RESET', {}, { detail: 'không phải JSON' }) };
  }
  const parsed = savedRoundSettingsSchema.safeParse(data);
  if (parsed.success) return { settings: parsed.data };
  const first = parsed.error.issues[0];
  return { settings: null, issue: makeIssue('SETTINGS_RESET', {}, { detail: `"${first.path.join('.') || 'toàn bộ'}" ${first.code === 'invalid_type' ? 'sai kiểu' : 'không hợp lệ'}` }) };
}
