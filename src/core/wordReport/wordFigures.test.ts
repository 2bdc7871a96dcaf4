import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import type { WordTable } from './WordDocument';
import { figuresFromTable } from './wordFigures';

const table = (header: string[], ...rows: string[][]): WordTable => ({ kind: 'table', borderless: false, rows: [header, ...rows] });
const ROWS = [
  ['1', 'Tổng số ĐV', '2.010', '2.016'],
  ['2', 'VB lãnh đạo, chỉ đạo ban hành', '9', '13'],
];
const read = (t: WordTable, kind?: 'Q2') => Object.fromEntries((figuresFromTable(t, DEFAULT_TEMPLATE, kind) ?? []).map((f) => [f.code, [f.value, f.certain]]));

test("the round's quarter is read where a column names it, even after another quarter's column", () => {
  const t = table(['STT', 'Chỉ tiêu', 'Quý I/2026', 'Quý II/2026'], ...ROWS);
  expect(read(t, 'Q2')).toEqual({ tong_dang_vien: [2016, true], vb_chi_dao: [13, true] });
  expect(read(table(['TT', 'Nội dung', 'Q1', 'Q2'], ...ROWS), 'Q2')).toEqual({ tong_dang_vien: [2016, true], vb_chi_dao: [13, true] });
});

test('two columns that could be the period and neither names it: read, but only proposed', () => {
  const t = table(['STT', 'Chỉ tiêu', 'Kết quả', 'Số lượng'], ...ROWS);
  expect(read(t, 'Q2')).toEqual({ tong_dang_vien: [2010, false], vb_chi_dao: [9, false] });
});

test('only other periods in the table: still a figures table, nothing read from it; a table with no figure is no figures table', () => {
  expect(figuresFromTable(table(['STT', 'Chỉ tiêu', 'Quý I/2026', 'Quý IV/2025'], ...ROWS), DEFAULT_TEMPLATE, 'Q2')).toEqual([]);
  expect(figuresFromTable(table(['STT', 'Chỉ tiêu', 'Ghi chú'], ['1', 'Tổng số ĐV', 'đủ']), DEFAULT_TEMPLATE, 'Q2')).toBeNull();
});
