
/*
 * The roll-up report's layout and the marks in its text, written by `buildRollUpReport` and read
 * back by `readRollUpForm` and `readSummaryReport` from a summary the officer may have edited.
 */

export const ROLLUP_SHEETS = { form: 'Báo cáo tổng hợp', metadata: 'BC Thông tin chung', nominations: 'BC Điển hình' } as const;

/** Where the form's header sits (zero-based), written here and read back by `tonghop bao-cao`. */
export const ROLLUP_FORM_CELLS = {
  bodyAbove: { row: 0, col: 1 },
  issuer: { row: 1, col: 1 },
  number: { row: 3, col: 1 },
  placeDate: { row: 3, col: 2 },
  /** Column A holds each section's code (hidden), B the text. */
  codeCol: 0,
  textCol: 1,
  /** The signature block's column, right of "Nơi nhận:". */
  signatureCol: 2,
  /** Beside each paragraph of the synthesis, the units it comes from; outside the printed area. */
  sourcesCol: 5,
  recipientsLabel: 'Nơi nhận:',
  title: 'BÁO CÁO',
} as const;

const SOURCES = 'Nguồn: ';

/** The units a paragraph comes from, as the summary shows them beside it. */
export const formatSources = (units: readonly string[]) => `${SOURCES}${units.join('; ')}`;

/** The units of a "Nguồn: …" cell; none when the cell says something else. */
export function parseSources(text: string): string[] {
  if (!text.startsWith(SOURCES)) return [];
  return text.slice(SOURCES.length).split(/;\s*/).map((u) => u.trim()).filter((u) => u !== '');
}

/** The origin of a nomination stays the unit that first proposed it, however many levels it climbs. */
const ORIGIN = 'Đề xuất của: ';
export function noteOrigin(note: string, unitName: string): string {
  return note.startsWith(ORIGIN) ? note : note ? `${ORIGIN}${unitName}. ${note}` : `${ORIGIN}${unitName}`;
}

/** The unit a note says first proposed a nomination, or null when it says none. */
export function originOfNote(note: string): string | null {
  if (!note.startsWith(ORIGIN)) return null;
  const rest = note.slice(ORIGIN.length);
  const end = rest.indexOf('. ');
  return (end >= 0 ? rest.slice(0, end) : rest).trim() || null;
}
