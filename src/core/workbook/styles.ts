import type { CellStyle } from './WorkbookSpec';

/** Light yellow: "type here". Everything a unit may change has this fill and is unlocked. */
export const INPUT_FILL = 'FFFFF2CC';
export const HEADER_FILL = 'FFD9E2F3';
export const GROUP_FILL = 'FFEDEDED';

export const STYLE = {
  title: { bold: true, size: 15, hAlign: 'center' },
  subtitle: { bold: true, size: 13, hAlign: 'center' },
  note: { italic: true, size: 11, color: 'FF595959', wrap: true },
  header: { bold: true, fill: HEADER_FILL, border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  group: { bold: true, fill: GROUP_FILL, border: true, wrap: true, vAlign: 'middle' },
  label: { border: true, wrap: true, vAlign: 'middle' },
  code: { size: 9, color: 'FF808080', border: true, hAlign: 'center', vAlign: 'middle' },
  input: { fill: INPUT_FILL, border: true, wrap: true, vAlign: 'top', locked: false },
  number: { border: true, hAlign: 'right', vAlign: 'middle', numFmt: '#,##0' },
  percent: { border: true, hAlign: 'right', vAlign: 'middle', numFmt: '0.00' },
  text: { border: true, wrap: true, vAlign: 'top' },
  date: { border: true, hAlign: 'center', vAlign: 'middle', numFmt: 'dd/mm/yyyy' },
} satisfies Record<string, CellStyle>;

/** A row height that shows wrapped text of this length in a column this wide (Excel's cap is 409). */
export function rowHeightFor(text: string, widthChars: number, lineHeight = 16, minimum = 18): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (widthChars * 1.1))), 0);
  return Math.min(409, Math.max(minimum, lines * lineHeight));
}

export function withStyle(base: CellStyle, extra: CellStyle): CellStyle {
  return { ...base, ...extra };
}
