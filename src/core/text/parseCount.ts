import { normalizeText } from './normalizeText';

export type ParsedNumber =
  | { ok: true; value: number; fromText: boolean; raw: string }
  | { ok: false; raw: string };

/**
 * Reads a number a person may have typed as text: `1.234` and `1 234` (thousands),
 * `8,5` (decimal comma), `12 người` (a unit after the number). `fromText` tells the caller
 * to warn that the cell should hold a plain number.
 */
export function parseNumberLike(value: unknown): ParsedNumber | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value, fromText: false, raw: String(value) } : { ok: false, raw: String(value) };
  }
  if (typeof value === 'boolean') return { ok: false, raw: String(value) };
  const raw = normalizeText(String(value));
  if (raw === '') return null;
  // Number first, then an optional word of letters (the unit: người, cuộc, tin bài, %…).
  const match = /^([+-]?)\s*(\d[\d .,]*)\s*([\p{L}%][\p{L}\p{M} ,%]*)?$/u.exec(raw);
  if (!match) return { ok: false, raw };
  const sign = match[1] === '-' ? -1 : 1;
  const digits = match[2].trim();
  const parsed = parseDigits(digits);
  if (parsed === null) return { ok: false, raw };
  return { ok: true, value: sign * parsed, fromText: true, raw };
}

function parseDigits(text: string): number | null {
  const compact = text.replace(/ /g, '');
  if (/^\d+$/.test(compact)) return Number(compact);
  // 1.234 or 1.234.567: dots as thousands separators (Vietnamese custom).
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  // 1,234,567 with groups of three after every comma: thousands, English style.
  if (/^\d{1,3}(,\d{3}){2,}$/.test(compact)) return Number(compact.replace(/,/g, ''));
  // 1.234,5: thousands dots and a decimal comma.
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  // 8,5: decimal comma.
  if (/^\d+,\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  // 8.5: a decimal point that cannot be a thousands group.
  if (/^\d+\.\d{1,2}$|^\d+\.\d{4,}$/.test(compact)) return Number(compact);
  return null;
}
