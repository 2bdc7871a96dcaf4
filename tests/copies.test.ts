import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import { reportContentOf } from '../src/core/document/ReportContent';
import { synthesizeContent } from '../src/core/document/synthesizeContent';
import { defaultDocument } from '../src/core/workbook/OfficialDocument';
import type { SubmissionInput } from '../src/core/consolidation/Consolidation';
import { formatIssue } from '../src/core/issues/issueMessages';
import type { UnitRegistry } from '../src/core/registry/UnitRegistry';
import { DEFAULT_TEMPLATE } from '../src/core/template/builtinTemplates';
import { checkGuidelineCopies } from '../src/core/validation/checkGuidelineCopies';
import { createRandom } from '../src/sample/makeSampleReports';
import { makeInput, makeReport, PERIOD_H1_2026, validFigures } from './helpers/builders';

// A round with every kind of copy planted, and an opening paragraph most units share: each planted
// copy is found, on the unit that copied, and no other unit is flagged.
const WARDS = ['Ba Đình', 'Ngọc Hà', 'Giảng Võ', 'Hoàn Kiếm', 'Cửa Nam', 'Đống Đa', 'Kim Liên', 'Văn Miếu', 'Láng', 'Ô Chợ Dừa', 'Hai Bà Trưng', 'Vĩnh Tuy', 'Bạch Mai', 'Tương Mai'];
const registry: UnitRegistry = { units: WARDS.map((w, i) => ({ code: `P${i + 1}`, name: `Đảng ủy phường ${w}`, kind: 'Đảng ủy phường' })) };
const OPENING = [
  'Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/3/2026 của Ban Thường vụ Đảng ủy, Ban Tuyên giáo và Dân vận báo cáo kết quả thực hiện như sau.',
  'Ngay sau khi nhận được văn bản chỉ đạo của cấp trên, Ban Thường vụ đã chỉ đạo các chi bộ trực thuộc xây dựng kế hoạch cụ thể, phân công nhiệm vụ rõ ràng.',
  'Công tác lãnh đạo, chỉ đạo được triển khai kịp thời, nghiêm túc, đúng tiến độ, tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, đảng viên.',
].join(' ');
const TOPICS = ['học tập chuyên đề năm', 'xây dựng tổ dân phố văn minh', 'chăm lo gia đình chính sách', 'giữ gìn vệ sinh môi trường', 'phát triển kinh tế số', 'giáo dục truyền thống cách mạng', 'hòa giải ở cơ sở', 'phòng chống tệ nạn xã hội'];
const WAYS = ['tổ chức hội nghị chuyên đề', 'ra mắt câu lạc bộ', 'phát động phong trào thi đua', 'biểu dương gương người tốt', 'mở lớp bồi dưỡng', 'tổ chức tọa đàm'];

/** A unit's own text for a section: sentences only it would write (its ward, its figures, its choices). */
function ownText(ward: string, section: string, seed: number): string {
  const rand = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  return Array.from({ length: 4 }, (_, k) => `Tại phường ${ward}, các chi bộ khu dân cư số ${k + 1} đã ${pick(WAYS)} về ${pick(TOPICS)} cho ${Math.floor(rand() * 300) + 20} người, gắn với mục ${section} của kế hoạch năm nay.`).join(' ');
}

function figures(seed: number): Record<string, number> {
  const rand = createRandom(seed);
  const base = validFigures(800 + Math.floor(rand() * 900));
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, k === 'tong_dang_vien' ? v : Math.max(1, Math.floor(v * (0.5 + rand() * 0.4)))]));
}

const texts = registry.units.map((unit, i) => {
  const ward = WARDS[i];
  const text: Record<string, string> = Object.fromEntries(DEFAULT_TEMPLATE.sections.map((s) => [s.code, ownText(ward, s.code, 100 * i + s.code.length)]));
  // Most units open with the same paragraph, most of their section I: boilerplate, never a copy.
  if (i !== 0 && i !== 13) text.I = `${OPENING} ${text.I.split('. ')[0]}.`;
  return text;
});
const values = registry.units.map((_, i) => figures(1000 + i));
const nominations = registry.units.map((_, i) => [
  { kind: 'Tập thể', name: `Chi bộ khu dân cư số ${i + 1} phường ${WARDS[i]}` },
  { kind: 'Cá nhân', name: ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Minh Châu', 'Phạm Thu Dung', 'Hoàng Văn Em', 'Vũ Thị Gấm', 'Đặng Quốc Hùng', 'Bùi Thị Lan', 'Đỗ Văn Minh', 'Hồ Thị Ngọc', 'Ngô Văn Phúc', 'Dương Thị Quỳnh', 'Lý Văn Sơn', 'Mai Thị Tâm'][i] },
]);

// The planted cases (0-based units): 5 copies 2 whole; 7 copies section II.2 of 3; 8 has 4's
// figures; 9 writes of unit 1 as itself; 10 proposes 6's nominations.
texts[5] = Object.fromEntries(Object.entries(texts[2]).map(([k, v]) => [k, v]));
values[5] = { ...values[2] };
nominations[5] = nominations[2];
texts[7]['II.2'] = texts[3]['II.2'];
values[8] = { ...values[4] };
texts[9]['II.4'] = `Đảng ủy phường ${WARDS[1]} đã chỉ đạo các chi bộ đăng ký làm theo gương Bác bằng việc làm cụ thể hằng tháng. ${texts[9]['II.4']}`;
nominations[10] = nominations[6];
const PLANTED = [
  ['P6', 'COPY_WHOLE_REPORT'],
  ['P8', 'COPY_SECTION'],
  ['P9', 'COPY_FIGURES'],
  ['P10', 'COPY_NAMES_OTHER_UNIT'],
  ['P11', 'COPY_NOMINATIONS'],
];

function inputs(): SubmissionInput[] {
  return registry.units.map((unit, i) => {
    const input = makeInput(`Báo cáo ${WARDS[i]}.xlsx`, { unit, text: texts[i], values: values[i], nominations: nominations[i], reportDate: '2026-06-18' }) as Extract<SubmissionInput, { report: unknown }>;
    // Saved in registry order: the later of two alike is taken for the copy.
    return { ...input, receivedAt: `2026-06-18T0${Math.floor(i / 10)}:${String(i % 10).padStart(2, '0')}:00.000Z` };
  });
}

const round = { template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận' };

test('every planted copy is found on the unit that copied, and no other unit is flagged', () => {
  const c = consolidateReports(round, inputs());
  const flagged = c.files.flatMap((f) => f.issues.filter((i) => i.code.startsWith('COPY_')).map((i) => [f.unit?.code, i.code]));
  expect(flagged.sort()).toEqual([...PLANTED].sort());
  expect(c.copies.map((f) => [f.unit.code, f.kind, f.other.code])).toEqual(
    expect.arrayContaining([
      ['P6', 'whole_report', 'P3'],
      ['P8', 'section', 'P4'],
      ['P9', 'figures', 'P5'],
      ['P10', 'names_other_unit', 'P2'],
      ['P11', 'nominations', 'P7'],
    ]),
  );
});

test('a whole copy is held out of the totals like an invalid report, saying whose report it copies; the office may count it', () => {
  const c = consolidateReports(round, inputs());
  expect(c.units[5]).toMatchObject({ status: 'invalid', counted: false });
  const message = formatIssue(c.units[5].file?.issues.find((i) => i.code === 'COPY_WHOLE_REPORT') ?? c.units[5].file?.issues[0] ?? { code: 'ACTION_FAILED', severity: 'error', location: {}, params: {} });
  expect(message).toContain('trùng toàn bộ với báo cáo của Đảng ủy phường Giảng Võ');
  expect(c.units[2]).toMatchObject({ status: 'on_time', counted: true });
  const counted = consolidateReports({ ...round, includeCopies: true }, inputs());
  expect(counted.units[5]).toMatchObject({ status: 'on_time', counted: true });
  expect(counted.units[5].file?.issues.map((i) => i.code)).toContain('COPY_WHOLE_REPORT_COUNTED');
});

test('a section that only repeats the đề cương is a warning; a real answer is not', () => {
  const section = DEFAULT_TEMPLATE.sections[1];
  const parroted = makeReport({ text: { [section.code]: `${section.title}. ${section.hint ?? ''}` } });
  parroted.issues = [];
  checkGuidelineCopies(parroted, DEFAULT_TEMPLATE);
  expect(parroted.issues.map((i) => [i.code, i.location.section])).toEqual([['COPY_GUIDELINE', section.code]]);
  const answered = makeReport({ text: { [section.code]: ownText('Láng', section.code, 7) } });
  answered.issues = [];
  checkGuidelineCopies(answered, DEFAULT_TEMPLATE);
  expect(answered.issues).toEqual([]);
});

test('a section carried over from the unit\'s own report of the previous period is a warning naming that period', () => {
  const textsByUnit = { P13: { 'II.3': texts[12]['II.3'] }, P14: { 'II.3': ownText('Tương Mai', 'II.3', 999) } };
  const previous = { label: 'Quý I/2026', totals: {}, reportedUnitCodes: ['P13', 'P14'], byUnit: {}, textsByUnit };
  const c = consolidateReports({ ...round, previous }, inputs());
  const carried = c.files.flatMap((f) => f.issues.filter((i) => i.code === 'COPY_PREVIOUS_PERIOD').map((i) => [f.unit?.code, i.location.section]));
  expect(carried).toEqual([['P13', 'II.3']]);
  expect(formatIssue(c.units[12].file?.issues.find((i) => i.code === 'COPY_PREVIOUS_PERIOD') ?? c.units[12].file?.issues[0] ?? { code: 'ACTION_FAILED', severity: 'error', location: {}, params: {} })).toContain('giống hệt báo cáo Quý I/2026 của chính đơn vị');
});

test('a copied section is not put forward in the report as the unit\'s own; the summary keeps it whole', () => {
  const c = consolidateReports(round, inputs());
  const copier = registry.units[7];
  const compiled = c.sections.find((s) => s.section === 'II.2')?.entries.map((e) => e.unit.code) ?? [];
  expect(compiled).toContain(copier.code);
  const content = reportContentOf(c, null);
  expect(content.sections['II.2'].map((e) => e.unitName)).not.toContain(copier.name);
  expect(content.sections['II.1'].map((e) => e.unitName)).toContain(copier.name);
  // The synthesis (the summary's "Báo cáo tổng hợp" and the Word report) does not name it as a source of II.2.
  const synthesis = synthesizeContent(content, { document: defaultDocument('Ban Tuyên giáo và Dân vận', '2026-07-06') }).sections;
  expect(synthesis['II.2'].flatMap((p) => p.sources)).not.toContain(copier.name);
});
