import { wordConfirmationSchema, type WordConfirmation } from '../core/wordReport/wordDecisions';
import { UserError } from './UserError';

/*
 * The round file's "xacNhanWord", in Vietnamese keys: each entry the key of a Word report
 * confirmed as read, or the key with the office's decisions:
 *   { "khoa": "0123456789abcdef",
 *     "chuyen": [{ "tu": "IV.1", "den": "IV.2" }, { "tu": "III.3", "den": null }],
 *     "gan": [{ "khoi": 1, "vao": "I" }] }
 * "chuyen": the part read under "tu" goes under "den" (null: left out of the report); "gan": the
 * unplaced block numbered "khoi" (from 1, as doc-word lists them) goes under "vao". Checked by the
 * rule the pane's saved settings are checked by.
 */

const FORM = 'ghi mã báo cáo Word (16 chữ số và chữ a–f), hoặc { "khoa": mã, "chuyen": [{ "tu": "II.1", "den": "II.2" hoặc null }], "gan": [{ "khoi": 1, "vao": "I" }] }';

function translate(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const e = entry as Record<string, unknown>;
  const list = (v: unknown, map: (x: Record<string, unknown>) => unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? map(x as Record<string, unknown>) : x)) : v);
  return {
    key: e['khoa'],
    ...(e['chuyen'] !== undefined ? { moves: list(e['chuyen'], (m) => ({ from: m['tu'], to: m['den'] })) } : {}),
    ...(e['gan'] !== undefined ? { attach: list(e['gan'], (a) => ({ block: a['khoi'], to: a['vao'] })) } : {}),
  };
}

/** The entries of "xacNhanWord" in a round file; a wrong one stops the command with the form to use. */
export function wordConfirmationsFromFile(value: unknown, file: string): WordConfirmation[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new UserError(`Tệp đợt tổng hợp "${file}": "xacNhanWord" phải là một danh sách; mỗi mục ${FORM}.`);
  return value.map((entry, i) => {
    const parsed = wordConfirmationSchema.safeParse(translate(entry));
    if (!parsed.success) throw new UserError(`Tệp đợt tổng hợp "${file}": "xacNhanWord" mục thứ ${i + 1} không hợp lệ; ${FORM}.`);
    return parsed.data;
  });
}
