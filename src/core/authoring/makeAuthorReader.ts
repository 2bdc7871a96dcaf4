import { makeIssue, type CellAddress, type Issue, type IssueCode, type IssueParams } from '../issues/Issue';
import { foldForMatch } from '../text/normalizeText';
import type { CellValue } from '../workbook/WorkbookGrid';
import type { TableRow } from './readAuthorTable';
import { YES } from './authorLayout';

const TRUE_WORDS = new Set(['có', 'co', 'x', 'yes', 'true', '1', 'bắt buộc']);
const FALSE_WORDS = new Set(['', 'không', 'khong', 'no', 'false', '0']);

/** Reads typed values from the author workbook's cells, adding an issue at the cell for each that does not read. */
export type AuthorReader = ReturnType<typeof makeAuthorReader>;

/**
 * The readers every sheet of the author workbook shares, all reporting into one list of issues
 * so that each mistake is listed where it is found, in reading order.
 */
export function makeAuthorReader(issues: Issue[]) {
  const add = (code: IssueCode, cell: CellAddress | undefined, params: IssueParams = {}) => issues.push(makeIssue(code, cell ? { cell } : {}, params));
  const invalid = (cell: CellAddress, header: string, value: CellValue, expected: string) =>
    add('AUTHOR_VALUE_INVALID', cell, { label: `${cell.sheet} › ${header}`, value: String(value ?? ''), expected });
  const invalidIn = <K extends string>(row: TableRow<K>, key: K, expected: string) => invalid(row.cell(key), row.header(key), row.value(key), expected);
  const integer = <K extends string>(row: TableRow<K>, key: K, fallback: number | undefined, min = 0): number | undefined => {
    const raw = row.value(key);
    if (raw === null || raw === '') return fallback;
    const n = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= min) return n;
    invalidIn(row, key, `cần một số nguyên từ ${min} trở lên`);
    return fallback;
  };
  const yesNo = <K extends string>(row: TableRow<K>, key: K): boolean => {
    const t = row.text(key).toLowerCase();
    if (TRUE_WORDS.has(t)) return true;
    if (!FALSE_WORDS.has(t)) invalidIn(row, key, `ghi "${YES}" hoặc để trống`);
    return false;
  };
  const choose = <T extends string, K extends string>(row: TableRow<K>, key: K, options: Record<T, string>): T | undefined => {
    const t = foldForMatch(row.text(key));
    const found = (Object.keys(options) as T[]).find((k) => foldForMatch(options[k]) === t || foldForMatch(k) === t);
    if (found === undefined) invalidIn(row, key, `chọn một trong: ${Object.values<string>(options).map((o) => `"${o}"`).join(', ')}`);
    return found;
  };
  return { add, invalid, invalidIn, integer, yesNo, choose };
}
