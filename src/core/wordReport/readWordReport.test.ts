import { decisionsOf, readWordReport } from './readWordReport';
import { parseLabel, wordLines } from './wordLines';
import { b, BACK, doc, filler, HEADER, matcher, p, readReport } from '../../../tests/helpers/wordReportKit';
import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';

test('labels typed as units type them', () => {
  expect(parseLabel('II. KẾT QUẢ').label).toMatchObject({ kind: 'roman', numbers: [2] });
  expect(parseLabel('2.1. Học tập').label).toMatchObject({ kind: 'decimal-decimal', numbers: [2, 1] });
  expect(parseLabel('II.3 Nêu gương').label).toMatchObject({ kind: 'roman-decimal', numbers: [2, 3] });
  expect(parseLabel('1/ Học tập').label).toMatchObject({ kind: 'decimal', numbers: [1] });
  expect(parseLabel('a) Ưu điểm').label).toMatchObject({ kind: 'letter', numbers: [1] });
  expect(parseLabel('20.000 người tham gia').label).toBeUndefined();
  expect(parseLabel('15/6/2026 tổ chức').label).toBeUndefined();
  // A label Word computes comes alone ("a)"); its kind is known all the same, and it stays before the words.
  const [line] = wordLines(doc([p('Tổ chức sơ kết các mô hình.', { label: 'a)' })]));
  expect([line.label?.kind, line.automatic, line.text]).toEqual(['letter', true, 'Tổ chức sơ kết các mô hình.']);
});

test('a report with typed labels: header, every section in its place, figures table, back matter left out', () => {
  const reading = readWordReport(
    doc([
      ...HEADER,
      b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
      p(filler('việc ban hành văn bản lãnh đạo')),
      b('II. KẾT QUẢ THỰC HIỆN'),
      b('1. Việc tổ chức nghiên cứu, học tập, quán triệt'),
      p(filler('học tập chuyên đề')),
      b('Một số kết quả nổi bật'),
      p(filler('hội nghị quán triệt')),
      b('2. Kết hợp học tập với làm theo'),
      p(filler('mô hình làm theo')),
      b('3. Thực hiện trách nhiệm nêu gương'),
      p(filler('nêu gương')),
      b('4. Công tác tuyên truyền'),
      p(filler('tuyên truyền')),
      b('5. Việc đổi mới nghiên cứu, giảng dạy, học tập'),
      p(filler('bồi dưỡng')),
      b('6. Công tác kiểm tra, giám sát'),
      p(filler('kiểm tra')),
      b('III. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ'),
      b('1. Nhiệm vụ, giải pháp'),
      p(filler('nhiệm vụ')),
      b('2. Kiến nghị, đề xuất'),
      p('Đề nghị cấp trên tiếp tục mở lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội.'),
      ...BACK,
      b('PHỤ LỤC SỐ LIỆU', { align: 'center' }),
      { kind: 'table', borderless: false, rows: [['STT', 'Chỉ tiêu', 'ĐVT', 'Quý II/2026', 'Lũy kế', 'Ghi chú'], ['1', 'Tổng số ĐV', 'người', '2.016', '2.016', ''], ['2', 'VB lãnh đạo, chỉ đạo ban hành', 'văn bản', '13', '25', ''], ['3', 'Cuộc KT', 'cuộc', '-', '2', ''], ['4', 'Cuộc GS', 'cuộc', '', '5', '']] },
    ]),
    DEFAULT_TEMPLATE,
    { matcher, periodKind: 'Q2' },
  );
  expect(reading.header).toMatchObject({ unitText: 'ĐẢNG ỦY PHƯỜNG NGỌC HÀ', number: '45-BC/ĐU', date: '2026-06-15', period: { kind: 'Q2', year: 2026 }, signer: 'Nguyễn Thị Lan' });
  expect(reading.header.unit?.code).toBe('HN-02');
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([
    ['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['II.3', 'sure'], ['II.4', 'sure'], ['II.5', 'sure'], ['II.6', 'sure'], ['IV.1', 'sure'], ['IV.2', 'sure'],
  ]);
  // A bold line inside a section is its text, not a heading.
  expect(reading.sections[1].text).toContain('Một số kết quả nổi bật');
  expect(reading.sections.map((s) => s.text).join('\n')).not.toMatch(/Trên đây|Nơi nhận|BÍ THƯ|Thực hiện Hướng dẫn/);
  expect(Object.fromEntries(reading.figures.map((f) => [f.code, f.value]))).toEqual({ tong_dang_vien: 2016, vb_chi_dao: 13, cuoc_kiem_tra: 0, cuoc_giam_sat: null });
  expect(reading.figures.every((f) => f.source === 'bang')).toBe(true);
  // The "-" cell is proposed as 0, never counted surely: the only thing to confirm.
  expect(decisionsOf(reading)).toEqual([expect.stringMatching(/^1 số liệu chưa chắc chắn.*cuoc_kiem_tra/)]);
});

test('an extra first part shifts the numbers; run-in headings; two sections under one heading; IV written on with lead-ins', () => {
  const reading = readReport([
    p('I. ĐẶC ĐIỂM TÌNH HÌNH'),
    p('Phường có 42 chi bộ trực thuộc với 2.016 đảng viên, dân số khoảng 30 nghìn người.'),
    p('II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    p(filler('việc ban hành văn bản')),
    p('III. KẾT QUẢ THỰC HIỆN'),
    p(`1. Việc học tập, quán triệt và kết hợp học tập với làm theo: ${filler('học tập và làm theo')}`),
    p(`2. Công tác tuyên truyền: ${filler('tuyên truyền')} Đã đăng 37 tin, bài trên trang thông tin điện tử của phường.`),
    p('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ'),
    p(filler('các nhiệm vụ trọng tâm quý III')),
    p('* Kiến nghị: Đề nghị Ban Tuyên giáo và Dân vận Thành ủy cung cấp thêm tài liệu sinh hoạt chuyên đề.'),
  ]);
  const placed = Object.fromEntries(reading.sections.map((s) => [s.codes.join('+'), s.certainty]));
  expect(placed).toMatchObject({ I: 'sure', 'II.1+II.2': 'decide', 'II.4': 'sure', 'IV.1': 'sure', 'IV.2': 'sure' });
  expect(reading.sections.find((s) => s.codes[0] === 'II.4')?.text).toMatch(/^Trong quý/);
  expect(reading.unplaced).toEqual([expect.objectContaining({ heading: 'I. ĐẶC ĐIỂM TÌNH HÌNH', decide: false })]);
  expect(reading.sections.find((s) => s.codes[0] === 'IV.2')?.text).toMatch(/^Đề nghị Ban Tuyên giáo/);
  // From a sentence, proposed and never sure.
  expect(reading.figures).toContainEqual(expect.objectContaining({ code: 'tin_bai_mang', value: 37, source: 'cau', certain: false }));
  expect(reading.absent).toEqual(['II.3', 'II.5', 'II.6']);
});

test('headings in the unit\'s own words, without numbers; a unit the registry lacks is said so', () => {
  const reading = readWordReport(
    doc([
      p('ĐẢNG ỦY XÃ AN THƯỢNG'),
      p('BÁO CÁO', { align: 'center', bold: true }),
      p('Tình hình học tập và làm theo Bác quý II năm 2026'),
      b('Về công tác lãnh đạo, chỉ đạo'),
      p(filler('quán triệt')),
      b('Về việc học tập chuyên đề'),
      p(filler('học tập')),
      b('Về công tác tuyên truyền'),
      p(filler('tuyên truyền')),
      b('Khó khăn, vướng mắc'),
      p(filler('khắc phục khó khăn')),
      b('Đề xuất, kiến nghị'),
      p('Đề nghị tăng kinh phí.'),
    ]),
    DEFAULT_TEMPLATE,
    { matcher, periodKind: 'Q2' },
  );
  expect(reading.sections.map((s) => s.codes.join('+'))).toEqual(['I', 'II.1', 'II.4', 'III.2', 'IV.2']);
  expect(reading.header.unit).toBeNull();
  expect(reading.header.unitText).toBe('ĐẢNG ỦY XÃ AN THƯỢNG');
});

test('a heading naming a whole part heads the part; a merged heading found by its number; a title that repeats a placed section is shown; "làm theo" and "thời gian tới" read as units write them', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    p(filler('việc ban hành văn bản')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b('1. Học tập, quán triệt'),
    p(filler('học tập chuyên đề')),
    b('Về việc làm theo gương Bác:'),
    p(filler('mô hình làm theo')),
    b('4. Kết hợp học tập với làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
    p(filler('tuyên truyền')),
    b('5. Học tập lý luận và công tác kiểm tra, giám sát'),
    p(filler('bồi dưỡng lý luận và kiểm tra')),
    b('III. PHƯƠNG HƯỚNG QUÝ III VÀ KIẾN NGHỊ'),
    b('a) Nhiệm vụ trong thời gian tới'),
    p(filler('nhiệm vụ')),
    b('b) Kiến nghị'),
    p('Đề nghị cấp trên mở thêm lớp bồi dưỡng.'),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([
    ['I', 'sure'], ['II.1', 'sure'], ['II.2', 'look'], ['II.4', 'look'], ['II.5+II.6', 'decide'], ['IV.1', 'sure'], ['IV.2', 'sure'],
  ]);
  // "Về việc làm theo gương Bác:" has no number among numbered sections: placed by its words, shown.
  expect(reading.sections[2].reason).toMatch(/không đánh số/);
  expect(reading.sections[3].reason).toMatch(/gần với mục II\.2/);
  expect(reading.sections.find((s) => s.codes[0] === 'IV.2')?.text).toBe('Đề nghị cấp trên mở thêm lớp bồi dưỡng.');
});

test('a bold line that half says a section still ahead stays in its section, and that section is shown, never sure; "Về …:" typed plain heads a section', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    p(filler('việc ban hành văn bản')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b('1. Học tập, quán triệt'),
    p(filler('học tập chuyên đề')),
    b('2. Kết hợp học tập với làm theo'),
    p(filler('mô hình làm theo')),
    b('Gương sáng của đảng viên'),
    p(filler('nêu gương')),
    p(`Về công tác tuyên truyền: ${filler('tuyên truyền')}`),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'look'], ['II.4', 'sure']]);
  expect(reading.sections[2].reason).toMatch(/mục II\.3/);
  // "Về …:" typed plain is a heading by its words; the text run into it is the section's.
  expect(reading.sections[3].text).toMatch(/^Trong quý, đơn vị đã triển khai tuyên truyền/);
});

test('number and title together; a section heading outside its part; a part heading read as a section, then its section heading; an unmatched heading never given to a part', () => {
  const read = readReport;
  const placed = (r: ReturnType<typeof read>) => r.sections.map((s) => [s.codes.join('+'), s.certainty]);
  const slash = read([
    b('I/ LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II/ KẾT QUẢ'), b('1) Học tập'), p(filler('học tập')), b('2) Làm theo'), p(filler('làm theo')), b('7) Những việc khác'), p(filler('việc khác')),
    b('- Công tác tuyên truyền:'), p(filler('tuyên truyền')),
  ]);
  // "Học tập" alone says II.2 a little, its number II.1: the number, shown. "7) Những việc khác" matches nothing: to decide, never II.1.
  expect(placed(slash)).toEqual([['I', 'sure'], ['II.1', 'look'], ['II.2', 'sure'], ['II.4', 'sure']]);
  expect(slash.unplaced).toEqual([expect.objectContaining({ heading: '7) Những việc khác', decide: true })]);
  const parts = read([
    b('PHẦN THỨ NHẤT'), b('KẾT QUẢ THỰC HIỆN'), b('1. Công tác lãnh đạo, chỉ đạo'), p(filler('lãnh đạo')), b('2. Học tập, quán triệt chuyên đề'), p(filler('học tập')),
    b('PHẦN THỨ HAI'), b('NHIỆM VỤ TRỌNG TÂM QUÝ III'), p(filler('nhiệm vụ')), b('Kiến nghị, đề xuất'), p('Đề nghị hỗ trợ kinh phí.'),
  ]);
  expect(placed(parts)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['IV.1', 'sure'], ['IV.2', 'sure']]);
  const numberedUnder = read([
    b('1. Công tác lãnh đạo, chỉ đạo'), p(filler('lãnh đạo')),
    b('2. Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'),
    b('2.1. Học tập, quán triệt chuyên đề'), p(filler('học tập')), b('2.2. Làm theo Bác'), p(filler('làm theo')),
  ]);
  expect(placed(numberedUnder)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure']]);
  const reopened = read([b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')), b('II. NHIỆM VỤ QUÝ III NĂM 2026'), b('1. Nhiệm vụ trọng tâm'), p(filler('nhiệm vụ')), b('2. Kiến nghị'), p('Đề nghị hỗ trợ.')]);
  expect(placed(reopened)).toEqual([['I', 'sure'], ['IV.1', 'sure'], ['IV.2', 'sure']]);
  expect(reopened.unplaced).toEqual([]);
});

test('parts named "PHẦN", a heading that says its part again, lettered sections found by letter and words together', () => {
  const reading = readReport([
    b('PHẦN I. KẾT QUẢ THỰC HIỆN'),
    b('1. Công tác lãnh đạo, chỉ đạo'), p(filler('lãnh đạo')),
    b('2. Kết quả thực hiện các nội dung'),
    b('a) Học tập, quán triệt'), p(filler('học tập')),
    b('b) Làm theo'), p(filler('làm theo')),
    b('c) Nêu gương'), p(filler('nêu gương')),
    b('d) Tuyên truyền'), p(filler('tuyên truyền')),
    b('PHẦN II. NHIỆM VỤ QUÝ III NĂM 2026'),
    b('1. Nhiệm vụ'), p(filler('nhiệm vụ')),
    b('2. Đề xuất, kiến nghị:'), p('Đề nghị hỗ trợ.'),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['II.3', 'sure'], ['II.4', 'sure'], ['IV.1', 'sure'], ['IV.2', 'sure']]);
  expect(reading.unplaced).toEqual([]);
});

test('a page whose lines are broken with <br> inside one block: each line read on its own, headings among them', () => {
  const reading = readWordReport(
    doc([
      p('ĐẢNG ỦY PHƯỜNG NGỌC HÀ\nSố: 45-BC/ĐU\nNgọc Hà, ngày 15 tháng 6 năm 2026'),
      b('BÁO CÁO\nKết quả thực hiện Kết luận 01 quý II năm 2026', { align: 'center' }),
      p(`Thực hiện hướng dẫn, Đảng ủy báo cáo như sau:\nI. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n${filler('lãnh đạo')}\nII. KẾT QUẢ\n1. Học tập, quán triệt\n${filler('học tập')}\n2. Làm theo: Trong quý xây dựng 3 mô hình.`),
    ]),
    DEFAULT_TEMPLATE,
    { matcher, periodKind: 'Q2' },
  );
  expect(reading.header).toMatchObject({ number: '45-BC/ĐU', date: '2026-06-15', unit: { code: 'HN-02' } });
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty, s.text])).toEqual([
    ['I', 'sure', filler('lãnh đạo')],
    ['II.1', 'sure', filler('học tập')],
    ['II.2', 'sure', 'Trong quý xây dựng 3 mô hình.'],
  ]);
});

test("a part's heading that reads like one of its sections, then its numbered sections: the part's, each section in its place", () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC'),
    b('1. Việc học tập, quán triệt chuyên đề'), p(filler('học tập')),
    p(`2. Kết hợp học tập với làm theo: ${filler('làm theo')}`),
    b('3. Trách nhiệm nêu gương'), p(filler('nêu gương')),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['II.3', 'sure']]);
  expect(reading.sections[2].text).toBe(filler('làm theo'));
});

test("a heading whose number names a section its words pass over, and also says it: both sections, to decide", () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN'),
    b('1. Học tập chuyên đề gắn với làm theo Bác'), p(filler('học tập và làm theo')),
    b('2. Trách nhiệm nêu gương'), p(filler('nêu gương')),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([['I', 'sure'], ['II.1+II.2', 'decide'], ['II.3', 'sure']]);
});

test('a heading the unit left unmarked (plain, no label) that says a section ahead: the text stays, and its section is shown, never sure', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b('1. Học tập, quán triệt'), p(filler('học tập chuyên đề')),
    b('2. Kết hợp học tập với làm theo'), p(filler('mô hình làm theo')),
    p('Công tác tuyên truyền'), p(filler('tuyên truyền')),
    // A short plain line that says no section, or says the open one, changes nothing.
    b('3. Thực hiện trách nhiệm nêu gương'), p('Kết quả cụ thể'), p('Nêu gương của cán bộ, đảng viên'), p(filler('nêu gương')),
  ]);
  expect(reading.sections.map((s) => [s.codes.join('+'), s.certainty])).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'look'], ['II.3', 'sure']]);
  expect(reading.sections[2].reason).toMatch(/mục II\.4 \(“Công tác tuyên truyền”\)/);
});
