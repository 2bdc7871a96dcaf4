/** Zero-based cell position inside a workbook; sheet is the sheet's name as found in the file. */
export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
  /** In a Word report there is no cell: where the value was read ("mục "2. Công tác tuyên truyền"", a table's row, a sentence). */
  word?: string;
}

export type Severity = 'error' | 'warning';

export interface IssueLocation {
  section?: string;
  field?: string;
  cell?: CellAddress;
  /** Zero-based row of the nominations table. */
  nominationRow?: number;
  /** Where in a template file, as a JSON path ("indicators[3].atMost"). */
  path?: string;
}

export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  location: IssueLocation;
  params: IssueParams;
}

/** Every problem the product can report, with its severity. Adding a code forces a message. */
export const ISSUE_SEVERITY = {
  FILE_EMPTY: 'error',
  FILE_NOT_SPREADSHEET: 'error',
  FILE_UNREADABLE: 'error',
  FILE_ENCRYPTED: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_TOO_MANY_CELLS: 'error',
  FILE_ZIP_BOMB: 'error',
  FILE_TIMEOUT: 'error',
  WORD_UNREADABLE: 'error',
  WORD_TO_CONFIRM: 'warning',
  WORD_FIGURE_DIFFERS: 'warning',
  TEMPLATE_NOT_RECOGNISED: 'error',
  TEMPLATE_UNKNOWN: 'error',
  TEMPLATE_NOT_IN_ROUND: 'error',
  TEMPLATE_VERSION_UNKNOWN: 'error',
  DEF_NOT_JSON: 'error',
  DEF_INVALID: 'error',
  DEF_DUPLICATE_CODE: 'error',
  DEF_UNKNOWN_GROUP: 'error',
  DEF_UNKNOWN_SECTION: 'error',
  DEF_RULE_UNKNOWN_INDICATOR: 'error',
  DEF_PHRASE_UNKNOWN_INDICATOR: 'error',
  DEF_RATIO_PART_MISSING: 'error',
  DEF_RATIO_PART_UNKNOWN: 'error',
  DEF_MIN_ABOVE_MAX: 'error',
  DEF_METADATA_MISSING: 'error',
  DEF_EXPECTED_KIND_UNKNOWN: 'error',
  DEF_PERIOD_KIND_NOT_OFFERED: 'warning',
  AUTHOR_SHEET_MISSING: 'error',
  AUTHOR_COLUMN_MISSING: 'error',
  AUTHOR_SETTING_MISSING: 'error',
  AUTHOR_VALUE_INVALID: 'error',
  AUTHOR_LEVEL_ORPHAN: 'error',
  CATALOGUE_UNREADABLE: 'error',
  CATALOGUE_FILE_UNREADABLE: 'error',
  CATALOGUE_ENTRY_MISMATCH: 'error',
  CATALOGUE_OFFLINE: 'warning',
  TEMPLATE_ID_MISSING: 'warning',
  NAMES_MISSING: 'warning',
  SUBMISSION_BLANK: 'error',
  CELL_FORMULA_NO_VALUE: 'error',
  TEXT_LEGACY_ENCODING: 'warning',
  TEXT_STALE_REFERENCE: 'warning',
  TEXT_LOST_CHARACTERS: 'warning',
  COPY_WHOLE_REPORT: 'error',
  COPY_WHOLE_REPORT_COUNTED: 'warning',
  COPY_SECTION: 'warning',
  COPY_FIGURES: 'warning',
  COPY_NAMES_OTHER_UNIT: 'warning',
  COPY_NOMINATIONS: 'warning',
  COPY_GUIDELINE: 'warning',
  COPY_PREVIOUS_PERIOD: 'warning',
  SECTION_NOT_FOUND: 'error',
  INDICATOR_NOT_FOUND: 'error',
  METADATA_NOT_FOUND: 'error',
  SECTION_REQUIRED_EMPTY: 'error',
  SECTION_TOO_SHORT: 'warning',
  INDICATOR_REQUIRED_EMPTY: 'error',
  INDICATOR_EMPTY: 'warning',
  INDICATOR_NOT_NUMBER: 'error',
  INDICATOR_TEXT_NUMBER: 'warning',
  INDICATOR_NOT_WHOLE: 'error',
  INDICATOR_NEGATIVE: 'error',
  INDICATOR_BELOW_MIN: 'error',
  INDICATOR_ABOVE_MAX: 'error',
  INDICATOR_EXCEEDS: 'error',
  META_REQUIRED_EMPTY: 'error',
  META_UNIT_UNKNOWN: 'error',
  META_UNIT_AMBIGUOUS: 'error',
  META_PERIOD_INVALID: 'error',
  META_PERIOD_MISMATCH: 'error',
  META_YEAR_INVALID: 'error',
  META_YEAR_MISMATCH: 'error',
  META_DATE_INVALID: 'error',
  META_DATE_RANGE_REVERSED: 'error',
  META_DATE_RANGE_DIFFERS: 'warning',
  META_REPORT_DATE_FUTURE: 'error',
  META_REPORT_DATE_EARLY: 'warning',
  META_EMAIL_INVALID: 'warning',
  META_PHONE_INVALID: 'warning',
  NOMINATION_KIND_MISSING: 'warning',
  NOMINATION_KIND_EXTRA: 'warning',
  NOMINATION_FIELD_EMPTY: 'error',
  NOMINATION_KIND_INVALID: 'error',
  NOMINATION_FORM_INVALID: 'warning',
  SUBMISSION_SUPERSEDED: 'warning',
  ACTION_FAILED: 'error',
  SETTINGS_NOT_SAVED: 'warning',
  SETTINGS_RESET: 'warning',
  HOST_FAILED: 'error',
  HOST_PAYLOAD_TOO_LARGE: 'error',
  HOST_RESPONSE_TOO_LARGE: 'error',
  HOST_DOWNLOADED_INSTEAD: 'warning',
  SUMMARY_NOT_RECOGNISED: 'error',
  SUMMARY_DATE_UNREADABLE: 'warning',
  NOMINATIONS_MARKED_OVER: 'warning',
  HOST_UNSUPPORTED_FEATURE: 'error',
  HOST_NOT_IMPLEMENTED: 'error',
  HOST_SHEET_EXISTS: 'error',
  HOST_BUSY: 'error',
  HOST_NOT_SUPPORTED: 'error',
  REGISTRY_UNREADABLE: 'error',
  REGISTRY_EMPTY: 'error',
  REGISTRY_SHEET_MISSING: 'error',
  REGISTRY_MISSING_CODE: 'error',
  REGISTRY_MISSING_NAME: 'error',
  REGISTRY_DUPLICATE_CODE: 'error',
  DISK_FULL: 'error',
  WRITE_NOT_PERMITTED: 'error',
  READ_NOT_PERMITTED: 'error',
  OUTPUT_IN_USE: 'error',
  PATH_TOO_LONG: 'error',
  PATH_REFUSED: 'error',
  FOLDER_GONE: 'error',
  VOLUME_READ_ONLY: 'error',
  TOO_MANY_OPEN_FILES: 'error',
  DISK_FAILED: 'error',
  OUTPUTS_KEPT: 'warning',
  INPUT_GONE: 'error',
  INPUT_CHANGED: 'error',
  INPUT_NOT_READABLE: 'error',
  BROWSER_STORAGE_FULL: 'warning',
  DOWNLOAD_REFUSED: 'error',
  HOST_PROTECTED: 'error',
  HOST_WORKBOOK_CLOSED: 'error',
  PATH_IS_FOLDER: 'error',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

export function makeIssue(code: IssueCode, location: IssueLocation = {}, params: IssueParams = {}): Issue {
  return { code, severity: ISSUE_SEVERITY[code], location, params };
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}
