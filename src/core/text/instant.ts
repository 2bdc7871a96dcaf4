import { YEAR_DATES } from '../round/limits';

/** An instant as ISO 8601 in UTC ("2026-06-18T02:12:00.000Z"): when a file was saved. */
export type IsoInstant = string;

/**
 * An instant a file's properties or the disk give, kept only when it is a real date within the
 * years a report may name: tools that write no time put 1970 or 1900 there, which says nothing.
 */
export function plausibleInstant(value: unknown): IsoInstant | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && value.trim() !== '' ? new Date(value.trim()) : null;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.slice(0, 10) >= YEAR_DATES.min && iso.slice(0, 10) <= YEAR_DATES.max ? iso : undefined;
}

/** Vietnam's time (UTC+7, no summer time): what the office's clocks showed when the file was saved. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "09:12 ngày 18/06/2026", in Vietnam's time, whatever the machine's time zone. */
export function formatInstant(instant: IsoInstant): string {
  const local = new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}
