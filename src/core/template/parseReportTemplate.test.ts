import { formatIssueWithPlace } from '../issues/issueMessages';
import hnKl01v1 from './definitions/hn-kl01.v1.json';
import { parseReportTemplate, parseReportTemplateText } from './parseReportTemplate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the definition on purpose
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(hnKl01v1));

function problems(data: unknown): string[] {
  const result = parseReportTemplate(data);
  return result.ok ? [] : result.issues.filter((i) => i.severity === 'error').map(formatIssueWithPlace).map(withoutAdvice);
}

/** The advice sentence is the catalogue's business; these tests check what is said to be wrong. */
function withoutAdvice(message: string): string {
  return message.replace(/ (Đề nghị|Nên) [^]*$/u, '');
}

test('the built-in Hà Nội definition passes the schema and the rules', () => {
  const result = parseReportTemplate(hnKl01v1);
  expect(result.ok).toBe(true);
  if (result.ok) {
    expect(result.issues).toEqual([]);
    expect(result.template).not.toHaveProperty('$schema');
    expect(result.template.indicators).toHaveLength(25);
  }
});

test('schema problems name the place and say what is wrong in Vietnamese', () => {
  const t = clone();
  t.version = '2';
  delete t.title;
  t.indicators[3].atmost = 'tong_dang_vien';
  t.indicators[4].aggregation = 'average';
  t.sections[0].code = 'I a';
  expect(problems(t)).toEqual(
    expect.arrayContaining([
      'Tệp mẫu sai ở "version": cần số.',
      'Tệp mẫu sai ở "title": thiếu trường này.',
      'Tệp mẫu sai ở "indicators[3]": có trường không dùng trong mẫu: "atmost" (có thể gõ sai tên trường).',
      'Tệp mẫu sai ở "indicators[4].aggregation": cách tổng hợp (aggregation) phải là "sum" (số đếm) hoặc "ratio" (tỷ lệ).',
      'Tệp mẫu sai ở "sections[0].code": chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (mục: chữ, số và dấu chấm).',
    ]),
  );
});

test('rules across fields: duplicates, unknown sections, rules and ratios naming missing counts', () => {
  const t = clone();
  t.sections.push({ ...t.sections[1] });
  t.indicators[1].section = 'V.9';
  t.indicators[3].atMost = 'tong_so_dang_vien';
  t.indicators[4].denominator = 'dang_vien';
  t.indicators[5].code = 'vb_chi_dao';
  t.indicators[6].max = -0 + 0;
  t.indicators[6].min = 3;
  t.metadata = t.metadata.filter((m: { code: string }) => m.code !== 'ngay_bao_cao');
  t.nominations.expected.push({ kind: 'Gia đình', count: 1 });
  expect(problems(t)).toEqual([
    '[sections[12].code] Mã mục "II.1" bị trùng.',
    '[indicators[5].code] Mã chỉ tiêu "vb_chi_dao" bị trùng.',
    '[indicators[1].section] Chỉ tiêu "vb_chi_dao" thuộc mục "V.9", nhưng đề cương không có mục này.',
    '[indicators[3].atMost] Chỉ tiêu "dv_hoc_tap" phải không vượt quá "tong_so_dang_vien", nhưng không có chỉ tiêu số đếm nào mã "tong_so_dang_vien".',
    '[indicators[4].denominator] Tỷ lệ "ty_le_hoc_tap" lấy mẫu số là "dang_vien", nhưng không có chỉ tiêu số đếm nào mã "dang_vien".',
    '[indicators[5].phrase] Câu mẫu của chỉ tiêu "vb_chi_dao" có chỗ điền {luot_quan_chung}, nhưng không có chỉ tiêu nào mã "luot_quan_chung".',
    '[indicators[6].max] Chỉ tiêu "chuyen_de_rieng" có giá trị nhỏ nhất 3 lớn hơn giá trị lớn nhất 0.',
    '[metadata] Thiếu trường thông tin chung bắt buộc "ngay_bao_cao" (Ngày báo cáo); phần mềm cần trường này để nhận ra đơn vị và kỳ báo cáo.',
    '[nominations.expected[2].kind] Số lượng đề xuất ghi cho loại "Gia đình", nhưng danh sách loại điển hình không có loại này.',
  ]);
});

test('a required section for a period kind the template does not offer is a warning, not a refusal', () => {
  const t = clone();
  t.periodKinds = ['H1', 'Y'];
  t.sections.forEach((s: { requiredFor: string[] }) => (s.requiredFor = s.requiredFor.filter((k) => k === 'H1' || k === 'Y')));
  t.sections[0].requiredFor = ['Q1', 'Y'];
  const result = parseReportTemplate(t);
  expect(result.ok).toBe(true);
  expect(result.issues.map((i) => [i.code, i.location.path])).toEqual([['DEF_PERIOD_KIND_NOT_OFFERED', 'sections[0].requiredFor']]);
});

test('template text: not JSON, a byte-order mark, decomposed letters', () => {
  const notJson = parseReportTemplateText('{ "id": "hn-kl01", ');
  expect(notJson.ok).toBe(false);
  expect(notJson.issues[0].code).toBe('DEF_NOT_JSON');
  const nfd = `\uFEFF${JSON.stringify({ ...clone(), title: 'Báo cáo thử'.normalize('NFD') })}`;
  const read = parseReportTemplateText(nfd);
  expect(read.ok && read.template.title).toBe('Báo cáo thử'.normalize('NFC'));
});
