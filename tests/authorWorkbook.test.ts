import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../src/adapters/sheetjs/readWorkbookGrid';
import { formatIssueWithPlace } from '../src/core/issues/issueMessages';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import type { CellValue, WorkbookGrid } from '../src/core/workbook/WorkbookGrid';
import { AUTHOR_SHEETS, INDICATOR_COLUMNS, LIST_COLUMNS, METADATA_COLUMNS, NOMINATION_COLUMNS } from '../src/core/authoring/authorLayout';
import { buildAuthorWorkbook } from '../src/core/authoring/buildAuthorWorkbook';
import { readAuthorWorkbook } from '../src/core/authoring/readAuthorWorkbook';

let original: WorkbookGrid;

beforeAll(async () => {
  const bytes = await writeWorkbook(buildAuthorWorkbook(DEFAULT_TEMPLATE));
  const read = readWorkbookGrid(bytes);
  if (!read.ok) throw new Error('the author workbook did not read back');
  original = read.grid;
});

/** A copy of the grid with some cells changed, addressed as an author sees them ("Chỉ tiêu", "K6"). */
function edited(changes: [sheet: string, a1: string, value: CellValue][]): WorkbookGrid {
  const grid: WorkbookGrid = { ...original, sheets: original.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...(r ?? [])]) })) };
  for (const [sheetName, a1, value] of changes) {
    const sheet = grid.sheets.find((s) => s.name === sheetName)!;
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    while (sheet.rows.length <= row) sheet.rows.push([]);
    sheet.rows[row][col] = value;
  }
  return grid;
}

function messages(grid: WorkbookGrid): string[] {
  const result = readAuthorWorkbook(grid);
  return result.issues.filter((i) => i.severity === 'error').map(formatIssueWithPlace);
}

test('template → author workbook (.xlsx) → template gives back the same definition', () => {
  const result = readAuthorWorkbook(original);
  expect(result.issues).toEqual([]);
  expect(result.ok && result.template).toEqual(DEFAULT_TEMPLATE);
});

test('the sheets an author edits are all there, in order', () => {
  expect(original.sheets.map((s) => s.name)).toEqual(Object.values(AUTHOR_SHEETS));
});

// Row 1 is the header; indicator rows start at row 2 (tong_dang_vien), so dv_hoc_tap is row 5 and ty_le_hoc_tap row 6.
describe('each mistake is reported at its sheet and cell', () => {
  test('a duplicate indicator code (and the sentence that named the old code)', () => {
    expect(messages(edited([['Chỉ tiêu', 'A7', 'dv_hoc_tap']]))).toEqual([
      'Trang "Chỉ tiêu", ô A7: Mã chỉ tiêu "dv_hoc_tap" bị trùng. Đề nghị đặt cho mỗi chỉ tiêu một mã riêng.',
      'Trang "Chỉ tiêu", ô N7: Câu mẫu của chỉ tiêu "dv_hoc_tap" có chỗ điền {luot_quan_chung}, nhưng không có chỉ tiêu nào mã "luot_quan_chung". Đề nghị ghi đúng mã chỉ tiêu trong dấu ngoặc nhọn.',
    ]);
  });

  test('a sentence naming an indicator that does not exist', () => {
    expect(messages(edited([['Chỉ tiêu', 'N3', 'đã ban hành {vb_chi_dao} văn bản và {vb_khac} kế hoạch']]))).toEqual([
      'Trang "Chỉ tiêu", ô N3: Câu mẫu của chỉ tiêu "vb_chi_dao" có chỗ điền {vb_khac}, nhưng không có chỉ tiêu nào mã "vb_khac". Đề nghị ghi đúng mã chỉ tiêu trong dấu ngoặc nhọn.',
    ]);
  });

  test('a duplicate section code', () => {
    expect(messages(edited([['Đề cương', 'A16', 'IV.1']]))).toEqual(['Trang "Đề cương", ô A16: Mã mục "IV.1" bị trùng. Đề nghị đặt cho mỗi mục một mã riêng.']);
  });

  test('an indicator in a section the outline does not have', () => {
    expect(messages(edited([['Chỉ tiêu', 'B3', 'V.1']]))).toEqual([
      'Trang "Chỉ tiêu", ô B3: Chỉ tiêu "vb_chi_dao" thuộc mục "V.1", nhưng đề cương không có mục này. Đề nghị ghi đúng mã mục (hoặc "context" cho số liệu chung của đơn vị).',
    ]);
  });

  test('a "≤" rule naming a missing indicator', () => {
    expect(messages(edited([['Chỉ tiêu', 'H5', 'tong_so_dv']]))).toEqual([
      'Trang "Chỉ tiêu", ô H5: Chỉ tiêu "dv_hoc_tap" phải không vượt quá "tong_so_dv", nhưng không có chỉ tiêu số đếm nào mã "tong_so_dv". Đề nghị ghi đúng mã một chỉ tiêu số đếm khác, hoặc bỏ trống.',
    ]);
  });

  test('a ratio without a denominator, and one naming a missing numerator', () => {
    expect(messages(edited([['Chỉ tiêu', 'K6', null], ['Chỉ tiêu', 'J6', 'dv_hoc']]))).toEqual([
      'Trang "Chỉ tiêu", ô J6: Tỷ lệ "ty_le_hoc_tap" lấy tử số là "dv_hoc", nhưng không có chỉ tiêu số đếm nào mã "dv_hoc". Đề nghị ghi đúng mã chỉ tiêu.',
      'Trang "Chỉ tiêu", ô K6: Tỷ lệ "ty_le_hoc_tap" chưa có mẫu số. Đề nghị ghi mã chỉ tiêu số đếm làm mẫu số.',
    ]);
  });

  test('values that cannot be read: a type, a level, a period, a number, an aggregation', () => {
    expect(messages(edited([
      ['Chỉ tiêu', 'E3', 'trung bình'],
      ['Đề cương', 'C2', 3],
      ['Đề cương', 'D2', 'Quý I, cả tháng'],
      ['Chỉ tiêu', 'F4', 'không'],
      ['Chỉ tiêu', 'M4', 'tính lại từ tử số và mẫu số'],
    ]))).toEqual([
      'Trang "Đề cương", ô C2: "Đề cương › Cấp" ghi "3", không hợp lệ: cấp chỉ là 1 hoặc 2. Đề nghị sửa lại.',
      'Trang "Đề cương", ô D2: "Đề cương › Bắt buộc ở kỳ" ghi "Quý I, cả tháng", không hợp lệ: ghi các kỳ cách nhau bằng dấu phẩy (Quý I, Quý II, Quý III, Quý IV, 6 tháng đầu năm, 9 tháng đầu năm, Năm, Khoảng thời gian khác), hoặc "tất cả các kỳ". Đề nghị sửa lại.',
      'Trang "Chỉ tiêu", ô E3: "Chỉ tiêu › Loại" ghi "trung bình", không hợp lệ: chọn một trong: "số đếm", "tỷ lệ". Đề nghị sửa lại.',
      'Trang "Chỉ tiêu", ô F4: "Chỉ tiêu › Nhỏ nhất" ghi "không", không hợp lệ: cần một số nguyên từ 0 trở lên. Đề nghị sửa lại.',
      'Trang "Chỉ tiêu", ô M4: "Chỉ tiêu › Cách tổng hợp" ghi "tính lại từ tử số và mẫu số", không hợp lệ: chỉ tiêu số đếm thì cách tổng hợp là "cộng". Đề nghị sửa lại.',
    ]);
  });

  test('each message names the column by the header the author layout gives it', () => {
    const letter = (columns: readonly { key: string }[], key: string) => String.fromCharCode(65 + columns.findIndex((c) => c.key === key));
    const cases = [
      [AUTHOR_SHEETS.nominations, NOMINATION_COLUMNS, 'width', 'rộng'],
      [AUTHOR_SHEETS.metadata, METADATA_COLUMNS, 'type', 'màu sắc'],
      [AUTHOR_SHEETS.lists, LIST_COLUMNS, 'list', 'danh sách khác'],
      [AUTHOR_SHEETS.indicators, INDICATOR_COLUMNS, 'required', 'tùy'],
    ] as const;
    for (const [sheet, columns, key, value] of cases) {
      const header = columns.find((c) => c.key === key)?.header;
      const found = messages(edited([[sheet, `${letter(columns, key)}2`, value]]));
      expect(found).toContainEqual(expect.stringContaining(`"${sheet} › ${header}" ghi "${value}", không hợp lệ`));
    }
  });

  test('a code in the wrong form, and a missing setting', () => {
    expect(messages(edited([['Chỉ tiêu', 'A4', 'Hội nghị'], ['Cài đặt', 'B4', '']]))).toEqual([
      'Trang "Cài đặt", ô B4: Trang "Cài đặt" chưa ghi "Tên mẫu". Đề nghị bổ sung.',
      'Trang "Chỉ tiêu", ô A4: Tệp mẫu sai ở "indicators[2].code": chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (mục: chữ, số và dấu chấm). Đề nghị sửa lại trong sổ soạn mẫu rồi tạo lại tệp mẫu.',
      'Trang "Chỉ tiêu", ô N4: Câu mẫu của chỉ tiêu "Hội nghị" có chỗ điền {hn_quan_triet}, nhưng không có chỉ tiêu nào mã "hn_quan_triet". Đề nghị ghi đúng mã chỉ tiêu trong dấu ngoặc nhọn.',
    ]);
  });

  test('a section at level 2 with no part above it', () => {
    expect(messages(edited([['Đề cương', 'C2', 2]]))).toEqual([
      'Trang "Đề cương", ô C2: Mục "I" ở cấp 2 nhưng phía trên chưa có mục cấp 1 nào để làm phần chứa nó. Đề nghị thêm phần (cấp 1) ở trên, hoặc đổi mục thành cấp 1.',
    ]);
  });

  test('a removed column and a removed sheet', () => {
    const noColumn = edited([['Chỉ tiêu', 'E1', 'Kiểu số']]);
    expect(messages(noColumn)).toEqual(['Trang "Chỉ tiêu", ô A1: Trang "Chỉ tiêu" thiếu cột "Loại" ở dòng tiêu đề. Đề nghị không xóa, không đổi tên các cột tiêu đề.']);
    const noSheet = { ...original, sheets: original.sheets.filter((s) => s.name !== 'Danh sách chọn') };
    expect(messages(noSheet)).toEqual(['Sổ soạn mẫu thiếu trang "Danh sách chọn". Đề nghị tạo sổ soạn mẫu bằng lệnh "tonghop soan-mau --tao" rồi sửa trên đó.']);
  });
});

test('an author may reorder columns and settings, add blank rows, and type level and kinds loosely', () => {
  const grid = edited([
    ['Đề cương', 'D2', 'quý 1; Q2, quý III, quý IV, 6 tháng, 9 tháng, năm, khác'],
    ['Cài đặt', 'A2', 'Phiên bản'],
    ['Cài đặt', 'B2', '2'],
    ['Cài đặt', 'A3', 'Mã mẫu'],
    ['Cài đặt', 'B3', 'hn-kl01'],
  ]);
  const indicators = grid.sheets.find((s) => s.name === 'Chỉ tiêu')!;
  indicators.rows = indicators.rows.map((r) => [r[2], r[0], r[1], ...r.slice(3)]);
  indicators.rows.splice(4, 0, []);
  const result = readAuthorWorkbook(grid);
  expect(result.issues).toEqual([]);
  expect(result.ok && [result.template.version, result.template.sections[0].requiredFor, result.template.indicators]).toEqual([2, DEFAULT_TEMPLATE.sections[0].requiredFor, DEFAULT_TEMPLATE.indicators]);
});
