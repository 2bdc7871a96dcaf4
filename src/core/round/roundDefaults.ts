/** What a round decides by default when the user has not said, for the command line and the task pane alike (the limits are in limits.ts). */

/** The consolidating body when the user has not named it. */
export const DEFAULT_BODY = 'Ban Tuyên giáo và Dân vận';
