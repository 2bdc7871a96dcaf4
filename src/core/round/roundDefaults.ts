import { LIMITS } from './limits';

/**
 * What a round decides by default, in one place for the command line and the task pane alike.
 * The limits live in limits.ts; the names below are kept for code not yet moved to LIMITS.
 */

/** @deprecated Use LIMITS.file.timeMs from './limits'. */
export const FILE_TIME_LIMIT_MS = LIMITS.file.timeMs;

/** @deprecated Use LIMITS.years from './limits'. */
export const YEAR_RANGE = LIMITS.years;

/** @deprecated Import isRoundYear from './limits'. */
export { isRoundYear } from './limits';

/** The consolidating body when the user has not named it. */
export const DEFAULT_BODY = 'Ban Tuyên giáo và Dân vận';

/** @deprecated Use LIMITS.excel from './limits'. */
export const EXCEL_LIMITS = LIMITS.excel;
