import { b, BACK, doc, filler, matcher, p, readReport } from '../../../tests/helpers/wordReportKit';
import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import { decisionsOf, readWordReport } from './readWordReport';
import type { WordBlock } from './WordDocument';

/* Ways units head their sections, and ways of writing that only look like headings. */

const codes = (reading: ReturnType<typeof readReport>) => reading.sections.map((s) => [s.codes.join('+'), s.certainty]);

test('"Một là, …", "Thứ hai, …": sections counted in words, read like letters, out of order too; a long counted point is text', () => {
  const reading = readReport([
    b('I. CÔNG TÁC CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ HỌC TẬP VÀ LÀM THEO'),
    b('Một là, học tập chuyên đề.'), p(filler('học tập')),
    b('Thứ hai, tuyên truyền, nhân rộng điển hình.'), p(filler('tuyên truyền')),
    b('Thứ ba, làm theo Bác.'), p(filler('làm theo')),
    b('III. PHƯƠNG HƯỚNG QUÝ III'), p(filler('nhiệm vụ')),
    p('Một là, tiếp tục tổ chức học tập chuyên đề cho số đảng viên chưa tham gia, hoàn thành trước ngày 30 tháng 9.'),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.4', 'sure'], ['II.2', 'sure'], ['IV.1', 'sure']]);
  expect(reading.sections[4].text).toContain('Một là, tiếp tục tổ chức học tập');
});

test('a plain numbered sentence in a report that sets its headings in bold is a point of its section, not a heading', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. NHIỆM VỤ QUÝ III'), p('Quý III, Đảng ủy tập trung các việc sau:'),
    p('1. Chỉ đạo các chi bộ đưa nội dung làm theo Bác vào nghị quyết tháng 7.'),
    p('2. Hoàn thành việc đăng ký làm theo của đảng viên mới kết nạp.'),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['IV.1', 'sure']]);
  expect(reading.sections[1].text).toContain('2. Hoàn thành việc đăng ký');
  // Such a line that says a section of its part all the same leaves the section it is in shown.
  const said = readReport([b('II. KẾT QUẢ THỰC HIỆN'), b('1. Học tập, quán triệt'), p(filler('học tập')), p('2. Kết hợp học tập với làm theo.'), p(filler('làm theo'))]);
  expect(codes(said)).toEqual([['II.1', 'look']]);
});

test('a part heading that names two sections, its first heading naming them again in capitals: the two sections, to decide once', () => {
  const reading = readReport([
    b('A. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('B. KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC'),
    b('HỌC TẬP CHUYÊN ĐỀ VÀ LÀM THEO'), p(filler('học tập và làm theo')),
    b('NÊU GƯƠNG'), p(filler('nêu gương')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1+II.2', 'decide'], ['II.3', 'sure']]);
  // Sections not found are asked once for the file.
  expect(decisionsOf(reading).filter((d) => d.startsWith('Không thấy'))).toEqual(['Không thấy các mục II.4, II.5, II.6, IV.1 trong báo cáo: xác nhận đơn vị không viết các mục này, hoặc chỉ chỗ của chúng.']);
});

test("a body's name ending a line is joined with its end on the next, never with the number under it", () => {
  const header = (second: string): WordBlock[] => [
    p('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'), p('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ'),
    { kind: 'table', borderless: true, rows: [[second, 'ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 19 tháng 6 năm 2026']] },
    b('BÁO CÁO'), b('Kết quả thực hiện Kết luận số 01-KL/TW quý II năm 2026'), p('Đảng ủy báo cáo như sau:'),
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
  ];
  const read = readWordReport(doc([...header('Số 54-BC/ĐU'), ...BACK]), DEFAULT_TEMPLATE, { matcher, periodKind: 'Q2' });
  expect([read.header.unitText, read.header.unit?.code, read.header.number]).toEqual(['ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ', 'HN-30', '54-BC/ĐU']);
});

test('"I. Việc triển khai thực hiện": the part its number names, its words saying it too, over one they say better; "(1)" labels numbered sections', () => {
  const reading = readReport([
    b('I. Việc triển khai thực hiện'), p(filler('văn bản chỉ đạo')),
    b('II. Kết quả thực hiện các nội dung'),
    b('(1) Học tập, quán triệt'), p(filler('học tập')),
    b('(2) Việc làm theo Bác'), p(filler('làm theo')),
    b('III. ĐÁNH GIÁ CHUNG'),
    b('(1) Mặt được'), p(filler('mặt được')),
    b('(2) Mặt còn hạn chế'), p(filler('hạn chế')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure'], ['III.1', 'sure'], ['III.2', 'sure']]);
});

test('a first part describing the place in other words ("KHÁI QUÁT ĐẶC ĐIỂM") is set aside, asking nothing, and the numbers after it shift', () => {
  const reading = readReport([
    b('I. KHÁI QUÁT ĐẶC ĐIỂM'), p(filler('đặc điểm địa bàn')),
    b('II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure']]);
  expect(reading.unplaced.map((u) => [u.heading, u.decide])).toEqual([['I. KHÁI QUÁT ĐẶC ĐIỂM', false]]);
});

test('emphasis lines in numbered sections that say other sections do not break the outline: text, the section shown, the next numbered heading placed', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b('1. Học tập, quán triệt'), p(filler('học tập')),
    b('Công tác tuyên truyền được đẩy mạnh trước và sau hội nghị'), p(filler('tuyên truyền hội nghị')),
    b('2. Kết hợp học tập với làm theo'), p(filler('làm theo')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'look'], ['II.2', 'sure']]);
  expect(reading.sections[1].text).toContain('tuyên truyền hội nghị');
});

test('a report that sets its sections in Heading styles: bold lines of body text are no headings; a styled section out of order is placed', () => {
  const h = (level: number) => (text: string) => b(text, { headingLevel: level, style: `heading ${level}` });
  const reading = readReport([
    h(1)('Về công tác lãnh đạo, chỉ đạo'), p(filler('lãnh đạo')),
    b('Công tác tuyên truyền được đẩy mạnh ngay từ khâu chỉ đạo'), p(filler('chỉ đạo tuyên truyền')),
    h(1)('KẾT QUẢ HỌC TẬP VÀ LÀM THEO'),
    h(2)('Về học tập, quán triệt'), p(filler('học tập')),
    h(2)('Về công tác tuyên truyền'), p(filler('tuyên truyền')),
    h(2)('Về việc làm theo Bác'), p(filler('làm theo')),
  ]);
  // The bold line seemed to head II.4; the report heads II.4 itself further on, so the line was emphasis and I is sure.
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.4', 'sure'], ['II.2', 'sure']]);
  expect(reading.sections[0].text).toContain('chỉ đạo tuyên truyền');
});

test('a body laid out in a table (the report in one cell, or headings beside their text) is read as paragraphs', () => {
  const long = (topic: string) => `${filler(topic)} ${filler(`${topic} ở các chi bộ`)} ${filler(`${topic} trong quý`)}`;
  const oneCell = readReport([{ kind: 'table', borderless: true, rows: [[['I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', long('lãnh đạo'), 'II. KẾT QUẢ THỰC HIỆN', '1. Học tập, quán triệt', long('học tập')].join('\n')]] }]);
  expect(codes(oneCell)).toEqual([['I', 'sure'], ['II.1', 'sure']]);
  const beside = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    { kind: 'table', borderless: false, rows: [['1. Học tập, quán triệt', filler('học tập')], ['2. Kết hợp học tập với làm theo', filler('làm theo')]] },
  ]);
  expect(codes(beside)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure']]);
  expect(beside.sections[2].text).toBe(filler('làm theo'));
});

test("a figures table's caption just above it is no section's text", () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    p('Biểu 1: Số liệu phần I'),
    { kind: 'table', borderless: false, rows: [['TT', 'Nội dung', 'Quý II/2026'], ['1', 'Tổng số ĐV', '2.016'], ['2', 'VB lãnh đạo, chỉ đạo ban hành', '13'], ['3', 'Số cuộc KT', '2']] },
  ]);
  expect(reading.sections[0].text).toBe(filler('lãnh đạo'));
  expect(reading.figures.find((f) => f.code === 'vb_chi_dao')?.value).toBe(13);
});

test('in a report without numbers, a bold line read as a clause, or one barely saying a section further on, is emphasis: text, its section shown', () => {
  const reading = readReport([
    b('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('Công tác tuyên truyền được đẩy mạnh ngay từ khâu chỉ đạo'), p(filler('chỉ đạo tuyên truyền')),
    b('KẾT QUẢ THỰC HIỆN'),
    b('Học tập, quán triệt'), p(filler('học tập')),
    b('Làm theo Bác'), p(filler('làm theo')),
  ]);
  expect(codes(reading)).toEqual([['I', 'look'], ['II.1', 'sure'], ['II.2', 'sure']]);
  expect(reading.sections[0].text).toContain('chỉ đạo tuyên truyền');
});

test('"I. Lãnh đạo, chỉ đạo và học tập, quán triệt": section I its number names and a section its words name too, to decide', () => {
  const merged = readReport([b('I. Lãnh đạo, chỉ đạo và học tập, quán triệt:'), p(filler('lãnh đạo và học tập')), b('II. Kết quả làm theo:'), p(filler('làm theo'))]);
  expect(codes(merged)).toEqual([['I+II.1', 'decide'], ['II.2', 'sure']]);
});

test('"5. Nêu gương và kiểm tra, giám sát" after 4.: a section passed over and one ahead under one heading, to decide; "BCH ĐẢNG BỘ PHƯỜNG …" names the unit', () => {
  const reading = readReport([
    b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')),
    b('II. KẾT QUẢ THỰC HIỆN'),
    b('1. Học tập, quán triệt'), p(filler('học tập')),
    b('2. Tuyên truyền, biểu dương điển hình'), p(filler('tuyên truyền')),
    b('3. Nêu gương và kiểm tra, giám sát việc thực hiện'), p(filler('nêu gương và kiểm tra')),
  ]);
  expect(codes(reading)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.4', 'sure'], ['II.3+II.6', 'decide']]);
  const header: WordBlock[] = [{ kind: 'table', borderless: true, rows: [['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nBCH ĐẢNG BỘ PHƯỜNG CẦU GIẤY\n*\nSố 88-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM\nCầu Giấy, ngày 19 tháng 6 năm 2026']] }, b('BÁO CÁO'), b('Kết quả quý II/2026'), p('Thực hiện hướng dẫn, báo cáo như sau:')];
  const read = readWordReport(doc([...header, b('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(filler('lãnh đạo')), ...BACK]), DEFAULT_TEMPLATE, { matcher, periodKind: 'Q2' });
  expect(read.header.unit?.code).toBe('HN-16');
});

test('"Kết quả nổi bật:" is emphasis in a section, no heading of III.1; a styled heading saying no section is a block to decide, never run into the one before', () => {
  const emphasis = readReport([
    b('Về lãnh đạo, chỉ đạo'), p(filler('lãnh đạo')),
    b('Về học tập chuyên đề'), p(filler('học tập')),
    b('Kết quả nổi bật:'), p('Chi bộ thôn Cổ Loa có 100% đảng viên dự học và viết thu hoạch.'),
    b('Về làm theo Bác'), p(filler('làm theo')),
  ]);
  expect(codes(emphasis)).toEqual([['I', 'sure'], ['II.1', 'sure'], ['II.2', 'sure']]);
  expect(emphasis.sections[1].text).toContain('Chi bộ thôn Cổ Loa');
  const h = (level: number) => (text: string) => b(text, { headingLevel: level, style: `heading ${level}` });
  const styled = readReport([
    h(1)('ĐÁNH GIÁ'), h(2)('Khó khăn, vướng mắc'), p(filler('khó khăn')),
    h(2)('Những điểm sáng trong quý'), p(filler('điểm sáng')),
  ]);
  expect(codes(styled)).toEqual([['III.2', 'sure']]);
  expect(styled.sections[0].text).toBe(filler('khó khăn'));
  expect(styled.unplaced.map((u) => [u.heading, u.decide])).toEqual([['Những điểm sáng trong quý', true]]);
});
