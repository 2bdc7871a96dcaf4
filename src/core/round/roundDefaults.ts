/**
 * What a round decides by default, in one place for the command line and the task pane alike.
 */

/** A file still unread after this long is given up as damaged (both doors; --gioi-han-giay changes it). */
export const FILE_TIME_LIMIT_MS = 30_000;

/** Years a round, a template or a report may name. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function isRoundYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** The consolidating body when the user has not named it. */
export const DEFAULT_BODY = 'Ban Tuyên giáo và Dân vận';

/** Excel's own limits: characters in one cell, rows and columns in one sheet. */
export const EXCEL_LIMITS = { cellCharacters: 32_767, rows: 1_048_576, columns: 16_384 } as const;
