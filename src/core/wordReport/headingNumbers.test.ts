import { b, filler, p, readReport } from '../../../tests/helpers/wordReportKit';

/* A heading's number read with its words: what it confirms, and what it contradicts. */

const codes = (reading: ReturnType<typeof readReport>) => reading.sections.map((s) => [s.codes.join('+'), s.certainty]);

test("a part heading in the unit's own words whose number is the part's: sure, also after a part set aside", () => {
  const first = readReport([
    p('I. VIỆC CỤ THỂ HÓA VÀ CHỈ ĐẠO THỰC HIỆN KẾT LUẬN'), p(filler('lãnh đạo')),
    p('II. KẾT QUẢ THỰC HIỆN'), p('1. Học tập, quán triệt'), p(filler('học tập')),
  ]);
  expect(codes(first)).toEqual([['I', 'sure'], ['II.1', 'sure']]);
  const shifted = readReport([
    p('I. ĐẶC ĐIỂM TÌNH HÌNH'), p(filler('đặc điểm')),
    p('II. VIỆC CỤ THỂ HÓA VÀ CHỈ ĐẠO THỰC HIỆN KẾT LUẬN'), p(filler('lãnh đạo')),
    p('III. KẾT QUẢ THỰC HIỆN'), p('1. Học tập, quán triệt'), p(filler('học tập')),
  ]);
  expect(codes(shifted)).toEqual([['I', 'sure'], ['II.1', 'sure']]);
  // The same words under a number that is not the part's: shown.
  const wrongNumber = readReport([p('III. VIỆC CỤ THỂ HÓA VÀ CHỈ ĐẠO THỰC HIỆN KẾT LUẬN'), p(filler('lãnh đạo'))]);
  expect(codes(wrongNumber)).toEqual([['I', 'look']]);
});

test('in a numbered report with no bold (an old .doc), an unnumbered line under a section of no part never jumps ahead to a later part', () => {
  const reading = readReport([
    p('I. ĐẶC ĐIỂM TÌNH HÌNH'), p(filler('đặc điểm')),
    p('II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    p('Kết quả nổi bật:'), p(filler('ban hành văn bản')),
    p('III. KẾT QUẢ TRIỂN KHAI CÁC NHIỆM VỤ CỤ THỂ'),
    p('1. Tổ chức học tập chuyên đề năm 2026'), p(filler('học tập')),
    p('2. Việc làm theo Bác gắn với nhiệm vụ chính trị'), p(filler('làm theo')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure']]);
  expect(reading.sections[0].text).toContain('ban hành văn bản');
});

test('"2.2." entering another part without its heading, its numbers not that section\'s there: shown, never sure', () => {
  const reading = readReport([
    p('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    p('2.2. Nhiệm vụ, giải pháp thời gian tới'), p(filler('nhiệm vụ')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['IV.1', 'look']]);
  expect(reading.sections[1].reason).toMatch(/số thứ tự không khớp/);
  // Its own numbers there ("4.1."): sure.
  const right = readReport([p('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')), p('4.1. Nhiệm vụ, giải pháp thời gian tới'), p(filler('nhiệm vụ'))]);
  expect(codes(right)).toEqual([['I', 'sure'], ['IV.1', 'sure']]);
});

test('an indicator two tables give: the sure reading over one only proposed; two sure readings that differ, only proposed', () => {
  const figures = (second: string) => {
    const reading = readReport([
      p('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
      { kind: 'table', borderless: false, rows: [['TT', 'Nội dung', 'Kết quả', 'Số lượng'], ['1', 'Tổng số ĐV', '2.010', '2.016'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '9', '13']] },
      { kind: 'table', borderless: false, rows: [['TT', 'Nội dung', 'Quý II/2026'], ['1', 'Tổng số ĐV', second], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13'], ['3', 'Số cuộc KT', '2']] },
    ]);
    return Object.fromEntries(reading.figures.map((f) => [f.code, [f.value, f.certain]]));
  };
  expect(figures('2.016')).toMatchObject({ tong_dang_vien: [2016, true], vb_chi_dao: [13, true] });
  const differ = readReport([
    p('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    { kind: 'table', borderless: false, rows: [['TT', 'Nội dung', 'Quý II/2026'], ['1', 'Tổng số ĐV', '2.016'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13']] },
    { kind: 'table', borderless: false, rows: [['TT', 'Nội dung', 'Quý II/2026'], ['1', 'Tổng số ĐV', '2.061'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13']] },
  ]);
  const total = differ.figures.find((f) => f.code === 'tong_dang_vien');
  expect([total?.value, total?.certain, total?.where]).toEqual([2016, false, expect.stringContaining('bảng khác ghi 2.061')]);
  expect(differ.figures.find((f) => f.code === 'vb_chi_dao')?.certain).toBe(true);
});

test('in a report that numbers its sections, an unnumbered bold line saying a section further on is emphasis: text, its section shown; in a report without numbers, a heading', () => {
  const body = (label: (n: string) => string) => [
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b(label('1. ') + 'Học tập, quán triệt'), p(filler('học tập')),
    b(label('2. ') + 'Kết hợp học tập với làm theo'), p(filler('làm theo')),
    b('Tuyên truyền trên mạng xã hội'), p(filler('tuyên truyền')),
  ];
  const numbered = readReport(body((n) => n));
  expect(codes(numbered)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'look']]);
  expect(numbered.sections[2].reason).toMatch(/đề mục của mục II\.4/);
  expect(numbered.sections[2].text).toContain('Tuyên truyền trên mạng xã hội');
  expect(codes(readReport(body(() => '')))).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['II.4', 'sure']]);
});

test("an unnumbered line inside a part whose heading the report wrote, half saying another part's section: text, its section shown; said plainly, a heading", () => {
  const body = (line: string) => [
    b('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('KẾT QUẢ THỰC HIỆN'),
    b('Về học tập, quán triệt'), p(filler('học tập')),
    b('Về làm theo Bác'), p(filler('làm theo')),
    b(line), p(filler('việc tiếp theo')),
  ];
  const half = readReport(body('Nhiệm vụ chính trị của đơn vị'));
  expect(codes(half)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'look']]);
  expect(half.sections[2].reason).toMatch(/đề mục của mục IV\.1/);
  expect(half.sections[2].text).toContain('việc tiếp theo');
  expect(codes(readReport(body('Phương hướng, nhiệm vụ thời gian tới')))).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['IV.1', 'sure']]);
});
