import { makeInput, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { consolidateReports } from '../consolidation/consolidateReports';
import type { DocumentSpec } from '../document/DocumentSpec';
import { makeIssue } from '../issues/Issue';
import { present } from '../present';
import type { UnitRegistry } from '../registry/UnitRegistry';
import { defaultDocument } from '../workbook/OfficialDocument';
import { buildFeedback } from './buildFeedback';
import { buildReminderLetter } from './buildReminderLetter';
import { buildReminders, mailtoLink } from './buildReminders';

const registry: UnitRegistry = {
  units: [
    { code: 'A', name: 'Đảng ủy phường Yên Hòa', kind: 'Đảng ủy phường', contact: { person: 'Nguyễn Thị Lan', phone: '0900 000 001', email: 'yenhoa@example.com' } },
    { code: 'B', name: 'Đảng ủy phường Láng', kind: 'Đảng ủy phường', contact: { person: 'Trần Văn Bình', phone: '0900 000 002' } },
    { code: 'C', name: 'Đảng ủy xã Ba Vì', kind: 'Đảng ủy xã' },
    { code: 'D', name: 'Đảng ủy phường Tây Hồ', kind: 'Đảng ủy phường', contact: { email: 'tayho@example.com' } },
  ],
};
const document = { ...defaultDocument('Ban Tuyên giáo và Dân vận Thành ủy', '2026-06-26'), author: 'Lê Thu Hà', phone: '0900 000 999' };

function round() {
  const invalid = makeInput('lang.xlsx', { unit: registry.units[1], reportDate: '2026-06-20' });
  if (!('report' in invalid)) throw new Error('input');
  invalid.report.issues.push(
    makeIssue('INDICATOR_NEGATIVE', { section: 'II.1', field: 'dv_hoc_tap', cell: { sheet: 'Số liệu', row: 11, col: 3 } }, { label: 'Đảng viên tham gia học tập', value: -5, unit: 'người' }),
    makeIssue('SECTION_REQUIRED_EMPTY', { section: 'I', cell: { sheet: 'Nội dung', row: 5, col: 2 } }, { section: 'I', title: 'Công tác lãnh đạo', period: '6 tháng đầu năm 2026' }),
    makeIssue('META_PHONE_INVALID', { field: 'dien_thoai', cell: { sheet: 'Thông tin chung', row: 9, col: 3 } }, { raw: '12' }),
  );
  return consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: document.issuer }, [
    // Its own figures: identical ones would be a copy to look at.
    makeInput('tayho.xlsx', { unit: registry.units[3], reportDate: '2026-06-25', values: { hoat_dong_tt: 7 } }),
    invalid,
  ]);
}

test('one reminder per unit to chase, in registry order, saying the deadline, what is missing or wrong and the template', () => {
  const reminders = buildReminders(round(), { today: '2026-06-26', document });
  expect(reminders.map((r) => [r.unit.code, r.status])).toEqual([
    ['A', 'missing'],
    ['B', 'invalid'],
    ['C', 'missing'],
    ['D', 'late'],
  ]);
  const [missing, invalid, , late] = reminders;
  expect(missing.short).toBe(
    'Kính gửi Đảng ủy phường Yên Hòa: Đến ngày 26/06/2026, Ban Tuyên giáo và Dân vận Thành ủy chưa nhận được báo cáo 6 tháng đầu năm 2026 của đơn vị (hạn nộp hết ngày 22/06/2026, đã quá 4 ngày). Đề nghị đơn vị gửi báo cáo trong thời gian sớm nhất, làm theo mẫu "Mẫu báo cáo 6 tháng đầu năm 2026.xlsx". Trân trọng.',
  );
  expect(missing.mail.to).toBe('yenhoa@example.com');
  expect(missing.mail.subject).toBe('Đôn đốc gửi báo cáo 6 tháng đầu năm 2026 - Đảng ủy phường Yên Hòa');
  expect(missing.mail.body.split('\n')[0]).toBe('Kính gửi: Đảng ủy phường Yên Hòa (đồng chí Nguyễn Thị Lan),');
  expect(missing.mail.body).toContain(`(mã ${TEMPLATE.id}, phiên bản ${TEMPLATE.version})`);
  expect(missing.mail.body).toContain('Mọi vướng mắc xin liên hệ: Lê Thu Hà, 0900 000 999.');
  // The short message names the first error, its sheet and cell, and whom to call.
  expect(invalid.short).toMatch(/^Kính gửi [^:]+: Báo cáo 6 tháng đầu năm 2026 đơn vị gửi \(tệp "lang\.xlsx"\) còn 2 lỗi nên chưa tổng hợp được, trước hết: Trang "[^"]+", ô [A-Z]+\d+: .+ Cần hỏi, xin liên hệ: Lê Thu Hà, 0900 000 999\. Trân trọng\.$/);
  expect(invalid.mail.body).toContain('Trang "Số liệu", ô D12: ');
  expect(invalid.mail.to).toBe('');
  expect(late.short).toContain('đã nhận báo cáo 6 tháng đầu năm 2026 của đơn vị (ngày 25/06/2026), muộn 3 ngày so với hạn nộp 22/06/2026. Đề nghị đơn vị lưu ý gửi đúng hạn ở các kỳ sau.');
  // Before the deadline the message counts the days left, and a date set by the office wins.
  const early = buildReminders(round(), { today: '2026-06-19', document, resendBy: '2026-06-22' });
  expect(early[0].short).toContain('(hạn nộp hết ngày 22/06/2026, còn 3 ngày). Đề nghị đơn vị gửi báo cáo chậm nhất trong ngày 22/06/2026');
  // Without a new date, before the deadline: the deadline as it counts, the day itself included.
  expect(buildReminders(round(), { today: '2026-06-19', document })[0].short).toContain('Đề nghị đơn vị gửi báo cáo trong hạn (hết ngày 22/06/2026)');
});

test('a mailto link opens the mail program with the text filled in; nothing is sent by the software', () => {
  const [missing] = buildReminders(round(), { today: '2026-06-26', document });
  const link = mailtoLink(missing);
  expect(link.startsWith('mailto:yenhoa@example.com?subject=')).toBe(true);
  const params = new URLSearchParams(link.slice(link.indexOf('?') + 1).replace(/\+/g, '%2B'));
  expect(params.get('subject')).toBe(missing.mail.subject);
  expect(params.get('body')).toBe(missing.mail.body.replace(/\n/g, '\r\n'));
});

test('feedback to a unit: grouped by the đề cương, errors first, each with its sheet and cell and what to do', () => {
  const c = round();
  const file = present(c.units[1].file, 'file');
  const text = present(buildFeedback(file, TEMPLATE, PERIOD_H1_2026), 'feedback');
  const lines = text.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    'PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO',
    'Đơn vị: Đảng ủy phường Láng',
    'Báo cáo: 6 tháng đầu năm 2026, tệp "lang.xlsx", ngày báo cáo 20/06/2026',
    'Kết quả: 2 lỗi phải sửa, 1 cảnh báo nên xem lại. Báo cáo chưa được tổng hợp; đề nghị đơn vị sửa các lỗi dưới đây trong chính tệp đã gửi rồi gửi lại.',
  ]);
  const headings = lines.filter((l) => l !== '' && !l.startsWith('  ')).slice(4);
  expect(headings).toEqual(['Thông tin chung của báo cáo', `Mục I. ${TEMPLATE.sections[0].title}`, `Mục II.1. ${present(TEMPLATE.sections.find((s) => s.code === 'II.1'), 'II.1').title}`]);
  expect(lines.find((l) => l.startsWith('  3.'))).toMatch(/^ {2}3\. \[Lỗi\] Trang "Số liệu", ô D12: .*đề nghị sửa lại.$/);
  expect(buildFeedback(present(c.units[0].file ?? c.units[3].file, 'file'), TEMPLATE, PERIOD_H1_2026)).toBeNull();
});

test('the letter chasing reports: the Party header with "V/v" under the number, the units to chase with whom to call', () => {
  const spec: DocumentSpec = buildReminderLetter(round(), { today: '2026-06-26', document, resendBy: '2026-06-30' });
  const texts: string[] = [];
  const walk = (blocks: DocumentSpec['sections'][number]['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') texts.push(b.runs.map((r) => r.text).join(''));
      else for (const row of b.rows) for (const cell of row.cells) walk(cell.paragraphs);
    }
  };
  walk(spec.sections[0].blocks);
  // The name broken between words before the committee; room for the number by hand, never "Số -CV/".
  for (const line of ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'THÀNH ỦY', 'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-CV/BTGDVTU', 'V/v đôn đốc gửi báo cáo 6 tháng đầu năm 2026', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nguyễn Thị Lan, 0900 000 001, yenhoa@example.com', 'Đảng ủy xã Ba Vì', 'Không hợp lệ', '- Như trên,', '- Lưu Văn phòng.', 'TRƯỞNG BAN']) {
    expect(texts).toContain(line);
  }
  expect(texts.join('\n')).toContain('Đến ngày 26/06/2026, Ban Tuyên giáo và Dân vận Thành ủy chưa nhận được báo cáo của 2 đơn vị; 1 đơn vị gửi báo cáo còn lỗi, chưa tổng hợp được.');
  expect(texts.join('\n')).toContain('gửi báo cáo chậm nhất trong ngày 30/06/2026');
  expect(texts.join('\n')).toContain('hạn nộp hết ngày 22/06/2026');
  expect(texts.join('\n')).not.toContain('trước ngày');
  // The late unit reported: it is not chased in the letter.
  expect(texts).not.toContain('Đảng ủy phường Tây Hồ');
});
