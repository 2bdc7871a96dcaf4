import { makePeriod } from '../period/ReportingPeriod';
import { foldForMatch } from '../text/normalizeText';
import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import { cleanUnitText } from './cleanUnitText';
import { generalize } from './generalize';
import { groupSentences } from './groupSentences';
import { paragraphLines } from './pageBudget';
import { synthesizeSections } from './synthesizeSections';
import { NAME_TOKEN, tokenize } from './syllables';

const II2 = DEFAULT_TEMPLATE.sections.find((s) => s.code === 'II.2');
const context = { sectionCode: 'II.2', sectionTitle: II2?.title ?? '', unitName: 'Đảng ủy phường Lê Chân' };

describe('cleaning a unit text', () => {
  test('removes what was pasted from Word and says what', () => {
    const text = [
      'II.2. KẾT HỢP GIỮA HỌC TẬP VỚI LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH',
      'Đảng ủy phường Lê Chân: Các chi bộ đã xây dựng kế hoạch làm theo¹ gắn với nhiệm vụ chính trị.',
      '- 2 -',
      'Mô hình “Ngõ phố xanh” được nhân rộng (�) ra 5 tổ dân phố[2].',
      'Trang 3/7',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu VP.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      '(Đã ký)',
      'Nguyễn Văn An',
      '¹ Kế hoạch số 12-KH/ĐU ngày 05/7/2026.',
    ].join('\n');
    const cleaned = cleanUnitText(text, context);
    expect(cleaned.paragraphs).toEqual(['Các chi bộ đã xây dựng kế hoạch làm theo gắn với nhiệm vụ chính trị.', 'Mô hình “Ngõ phố xanh” được nhân rộng ra 5 tổ dân phố.']);
    expect(new Set(cleaned.removed.map((r) => r.kind))).toEqual(new Set(['heading', 'self-label', 'footnote', 'page-number', 'recipients', 'replacement-character']));
  });

  test('folds a first line once for a caller that keeps the folded lines, and cleans the same', () => {
    const folded = new Map<string, string>();
    const text = 'II.2. Kết hợp giữa học tập với làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\nCác chi bộ đã xây dựng kế hoạch làm theo.';
    expect(cleanUnitText(text, { ...context, folded })).toEqual(cleanUnitText(text, context));
    expect([...folded.values()]).toEqual([foldForMatch('Kết hợp giữa học tập với làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh')]);
  });

  test('keeps ordinary text, lists and a code of a document', () => {
    const text = 'Đảng ủy đã ban hành Kế hoạch số 15-KH/ĐU.\n- Tổ chức 3 hội nghị;\n- Biểu dương 12 điển hình.';
    expect(cleanUnitText(text, context).paragraphs).toEqual(['Đảng ủy đã ban hành Kế hoạch số 15-KH/ĐU.', '- Tổ chức 3 hội nghị;', '- Biểu dương 12 điển hình.']);
    expect(cleanUnitText(text, context).removed).toEqual([]);
  });

  test('a code label before the text goes: "(HP-07), mục II.1"', () => {
    expect(cleanUnitText('(HP-07), mục II.1: đã tổ chức học tập cho toàn thể đảng viên.', context).paragraphs).toEqual(['Đã tổ chức học tập cho toàn thể đảng viên.']);
  });
});

describe('comparing sentences', () => {
  test('NFC, NFD and the old tone placement give the same tokens; a place name is one token', () => {
    const nfc = 'Đảng ủy phường Hòa Bình tổ chức hội nghị quán triệt cho 120 đảng viên.';
    expect(tokenize(nfc.normalize('NFD').normalize('NFC')).tokens).toEqual(tokenize(nfc).tokens);
    expect(tokenize('Đảng uỷ phường Hoà Bình tổ chức hội nghị quán triệt cho 95 đảng viên.').tokens).toEqual(tokenize(nfc).tokens);
    expect(tokenize(nfc).tokens.filter((t) => t === NAME_TOKEN)).toHaveLength(1);
    expect(tokenize('Đảng ủy phường Lê Chân tổ chức hội nghị quán triệt cho 120 đảng viên.').tokens).toEqual(tokenize(nfc).tokens);
    // The tone itself matters: "hòa" is not "hoa".
    expect(tokenize('tổ chức hội hoa').tokens).not.toEqual(tokenize('tổ chức hội hòa').tokens);
  });

  test('groups what several units wrote with other figures and small changes, and nothing else', () => {
    const sentences = [
      'Đảng ủy đã tổ chức 12 hội nghị học tập, quán triệt chuyên đề năm 2026 cho cán bộ, đảng viên và quần chúng.',
      'Đảng ủy đã tổ chức 7 hội nghị học tập, quán triệt chuyên đề năm 2026 cho cán bộ, đảng viên và nhân dân.',
      'Đảng uỷ đã tổ chức 30 hội nghị học tập, quán triệt chuyên đề năm 2026 cho cán bộ, đảng viên và quần chúng trên địa bàn.',
      'Ủy ban Kiểm tra Đảng ủy tiến hành 4 cuộc kiểm tra việc thực hiện kế hoạch làm theo tại các chi bộ.',
      'Mô hình “Ngõ phố không rác thải nhựa” được duy trì ở 6 tổ dân phố.',
    ];
    const groups = groupSentences(sentences.map((s) => tokenize(s).tokens));
    expect(groups).toEqual([[0, 1, 2], [3], [4]]);
  });

  test('a shared sentence leaves out the figures that differ and the writing unit', () => {
    const members = ['Đảng ủy phường Lê Chân đã tổ chức 12 hội nghị theo Kết luận số 01-KL/TW, đạt 95% đảng viên.', 'Đảng ủy xã An Lão đã tổ chức 7 hội nghị theo Kết luận số 01-KL/TW, đạt 90% đảng viên.'];
    expect(generalize(members[0], members, 'Đảng ủy phường Lê Chân')).toBe('Các đảng ủy đã tổ chức hội nghị theo Kết luận số 01-KL/TW.');
  });
});

const UNITS = Array.from({ length: 12 }, (_, i) => `Đảng ủy phường ${['An Biên', 'Lê Chân', 'Hạ Lý', 'Trại Cau', 'Cát Dài', 'Vĩnh Niệm', 'Dư Hàng', 'Gia Viên', 'Đông Hải', 'Nam Hải', 'Thành Tô', 'Hải An'][i]}`);

function round(): Record<string, { unitName: string; text: string }[]> {
  const sections: Record<string, { unitName: string; text: string }[]> = {};
  for (const s of DEFAULT_TEMPLATE.sections) sections[s.code] = [];
  UNITS.forEach((unitName, i) => {
    sections['II.2'].push({ unitName, text: `Các chi bộ đã xây dựng ${10 + i} kế hoạch làm theo gắn với nhiệm vụ chính trị của địa phương. ${i === 3 ? 'Đảng ủy ra mắt mô hình “Tủ sách Bác Hồ ở khu dân cư” với 400 đầu sách do nhân dân đóng góp.' : 'Công tác kiểm tra việc làm theo được duy trì thường xuyên, đúng kế hoạch đề ra.'}` });
    sections['III.2'].push({ unitName, text: i < 5 ? 'Một số chi bộ còn lúng túng khi cụ thể hóa chuyên đề thành việc làm cụ thể.' : 'Kinh phí cho hoạt động tuyên truyền ở cơ sở còn hạn chế, chưa đáp ứng yêu cầu.' });
    sections['IV.2'].push({ unitName, text: i === 7 ? 'Đề nghị Thành ủy hỗ trợ kinh phí xây dựng phòng truyền thống cho các phường mới sáp nhập.' : i < 4 ? 'Đề nghị Ban Tuyên giáo và Dân vận biên soạn tài liệu sinh hoạt chuyên đề ngắn gọn cho chi bộ.' : '' });
    if (i === 9) sections.I.push({ unitName, text: 'Năm 2024, Đảng ủy đã tổ chức sơ kết 3 năm thực hiện kết luận. Đảng ủy ban hành kế hoạch thực hiện chuyên đề năm 2026 cho các chi bộ.' });
  });
  return sections;
}

describe('the synthesis', () => {
  const synthesis = synthesizeSections({ template: DEFAULT_TEMPLATE, period: makePeriod('Q3', 2026), sections: round(), unitOrder: UNITS, budgetLines: 400 });

  test('what many units did is stated once, its figures left out, with its units named and counted', () => {
    const ii2 = synthesis.sections['II.2'];
    const common = ii2.filter((p) => p.text.includes('kế hoạch làm theo gắn với nhiệm vụ chính trị'));
    expect(common).toHaveLength(1);
    expect(common[0].text).toBe(`Các chi bộ đã xây dựng kế hoạch làm theo gắn với nhiệm vụ chính trị của địa phương (tiêu biểu như ${UNITS.slice(0, 3).join(', ')}; tổng cộng 12 đơn vị).`);
    expect(common[0].sources).toEqual(UNITS);
  });

  test('a named model of one unit is kept with its name', () => {
    const fact = synthesis.sections['II.2'].find((p) => p.text.includes('Tủ sách Bác Hồ ở khu dân cư'));
    expect(fact?.text).toBe(`- Đảng ủy ra mắt mô hình “Tủ sách Bác Hồ ở khu dân cư” với 400 đầu sách do nhân dân đóng góp (${UNITS[3]}).`);
    expect(fact?.sources).toEqual([UNITS[3]]);
  });

  test('assessments say how many units raised them; recommendations list their units', () => {
    expect(synthesis.sections['III.2'].map((p) => p.text.slice(0, 20))).toEqual(['7/12 đơn vị nêu: kin', '5/12 đơn vị nêu: một']);
    expect(synthesis.sections['IV.2'].map((p) => p.text)).toEqual([
      `- Đề nghị Ban Tuyên giáo và Dân vận biên soạn tài liệu sinh hoạt chuyên đề ngắn gọn cho chi bộ (4 đơn vị: ${UNITS.slice(0, 4).join(', ')}).`,
      `- Đề nghị Thành ủy hỗ trợ kinh phí xây dựng phòng truyền thống cho các phường mới sáp nhập (${UNITS[7]}).`,
    ]);
  });

  test('a sentence about another year is left out and listed for its unit', () => {
    expect(JSON.stringify(synthesis.sections)).not.toContain('Năm 2024');
    expect(synthesis.leftOut).toEqual([{ unitName: UNITS[9], section: 'I', sentence: 'Năm 2024, Đảng ủy đã tổ chức sơ kết 3 năm thực hiện kết luận.' }]);
  });

  test('the body keeps to its budget, and a smaller budget says less', () => {
    const lines = (s: typeof synthesis) => Object.values(s.sections).flat().reduce((sum, p) => sum + paragraphLines(p.text), 0);
    const small = synthesizeSections({ template: DEFAULT_TEMPLATE, period: makePeriod('Q3', 2026), sections: round(), unitOrder: UNITS, budgetLines: 10 });
    expect(lines(small)).toBeLessThan(lines(synthesis));
    expect(lines(small)).toBeLessThanOrEqual(10 + 4 * DEFAULT_TEMPLATE.sections.length);
  });

  test('the same texts give the same synthesis', () => {
    expect(synthesizeSections({ template: DEFAULT_TEMPLATE, period: makePeriod('Q3', 2026), sections: round(), unitOrder: UNITS, budgetLines: 400 })).toEqual(synthesis);
  });
});
