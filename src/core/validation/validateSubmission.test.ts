import { makeExtracted, makeRegistry, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { ISSUE_MESSAGES, formatIssue } from '../issues/issueMessages';
import { ISSUE_SEVERITY, type IssueCode } from '../issues/Issue';
import { makePeriod } from '../period/ReportingPeriod';
import { isoDateToSerial } from '../text/calendarDate';
import { validateSubmission, type ValidationContext } from './validateSubmission';

const registry = makeRegistry(3);
const context: ValidationContext = { today: '2026-07-06', period: PERIOD_H1_2026, registry };
const codes = (options: Parameters<typeof makeExtracted>[0], ctx: ValidationContext = context) =>
  validateSubmission(makeExtracted(options), ctx).issues.map((i) => i.code);

describe('validateSubmission', () => {
  test('a complete report has no issue and clean values', () => {
    const report = validateSubmission(makeExtracted(), context);
    expect(report.issues).toEqual([]);
    expect(report.unit?.code).toBe('DV01');
    expect(report.periodKind).toBe('H1');
    expect(report.year).toBe(2026);
    expect(report.reportDate).toBe('2026-06-18');
    expect(report.values['tong_dang_vien']).toBe(1000);
    expect(report.ratios['ty_le_hoc_tap']).toBe(90);
    expect(report.nominations.map((n) => n.kind)).toEqual(['Tập thể', 'Cá nhân']);
  });

  describe('sections', () => {
    test('a required section left empty is an error', () => {
      expect(codes({ sections: { 'II.3': '   ' } })).toEqual(['SECTION_REQUIRED_EMPTY']);
    });
    test('a quarterly report may leave part III empty, a half-year report may not', () => {
      const q = makePeriod('Q2', 2026);
      const empty = { 'III.1': null, 'III.2': null, 'III.3': null };
      const quarterly = { metadata: { ky_bao_cao: 'Quý II', tu_ngay: isoDateToSerial(q.from), den_ngay: isoDateToSerial(q.to) }, sections: empty, period: q };
      expect(codes(quarterly, { ...context, period: q })).toEqual([]);
      expect(codes({ sections: empty })).toEqual(['SECTION_REQUIRED_EMPTY', 'SECTION_REQUIRED_EMPTY', 'SECTION_REQUIRED_EMPTY']);
    });
    test('an optional section may stay empty', () => {
      expect(codes({ sections: { 'IV.2': null } })).toEqual([]);
    });
    test('a text too short to be a report is a warning', () => {
      const report = validateSubmission(makeExtracted({ sections: { I: 'Đã thực hiện tốt.' } }), context);
      expect(report.issues.map((i) => [i.code, i.severity, i.params.length])).toEqual([['SECTION_TOO_SHORT', 'warning', 17]]);
    });
    test('text is read as NFC', () => {
      const report = validateSubmission(makeExtracted({ sections: { 'IV.2': 'Kiến nghị tăng cường tập huấn.'.normalize('NFD') } }), context);
      expect(report.text['IV.2']).toBe('Kiến nghị tăng cường tập huấn.');
    });
  });

  describe('indicators', () => {
    test.each([
      ['1.234', 1234],
      ['1 234', 1234],
      ['12 người', 12],
    ])('accepts %p as %p with a warning', (raw, value) => {
      const report = validateSubmission(makeExtracted({ indicators: { tong_dang_vien: raw, dv_hoc_tap: 10, dv_cam_ket: 10, dv_ktgs: 10 } }), context);
      expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['INDICATOR_TEXT_NUMBER', 'warning']]);
      expect(report.values['tong_dang_vien']).toBe(value);
    });
    test.each([
      ['nhiều', 'INDICATOR_NOT_NUMBER'],
      [-3, 'INDICATOR_NEGATIVE'],
      [2.5, 'INDICATOR_NOT_WHOLE'],
      ['8,5', 'INDICATOR_NOT_WHOLE'],
    ])('refuses %p with %s, and does not count it', (raw, code) => {
      const report = validateSubmission(makeExtracted({ indicators: { hn_quan_triet: raw } }), context);
      expect(report.issues.map((i) => i.code)).toContain(code);
      expect(report.issues.every((i) => i.code === code || i.code === 'INDICATOR_TEXT_NUMBER')).toBe(true);
      expect(report.values['hn_quan_triet']).toBeNull();
    });
    test('the denominator is required and must be above zero', () => {
      expect(codes({ indicators: { tong_dang_vien: null } })).toEqual(['INDICATOR_REQUIRED_EMPTY']);
      expect(codes({ indicators: { tong_dang_vien: 0, dv_hoc_tap: 0, dv_cam_ket: 0, dv_ktgs: 0 } })).toEqual(['INDICATOR_BELOW_MIN']);
    });
    test('an empty optional count is a warning asking for 0', () => {
      const issues = validateSubmission(makeExtracted({ indicators: { tac_pham: null } }), context).issues;
      expect(issues.map((i) => [i.code, i.severity])).toEqual([['INDICATOR_EMPTY', 'warning']]);
    });
    test('a part larger than the whole breaks the cross-field rule', () => {
      const issues = validateSubmission(makeExtracted({ indicators: { tong_dang_vien: 100, dv_hoc_tap: 101, dv_cam_ket: 100, dv_ktgs: 5 } }), context).issues;
      expect(issues.map((i) => [i.code, i.location.field, i.params.value, i.params.otherValue])).toEqual([['INDICATOR_EXCEEDS', 'dv_hoc_tap', 101, 100]]);
      expect(formatIssue(issues[0])).toContain('lớn hơn "Tổng số đảng viên của đảng bộ" (100)');
    });
    test('the ratio is derived, never read from the file', () => {
      const report = validateSubmission(makeExtracted({ indicators: { tong_dang_vien: 3, dv_hoc_tap: 2, ty_le_hoc_tap: 99 } }), context);
      expect(report.ratios['ty_le_hoc_tap']).toBe(66.67);
    });
  });

  describe('metadata', () => {
    test('the unit must be in the registry', () => {
      expect(codes({ metadata: { don_vi: 'Đảng ủy phường Không Có' } })).toEqual(['META_UNIT_UNKNOWN']);
      expect(codes({ metadata: { don_vi: 'Đảng bộ phường Số 2' } })).toEqual([]);
    });
    test('without a registry, any unit name is accepted', () => {
      expect(codes({ metadata: { don_vi: 'Đảng ủy phường Không Có' } }, { today: '2026-07-06' })).toEqual([]);
    });
    test('required metadata must be filled', () => {
      expect(codes({ metadata: { nguoi_lap: '' } })).toEqual(['META_REQUIRED_EMPTY']);
    });
    test('period and year must match the round', () => {
      expect(codes({ metadata: { ky_bao_cao: 'Quý II' } })).toEqual(['META_PERIOD_MISMATCH']);
      expect(codes({ metadata: { nam: 2025 } })).toEqual(['META_YEAR_MISMATCH']);
      expect(codes({ metadata: { nam: 'hai nghìn' } })).toEqual(['META_YEAR_INVALID']);
      expect(codes({ metadata: { ky_bao_cao: 'Quý V' } })).toEqual(['META_PERIOD_INVALID']);
    });
    test('dates typed as text, as serials and in the 1904 system are all read', () => {
      expect(validateSubmission(makeExtracted({ metadata: { ngay_bao_cao: '18/06/2026' } }), context).reportDate).toBe('2026-06-18');
      const mac = makeExtracted({
        date1904: true,
        metadata: { ngay_bao_cao: isoDateToSerial('2026-06-18', true), tu_ngay: isoDateToSerial('2025-12-15', true), den_ngay: isoDateToSerial('2026-06-14', true) },
      });
      const report = validateSubmission(mac, context);
      expect(report.reportDate).toBe('2026-06-18');
      expect(report.issues).toEqual([]);
    });
    test('invalid and reversed dates are errors; a different data range is a warning', () => {
      expect(codes({ metadata: { ngay_bao_cao: '31/06/2026' } })).toEqual(['META_DATE_INVALID']);
      expect(codes({ metadata: { tu_ngay: '20/06/2026', den_ngay: '14/06/2026' } })).toEqual(['META_DATE_RANGE_REVERSED']);
      expect(codes({ metadata: { tu_ngay: '01/01/2026' } })).toEqual(['META_DATE_RANGE_DIFFERS']);
    });
    test('a report date in the future is an error, checked against the injected clock', () => {
      expect(codes({ metadata: { ngay_bao_cao: '07/07/2026' } })).toEqual(['META_REPORT_DATE_FUTURE']);
      expect(codes({ metadata: { ngay_bao_cao: '06/07/2026' } })).toEqual([]);
      expect(codes({ metadata: { ngay_bao_cao: '10/06/2026' } })).toEqual(['META_REPORT_DATE_EARLY']);
    });
    test('contact details are checked loosely', () => {
      expect(codes({ metadata: { email: 'tuyengiao.example.vn', dien_thoai: '12' } })).toEqual(['META_PHONE_INVALID', 'META_EMAIL_INVALID']);
      expect(codes({ metadata: { dien_thoai: '+84 912.345.678' } })).toEqual([]);
    });
  });

  describe('nominations', () => {
    const forms = TEMPLATE.nominations.forms;
    test('one collective and one individual are expected', () => {
      const onlyOne = [{ loai: 'Tập thể', ten: 'Chi bộ A', chuc_vu: 'Chi bộ', thanh_tich: 'Tốt', hinh_thuc: forms[0] }];
      const issues = validateSubmission(makeExtracted({ nominations: onlyOne }), context).issues;
      expect(issues.map((i) => [i.code, i.params.kind])).toEqual([['NOMINATION_KIND_MISSING', 'cá nhân']]);
      const three = [...onlyOne, { ...onlyOne[0], ten: 'Chi bộ B' }, { ...onlyOne[0], loai: 'cá nhân', ten: 'Trần C' }];
      expect(codes({ nominations: three })).toEqual(['NOMINATION_KIND_EXTRA']);
    });
    test('required columns must be filled on a row that is used', () => {
      const rows = [
        { loai: 'Tập thể', ten: 'Chi bộ A', chuc_vu: '', thanh_tich: 'Tốt', hinh_thuc: forms[0] },
        { loai: 'Cá nhân', ten: 'Trần B', chuc_vu: 'Bí thư', thanh_tich: 'Tốt', hinh_thuc: forms[1] },
      ];
      const issues = validateSubmission(makeExtracted({ nominations: rows }), context).issues;
      expect(issues.map((i) => [i.code, i.params.row, i.params.label])).toEqual([['NOMINATION_FIELD_EMPTY', 1, 'Chức vụ, đơn vị công tác']]);
    });
    test('unknown kind is an error, an unlisted form a warning', () => {
      const rows = [
        { loai: 'Tổ chức', ten: 'Chi bộ A', chuc_vu: 'Chi bộ', thanh_tich: 'Tốt', hinh_thuc: 'Giấy khen của phường' },
        { loai: 'Cá nhân', ten: 'Trần B', chuc_vu: 'Bí thư', thanh_tich: 'Tốt', hinh_thuc: forms[1] },
      ];
      expect(codes({ nominations: rows })).toEqual(['NOMINATION_KIND_INVALID', 'NOMINATION_FORM_INVALID', 'NOMINATION_KIND_MISSING']);
    });
  });
});

describe('the message catalogue', () => {
  test('every code has a Vietnamese message with diacritics that says what to do', () => {
    const sample = { label: 'X', section: 'I', title: 'T', period: 'Quý I', raw: 'r', value: 1, unit: 'người', min: 0, max: 1, otherLabel: 'Y', otherValue: 0, from: 'a', to: 'b', expectedFrom: 'c', expectedTo: 'd', date: 'e', today: 'f', kind: 'cá nhân', expected: 1, found: 0, row: 1, id: 'x', version: 1, count: 2, length: 3, minLength: 4, size: '1 MB', limit: '2 MB', detail: 'd', candidates: 'a; b', keptFile: 'k', keptDate: 'g', code: 'c', action: 'chèn mẫu', sheets: 'Số liệu', file: 'ds.xlsx', sheet: 'S', rows: 9, encoding: 'TCVN3', font: '.VnTime', sample: 'x', seconds: 30, what: 'mục', indicator: 'a', group: 'II', target: 't', part: 'mẫu số', field: 'nam', column: 'Mã', setting: 'Mã mẫu', known: '1, 2', path: 'indicators[0]', listed: 'a@1', versions: '1, 2', accepted: 'phiên bản 2', fileName: 'Tổng hợp.xlsx', total: '8.000.000', mention: 'năm 2024', quote: 'Năm 2024 đã ra mắt mô hình.', more: 0, other: 'Đảng ủy xã A', passage: 'Đã tổ chức học tập.', share: '90%', reason: 'tệp bị hỏng; đề nghị đơn vị lưu lại rồi gửi lại', first: 'Mục II.1 cần xác nhận', key: '0123456789abcdef', folder: 'D:\\Báo cáo', need: '1,5 MB', name: 'a?.xlsx', kept: 'a.xlsx', absent: 'b.docx' };
    for (const code of Object.keys(ISSUE_SEVERITY) as IssueCode[]) {
      const message = ISSUE_MESSAGES[code](sample);
      expect(message).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/);
      expect(message).not.toMatch(/undefined/);
      expect(message).toMatch(/[Đđ]ề nghị|[Nn]ên|[Dd]ùng|[Cc]họn|đã (dùng|đọc|hiểu)/);
    }
  });
});
