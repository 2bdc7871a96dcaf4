import fs from 'node:fs';
import path from 'node:path';
import type { SubmissionInput } from '../../src/core/consolidation/Consolidation';
import { makeIssue, type IssueCode } from '../../src/core/issues/Issue';
import type { OfficialDocument } from '../../src/core/workbook/OfficialDocument';
import { makePeriod, PERIOD_KIND_LABELS, type ReportingPeriod } from '../../src/core/period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../../src/core/registry/UnitRegistry';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import type { ReportTemplate } from '../../src/core/template/ReportTemplate';
import { parseReportTemplateText } from '../../src/core/template/parseReportTemplate';
import { isoDateToSerial, type IsoDate } from '../../src/core/text/calendarDate';
import type { CheckedReport } from '../../src/core/validation/CheckedReport';
import { computeRatio } from '../../src/core/validation/validateSubmission';
import type { ExtractedSubmission, FoundValue } from '../../src/core/workbook/extractSubmission';
import type { CellValue } from '../../src/core/workbook/WorkbookGrid';

export const TEMPLATE = DEFAULT_TEMPLATE;
export const PERIOD_H1_2026: ReportingPeriod = makePeriod('H1', 2026);

export function makeRegistry(n: number, prefix = 'DV'): UnitRegistry {
  return {
    units: Array.from({ length: n }, (_, i) => ({ code: `${prefix}${String(i + 1).padStart(2, '0')}`, name: `Đảng ủy phường Số ${i + 1}`, kind: 'Đảng ủy phường' })),
  };
}

const LONG_TEXT = 'Đảng ủy đã quán triệt đầy đủ, tổ chức thực hiện nghiêm túc và có nhiều cách làm sáng tạo, được cán bộ, đảng viên và nhân dân đồng tình ủng hộ; kết quả cụ thể được nêu trong các phần dưới đây của báo cáo này. '.repeat(2);

/** Valid figures: every count present, each within the rules. */
export function validFigures(members = 1000): Record<string, number> {
  const values: Record<string, number> = {};
  for (const ind of TEMPLATE.indicators) if (ind.aggregation === 'sum') values[ind.code] = 5;
  return { ...values, tong_dang_vien: members, dv_hoc_tap: Math.floor(members * 0.9), dv_cam_ket: Math.floor(members * 0.8), dv_ktgs: 10 };
}

export interface ExtractedOptions {
  template?: ReportTemplate;
  metadata?: Record<string, CellValue>;
  sections?: Record<string, CellValue>;
  indicators?: Record<string, CellValue>;
  nominations?: Record<string, CellValue>[];
  period?: ReportingPeriod;
  date1904?: boolean;
}

let fakeRow = 0;
const at = (sheet: string, value: CellValue): FoundValue => ({ raw: value, cell: { sheet, row: fakeRow++, col: 3 } });

/** A submission as read from a file: by default a complete, valid H1 2026 report. */
export function makeExtracted(options: ExtractedOptions = {}): ExtractedSubmission {
  const template = options.template ?? TEMPLATE;
  const period = options.period ?? PERIOD_H1_2026;
  const metadata: Record<string, CellValue> = {
    don_vi: 'Đảng ủy phường Số 1',
    ky_bao_cao: PERIOD_KIND_LABELS[period.kind],
    nam: period.year,
    tu_ngay: isoDateToSerial(period.from),
    den_ngay: isoDateToSerial(period.to),
    so_ky_hieu: '12-BC/ĐU',
    ngay_bao_cao: isoDateToSerial('2026-06-18'),
    nguoi_lap: 'Nguyễn Văn An',
    dien_thoai: '0912 345 678',
    email: 'tuyengiao@example.vn',
    ...options.metadata,
  };
  const sections: Record<string, CellValue> = {};
  for (const s of template.sections) sections[s.code] = LONG_TEXT;
  Object.assign(sections, options.sections);
  const indicators: Record<string, CellValue> = { ...validFigures(), ...options.indicators };
  const nominations = options.nominations ?? [
    { loai: 'Tập thể', ten: 'Chi bộ Tổ dân phố số 3', chuc_vu: 'Chi bộ khu dân cư', thanh_tich: 'Giữ vững mô hình tự quản', hinh_thuc: template.nominations.forms[0], ghi_chu: null },
    { loai: 'Cá nhân', ten: 'Lê Thị Mai', chuc_vu: 'Bí thư chi bộ', thanh_tich: 'Gương mẫu, tận tụy', hinh_thuc: template.nominations.forms[2], ghi_chu: null },
  ];
  const mapAll = (sheet: string, rec: Record<string, CellValue>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, at(sheet, v)]));
  const rows = Array.from({ length: template.nominations.rows }, (_, r) => {
    const given = nominations[r] ?? {};
    return Object.fromEntries(template.nominations.columns.map((c) => [c.code, at('Điển hình', given[c.code] ?? null)]));
  });
  return {
    template,
    metadata: mapAll('Thông tin chung', metadata),
    sections: mapAll('Nội dung', sections),
    indicators: mapAll('Số liệu', indicators),
    nominations: rows,
    date1904: options.date1904 ?? false,
  };
}

export interface ReportOptions {
  template?: ReportTemplate;
  unit?: Unit;
  unitName?: string;
  reportDate?: IsoDate;
  values?: Record<string, number | null>;
  text?: Record<string, string>;
  errors?: IssueCode[];
  warnings?: IssueCode[];
  nominations?: { kind: string; name: string }[];
}

/** A checked report, as consolidation receives it. */
export function makeReport(options: ReportOptions = {}): CheckedReport {
  const template = options.template ?? TEMPLATE;
  const values: Record<string, number | null> = {};
  const defaults = validFigures();
  for (const ind of template.indicators) if (ind.aggregation === 'sum') values[ind.code] = defaults[ind.code] ?? 5;
  Object.assign(values, options.values);
  const ratios: Record<string, number | null> = {};
  for (const ind of template.indicators) {
    if (ind.aggregation === 'ratio') ratios[ind.code] = computeRatio(values[ind.numerator], values[ind.denominator], ind.decimals);
  }
  return {
    template,
    unitName: options.unitName ?? options.unit?.name ?? '',
    unit: options.unit,
    periodKind: 'H1',
    year: 2026,
    from: PERIOD_H1_2026.from,
    to: PERIOD_H1_2026.to,
    reportDate: options.reportDate ?? '2026-06-18',
    text: options.text ?? { I: `Nội dung mục I của ${options.unit?.name ?? 'đơn vị'}.` },
    values,
    ratios,
    nominations: (options.nominations ?? []).map((n, row) => ({ row, kind: n.kind, values: { loai: n.kind, ten: n.name } })),
    cells: {},
    issues: [...(options.errors ?? []).map((c) => makeIssue(c)), ...(options.warnings ?? []).map((c) => makeIssue(c))],
  };
}

export function makeInput(fileName: string, options: ReportOptions = {}, receivedOn?: IsoDate): SubmissionInput {
  return { fileName, receivedOn, report: makeReport(options) };
}

/** A template file from tests/fixtures, checked as any loaded file is. */
export function loadFixtureTemplate(relativePath: string): ReportTemplate {
  const result = parseReportTemplateText(fs.readFileSync(path.join(__dirname, '..', 'fixtures', relativePath), 'utf8'));
  if (!result.ok) throw new Error(`Fixture template ${relativePath} is invalid: ${JSON.stringify(result.issues)}`);
  return result.template;
}

/** Version 2 of the Hà Nội template as test data: adds chi bộ figures and section II.7, drops hoat_dong_tt. */
export const TEMPLATE_V2 = loadFixtureTemplate('catalogue/hn-kl01.v2.json');

/** A Party document's header and signature as an office fills them in: the committee above, a deputy signing for the head. */
export function makeOfficialDocument(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    bodyAbove: 'Tỉnh ủy Mẫu',
    issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    number: '12-BC/BTGDVTU',
    place: 'Tân An',
    date: '2026-07-06',
    recipients: ['Ban Tuyên giáo và Dân vận Trung ương (để báo cáo)', 'Thường trực Tỉnh ủy (để báo cáo)', 'Lưu Văn phòng'],
    issuerKind: 'department',
    signer: 'deputy',
    signerName: 'Nguyễn Văn Ký',
    ...overrides,
  };
}
