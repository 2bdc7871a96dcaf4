import { LIMITS } from '../round/limits';
import { CELL_LIMIT_TEXTS } from '../issues/issueMessages';

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

/** Marks a unit's block in a compiled draft; a nested block gets one more mark per level. */
const MARK = '▸';
const CUT_NOTE = CELL_LIMIT_TEXTS.rollUpCutNote;

/**
 * A draft of one section for the level above: each unit's text under its name, in registry
 * order. A unit's own text that is itself a compilation keeps its units' names one level deeper
 * ("▸▸ Xã A"), so nested reports stay readable without repeating headers.
 */
export function compileSectionDraft(entries: readonly { unit: { name: string }; text: string }[]): string {
  const deeper = new RegExp(`^(${MARK}+)`, 'gm');
  let draft = '';
  // Stops once the cell is full: thousands of units must not build megabytes only to cut them.
  for (const e of entries) {
    draft += `${draft ? '\n\n' : ''}${MARK} ${e.unit.name}\n${e.text.replace(deeper, `${MARK}$1`)}`;
    if (draft.length > LIMITS.excel.cellCharacters) return draft.slice(0, LIMITS.excel.cellCharacters - CUT_NOTE.length) + CUT_NOTE;
  }
  return draft;
}

/**
 * The inverse of `compileSectionDraft`, for a draft the officer may have edited: each "▸ name"
 * line starts that unit's text (its nested marks one level shallower again); text before the
 * first mark is the officer's own, without a unit.
 */
export function splitSectionDraft(draft: string): { unitName?: string; text: string }[] {
  const out: { unitName?: string; lines: string[] }[] = [{ lines: [] }];
  for (const line of draft.split('\n')) {
    const unit = /^▸ (?!▸)(.*)$/.exec(line);
    if (unit) out.push({ unitName: unit[1].trim(), lines: [] });
    else out[out.length - 1].lines.push(line.replace(/^▸(▸+)/, '$1'));
  }
  return out.map(({ unitName, lines }) => ({ ...(unitName ? { unitName } : {}), text: lines.join('\n').trim() })).filter((e) => e.text !== '');
}

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
