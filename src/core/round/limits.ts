import { isoDateToSerial } from '../text/calendarDate';

const MB = 1024 * 1024;

/**
 * Every limit the product enforces or must respect, in one table for the core, the adapters and
 * both doors. Messages take their numbers from here (see issueMessages.ts), so a limit changed
 * here is changed in what users read too.
 */
export const LIMITS = {
  /** What a unit's file must pass before, and while, it is read (screened before any parser runs). */
  file: {
    /** A report is a few hundred kilobytes; anything above this is refused before parsing. */
    bytes: 20 * MB,
    /** What a file may inflate to; a zip bomb declares far more. */
    inflatedBytes: 200 * MB,
    /** A part inflating more than this many times its compressed size is suspicious… */
    suspiciousRatio: 1000,
    /** …and refused when the whole file inflates beyond this. */
    suspiciousInflatedBytes: 20 * MB,
    /** Rows read per sheet; a sheet that declares more is refused as far too large. */
    rowsPerSheet: 20_000,
    /** Cells in all sheets together, by the ranges the file declares. */
    cells: 2_000_000,
    /** A file still unread after this long is given up as damaged (both doors; --gioi-han-giay changes it). */
    timeMs: 30_000,
  },
  /** Excel's own limits: characters in one cell, rows and columns in one sheet. */
  excel: {
    cellCharacters: 32_767,
    rows: 1_048_576,
    columns: 16_384,
    /** Excel on the web refuses a request above this, and sends no response above it either. */
    webRequestBytes: 5 * MB,
  },
  /** What the office may decide about one Word report (kept with the round): parts moved, blocks attached. */
  wordDecision: { moves: 100, blocks: 500 },
  /** Word reports whose reading the office confirmed or decided, kept with a round. */
  wordConfirmations: 20_000,
  /** Years a round, a template or a report may name. */
  years: { min: 2000, max: 2100 },
} as const;

/** The year bounds as dates: the first day of the first year, the last day of the last. */
export const YEAR_DATES = { min: `${LIMITS.years.min}-01-01`, max: `${LIMITS.years.max}-12-31` } as const;

/** The same dates as Excel date serials (1900 system), for date validation rules. */
export const YEAR_SERIALS = { min: isoDateToSerial(YEAR_DATES.min), max: isoDateToSerial(YEAR_DATES.max) } as const;

export function isRoundYear(year: number): boolean {
  return Number.isInteger(year) && year >= LIMITS.years.min && year <= LIMITS.years.max;
}
