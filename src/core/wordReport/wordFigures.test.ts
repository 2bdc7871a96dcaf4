import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import type { WordTable } from './WordDocument';
import { figuresFromTable } from './wordFigures';

const table = (header: string[], ...rows: string[][]): WordTable => ({ kind: 'table', borderless: false, rows: [header, ...rows] });
const ROWS = [
  ['1', 'Tổng số ĐV', '2.010', '2.016'],
  ['2', 'VB lãnh đạo, chỉ đạo ban hành', '9', '13'],
];
const read = (t: WordTable, kind?: 'Q2' | 'H1') => Object.fromEntries((figuresFromTable(t, DEFAULT_TEMPLATE, kind) ?? []).map((f) => [f.code, [f.value, f.certain]]));

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

test('short row names: the indicator that holds the name ("Mô hình mới" is the new models); a ratio only from a row that says so; a row saying two indicators only proposed', () => {
  const t = table(
    ['STT', 'Chỉ tiêu', 'Quý II/2026'],
    ['1', 'ĐV học tập', '1.538'],
    ['2', 'Tỷ lệ học tập (%)', '99,1'],
    ['3', 'Mô hình mới', '2'],
    ['4', 'Mô hình nhân rộng', '3'],
    ['5', 'Cuộc KT, GS', '7'],
    ['6', 'Tác phẩm VHNT, báo chí', '4'],
  );
  const got = read(t, 'Q2');
  expect(got).toMatchObject({ dv_hoc_tap: [1538, true], ty_le_hoc_tap: [99.1, true], mo_hinh_moi: [2, expect.any(Boolean)], mo_hinh_nhan_rong: [3, true], tac_pham: [4, true] });
  // The KT and GS row says more than one indicator: read, never counted surely.
  expect((figuresFromTable(t, DEFAULT_TEMPLATE, 'Q2') ?? []).filter((f) => f.raw === '7').map((f) => f.certain)).toEqual([false]);
});

test("a part's own row names no indicator; the abbreviations of Party tables spelled out", () => {
  const t = table(
    ['TT', 'Nội dung', 'ĐVT', 'Quý II/2026', 'Ghi chú'],
    ['I', 'Lãnh đạo, chỉ đạo', '', '', ''],
    ['1', 'VB chỉ đạo (NQ, KH, HD, CV)', 'VB', '15', ''],
    ['2', 'HN học tập, QT', 'cuộc', '9', ''],
    ['3', 'NĐĐ, CB chủ chốt ĐK nêu gương', 'người', '40', ''],
  );
  expect(read(t, 'Q2')).toEqual({ vb_chi_dao: [15, true], hn_quan_triet: [9, true], dang_ky_neu_guong: [40, true] });
});

test('a column numbering the rows is never the period, whatever its header reads', () => {
  const t = table(['Số TT', 'Chỉ tiêu', '6 tháng đầu năm 2026'], ['1', 'Tổng số ĐV', '1.591'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '17'], ['3', 'HN học tập, QT', '6']);
  // The round is a quarter: the half year's column is not read, and the numbering column is no figure.
  expect(figuresFromTable(t, DEFAULT_TEMPLATE, 'Q2')).toEqual([]);
  expect(read(t, 'H1')).toEqual({ tong_dang_vien: [1591, true], vb_chi_dao: [17, true], hn_quan_triet: [6, true] });
});

test("a section's own small table naming two indicators' words under no column of figures is no figures table; one with a period's column is", () => {
  const own = table(['Chi bộ', 'Mô hình', 'Số hộ tham gia'], ['Khu dân cư số 2', 'Ngõ xanh không rác', '146'], ['Khu dân cư số 9', 'Tủ bánh mì 0 đồng', '38']);
  expect(figuresFromTable(own, DEFAULT_TEMPLATE, 'Q2')).toBeNull();
  expect(read(table(['TT', 'Nội dung', 'Quý II/2026'], ['1', 'Tổng số ĐV', '2.016'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13']), 'Q2')).toEqual({ tong_dang_vien: [2016, true], vb_chi_dao: [13, true] });
});

test("a header's second row holding the first figures is not read as the column's name", () => {
  const t = table(['TT', 'Nội dung', 'Quý II/2026', 'Lũy kế'], ['1', 'Tổng số ĐV', '2.016', '2.016'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13', '20'], ['3', 'Số cuộc KT', '2', '3']);
  const figures = figuresFromTable(t, DEFAULT_TEMPLATE, 'Q2') ?? [];
  expect(figures.find((f) => f.code === 'vb_chi_dao')?.where).toBe('Bảng số liệu, dòng "VB lãnh đạo, chỉ đạo ban hành", cột "Quý II/2026"');
});
