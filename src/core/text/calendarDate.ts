/** A calendar day as `YYYY-MM-DD`; no time zone, no clock. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The day, or null when there is no such day (checked by the calendar's rule, no Date made). */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1])) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day of a moment in local time (the caller supplies the moment: the core reads no clock). */
export function localIsoDate(moment: Date): IsoDate {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
}

export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y, month: m, day: d };
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = splitIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  const t = new Date(epochDay * DAY_MS);
  return makeIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "ngày 10 tháng 4 năm 2024", as in the header of an official document. */
export function formatDateLong(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `ngày ${String(day).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`;
}

// Excel's 1900 system counts the nonexistent 29/02/1900, so serial 61 is 01/03/1900.
const EXCEL_1900_EPOCH_DAY = Date.UTC(1899, 11, 30) / DAY_MS;
const EXCEL_1904_EPOCH_DAY = Date.UTC(1904, 0, 1) / DAY_MS;

export function isoDateToSerial(date: IsoDate, date1904 = false): number {
  return toEpochDay(date) - (date1904 ? EXCEL_1904_EPOCH_DAY : EXCEL_1900_EPOCH_DAY);
}

export function serialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return fromEpochDay(Math.floor(serial) + (date1904 ? EXCEL_1904_EPOCH_DAY : EXCEL_1900_EPOCH_DAY));
}

/**
 * A date as a unit may have entered it: an Excel serial (either date system), `dd/mm/yyyy`
 * (also with `-` or `.`), ISO `yyyy-mm-dd`, or "ngày 10 tháng 4 năm 2024".
 */
export function parseDateLike(value: unknown, date1904 = false): IsoDate | null {
  if (typeof value === 'number') return serialToIsoDate(value, date1904);
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFC').trim().toLowerCase();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return makeIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(text);
  if (m) return makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/.exec(text);
  if (m) return makeIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d+(\.\d+)?$/.test(text)) return serialToIsoDate(Number(text), date1904);
  return null;
}
