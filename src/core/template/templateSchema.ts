import * as z from 'zod';
import { PERIOD_KINDS } from '../period/ReportingPeriod';
import type { ReportTemplate } from './ReportTemplate';

// The task pane's Content-Security-Policy forbids eval; zod must not try its compiled fast path.
z.config({ jitless: true });

/**
 * The shape of a template file: one JSON document per template version. This schema is the
 * single source: `schemas/report-template.schema.json` is generated from it (see
 * templateJsonSchema.test.ts), so editors can check a file while it is being written, and the
 * same rules run when a file is loaded. Rules across fields (unique codes, indicators naming
 * existing sections) are checked afterwards by checkTemplateRules.
 */
const periodKind = z.enum(PERIOD_KINDS).describe('Kỳ báo cáo: Q1…Q4 (quý), H1 (6 tháng), M9 (9 tháng), Y (năm), custom (khoảng tùy chọn).');
const text = z.string().trim().min(1);
const indicatorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .describe('Mã chỉ tiêu: chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.');

const headings = z.array(text).max(20).optional();

const section = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.]*$/).describe('Mã mục như trong đề cương, ví dụ "I", "II.1".'),
    title: text,
    group: z.string().optional().describe('Mã nhóm (phần) chứa mục, ví dụ "II".'),
    requiredFor: z.array(periodKind).describe('Các kỳ mà mục không được để trống.'),
    minLength: z.int().min(0).describe('Dưới số ký tự này, nội dung bị cảnh báo là quá ngắn.'),
    hint: z.string().optional().describe('Gợi ý nội dung, in dưới tên mục trong mẫu.'),
    headings: headings.describe('Cách các đơn vị thường đặt tên mục này trong báo cáo Word (theo đề cương), để nhận ra mục.'),
  })
  .strict();

const group = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.]*$/), title: text, headings: headings.describe('Cách các đơn vị thường đặt tên phần này trong báo cáo Word.') }).strict();

const indicatorBase = {
  code: indicatorCode,
  section: z.string().min(1).describe('Mã mục chứa chỉ tiêu, hoặc "context" cho số liệu về chính đơn vị.'),
  label: text,
  unit: z.string().describe('Đơn vị tính, ví dụ "người", "cuộc", "%".'),
  phrase: z.string().min(1).max(500).optional().describe('Câu mẫu trong báo cáo Word, {mã chỉ tiêu} là chỗ điền số, ví dụ "đã tổ chức {hn_quan_triet} hội nghị".'),
};

const countIndicator = z
  .object({
    ...indicatorBase,
    aggregation: z.literal('sum').describe('Số đếm: số nguyên, cộng lại khi tổng hợp.'),
    min: z.int().min(0),
    max: z.int().min(0).optional(),
    atMost: indicatorCode.optional().describe('Không được lớn hơn chỉ tiêu này.'),
    required: z.boolean().optional().describe('Để trống là lỗi (thay vì cảnh báo).'),
  })
  .strict();

const ratioIndicator = z
  .object({
    ...indicatorBase,
    aggregation: z.literal('ratio').describe('Tỷ lệ %: không nhập, tính lại từ tử số và mẫu số sau khi cộng.'),
    numerator: indicatorCode,
    denominator: indicatorCode,
    decimals: z.int().min(0).max(6),
  })
  .strict();

const nominations = z
  .object({
    title: text,
    kinds: z.array(text).min(1).describe('Danh sách chọn "loại" (ví dụ Tập thể, Cá nhân).'),
    forms: z.array(text).min(1).describe('Danh sách chọn "hình thức đề xuất".'),
    columns: z
      .array(
        z
          .object({
            code: indicatorCode,
            label: text,
            required: z.boolean(),
            choices: z.enum(['kinds', 'forms']).optional(),
            width: z.number().min(4).max(120),
          })
          .strict(),
      )
      .min(1),
    rows: z.int().min(1).max(200),
    expected: z.array(z.object({ kind: text, count: z.int().min(0) }).strict()),
  })
  .strict();

const metadataField = z
  .object({
    code: indicatorCode,
    label: text,
    type: z.enum(['unit', 'periodKind', 'year', 'date', 'text', 'phone', 'email']),
    required: z.boolean(),
  })
  .strict();

export const REPORT_TEMPLATE_SCHEMA = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('Mã mẫu: chữ thường không dấu, số và dấu gạch ngang; giữ nguyên qua các phiên bản.'),
    version: z.int().min(1).describe('Phiên bản: số nguyên, tăng mỗi khi đề cương hoặc chỉ tiêu thay đổi.'),
    title: text,
    basis: z.string().describe('Văn bản làm căn cứ (hướng dẫn kèm đề cương).'),
    issuer: text.describe('Cơ quan ban hành mẫu.'),
    published: z.iso.date().optional().describe('Ngày ban hành phiên bản, dạng YYYY-MM-DD.'),
    periodKinds: z.array(periodKind).min(1),
    groups: z.array(group),
    sections: z.array(section).min(1),
    indicators: z.array(z.discriminatedUnion('aggregation', [countIndicator, ratioIndicator])),
    nominations,
    metadata: z.array(metadataField).min(1),
  })
  .strict()
  .meta({ title: 'Mẫu báo cáo (Tổng hợp báo cáo)', description: 'Một phiên bản của một mẫu báo cáo: đề cương, chỉ tiêu, điển hình đề xuất và thông tin chung.' });

// Keeps the schema and the hand-written types in step: a drift fails to compile.
type SchemaOutput = z.output<typeof REPORT_TEMPLATE_SCHEMA>;
export const schemaMatchesType: [SchemaOutput extends ReportTemplate ? true : false, Omit<ReportTemplate, 'published'> extends Omit<SchemaOutput, 'published' | '$schema'> ? true : false] = [true, true];

/** The JSON Schema (draft 2020-12) for template files, derived from the schema above. */
export function templateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(REPORT_TEMPLATE_SCHEMA, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
