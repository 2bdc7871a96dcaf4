import { parsePeriodKind, PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '../period/ReportingPeriod';
import { foldForMatch, normalizeText } from '../text/normalizeText';
import { ALL_KINDS } from './authorLayout';

/** "6 tháng đầu năm, Năm" → ['H1', 'Y']; "tất cả các kỳ" → every kind of the template; "" → []. */
export function parseKinds(text: string, all: PeriodKind[]): PeriodKind[] | null {
  const t = normalizeText(text);
  if (t === '') return [];
  if (foldForMatch(t) === foldForMatch(ALL_KINDS) || foldForMatch(t) === foldForMatch('tất cả')) return [...all];
  const kinds: PeriodKind[] = [];
  for (const part of t.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const kind = parsePeriodKind(part);
    if (!kind) return null;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** What a list of period kinds should look like, for the message when one does not read. */
export function kindsExpected(): string {
  return `ghi các kỳ cách nhau bằng dấu phẩy (${PERIOD_KINDS.map((k) => PERIOD_KIND_LABELS[k]).join(', ')}), hoặc "${ALL_KINDS}"`;
}
