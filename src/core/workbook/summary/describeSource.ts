import type { CellAddress } from '../../issues/Issue';
import { columnLetters } from '../../issues/issueMessages';

/** "Báo cáo X.xlsx: Số liệu!D6:D11, D13:D30" — the cells a unit's figures came from, runs joined. */
export function describeSource(fileName: string, cells: readonly CellAddress[]): string {
  const bySheetCol = new Map<string, number[]>();
  for (const cell of cells) {
    const key = `${cell.sheet}\u0000${cell.col}`;
    bySheetCol.set(key, [...(bySheetCol.get(key) ?? []), cell.row]);
  }
  const parts: string[] = [];
  for (const [key, rows] of bySheetCol) {
    const [sheet, col] = [key.split('\u0000')[0], Number(key.split('\u0000')[1])];
    rows.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && r === last[1] + 1) last[1] = r;
      else runs.push([r, r]);
    }
    const letter = columnLetters(col);
    parts.push(`${sheet}!${runs.map(([a, b]) => (a === b ? `${letter}${a + 1}` : `${letter}${a + 1}:${letter}${b + 1}`)).join(', ')}`);
  }
  return `${fileName}: ${parts.join('; ')}`;
}
