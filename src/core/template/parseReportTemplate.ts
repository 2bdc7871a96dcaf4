import { phrasePlaceholders } from './phrasePlaceholders';
import type * as z from 'zod';
import { makeIssue, type Issue } from '../issues/Issue';
import type { ReportTemplate } from './ReportTemplate';
import { REPORT_TEMPLATE_SCHEMA } from './templateSchema';

/** A template definition that loaded (perhaps with warnings), or every reason it did not. */
export type TemplateParseResult = { ok: true; template: ReportTemplate; issues: Issue[] } | { ok: false; issues: Issue[] };

/** The metadata fields the reader relies on to know who reported, for which period, when. */
export const REQUIRED_METADATA: Record<string, string> = {
  don_vi: 'Đơn vị báo cáo',
  ky_bao_cao: 'Kỳ báo cáo',
  nam: 'Năm',
  ngay_bao_cao: 'Ngày báo cáo',
};

/** Reads a template file's text: JSON, then the schema, then the rules across fields. */
export function parseReportTemplateText(text: string): TemplateParseResult {
  const json = parseJsonText(text);
  return 'error' in json ? { ok: false, issues: [makeIssue('DEF_NOT_JSON', {}, { detail: json.error })] } : parseReportTemplate(json.data);
}

/** JSON as files arrive: a byte-order mark dropped, NFC first (a Mac may save decomposed letters). */
export function parseJsonText(text: string): { data: unknown } | { error: string } {
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, '').normalize('NFC')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Checks parsed JSON against the template schema, then the rules across fields. */
export function parseReportTemplate(data: unknown): TemplateParseResult {
  const parsed = REPORT_TEMPLATE_SCHEMA.safeParse(data);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error.issues, data) };
  const template: ReportTemplate = { ...parsed.data };
  delete (template as { $schema?: string }).$schema;
  const issues = checkTemplateRules(template);
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, template, issues };
}

/** The schema's problems only (shape and formats), each with its JSON path. */
export function checkTemplateSchema(data: unknown): Issue[] {
  const parsed = REPORT_TEMPLATE_SCHEMA.safeParse(data);
  return parsed.success ? [] : schemaIssues(parsed.error.issues, data);
}

function schemaIssues(issues: readonly z.core.$ZodIssue[], data: unknown): Issue[] {
  return issues.map((i) => makeIssue('DEF_INVALID', { path: formatPath(i.path) }, { path: formatPath(i.path) || '(gốc)', detail: describeSchemaIssue(i, data) }));
}

/**
 * Rules a schema cannot express: unique codes, sections in existing parts, indicators in
 * existing sections, "≤" rules and ratios naming existing counts. Each issue carries the JSON
 * path of the offending value, so the author workbook can point at the cell it came from.
 */
export function checkTemplateRules(template: ReportTemplate): Issue[] {
  const issues: Issue[] = [];
  const at = (path: string) => ({ path });
  const duplicates = (items: readonly { code: string }[], prefix: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.code)) issues.push(makeIssue('DEF_DUPLICATE_CODE', at(`${prefix}[${i}].code`), { what, code: item.code }));
      seen.add(item.code);
    });
  };
  duplicates(template.groups, 'groups', 'phần');
  duplicates(template.sections, 'sections', 'mục');
  template.sections.forEach((s, i) => {
    if (template.groups.some((g) => g.code === s.code)) issues.push(makeIssue('DEF_DUPLICATE_CODE', at(`sections[${i}].code`), { what: 'mục', code: s.code }));
    if (s.group !== undefined && !template.groups.some((g) => g.code === s.group)) issues.push(makeIssue('DEF_UNKNOWN_GROUP', at(`sections[${i}].group`), { section: s.code, group: s.group }));
    for (const kind of s.requiredFor) {
      if (!template.periodKinds.includes(kind)) issues.push(makeIssue('DEF_PERIOD_KIND_NOT_OFFERED', at(`sections[${i}].requiredFor`), { section: s.code, kind }));
    }
  });

  duplicates(template.indicators, 'indicators', 'chỉ tiêu');
  const sectionCodes = new Set(template.sections.map((s) => s.code));
  const counts = new Set(template.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  const indicatorCodes = new Set(template.indicators.map((i) => i.code));
  template.indicators.forEach((ind, i) => {
    for (const target of phrasePlaceholders(ind.phrase ?? '')) {
      if (!indicatorCodes.has(target)) issues.push(makeIssue('DEF_PHRASE_UNKNOWN_INDICATOR', at(`indicators[${i}].phrase`), { indicator: ind.code, target }));
    }
    if (ind.section !== 'context' && !sectionCodes.has(ind.section)) issues.push(makeIssue('DEF_UNKNOWN_SECTION', at(`indicators[${i}].section`), { indicator: ind.code, section: ind.section }));
    if (ind.aggregation === 'sum') {
      if (ind.atMost !== undefined && (!counts.has(ind.atMost) || ind.atMost === ind.code)) {
        issues.push(makeIssue('DEF_RULE_UNKNOWN_INDICATOR', at(`indicators[${i}].atMost`), { indicator: ind.code, target: ind.atMost }));
      }
      if (ind.max !== undefined && ind.max < ind.min) issues.push(makeIssue('DEF_MIN_ABOVE_MAX', at(`indicators[${i}].max`), { indicator: ind.code, min: ind.min, max: ind.max }));
    } else {
      for (const [key, part] of [['numerator', 'tử số'], ['denominator', 'mẫu số']] as const) {
        const target = ind[key];
        if (!target) issues.push(makeIssue('DEF_RATIO_PART_MISSING', at(`indicators[${i}].${key}`), { indicator: ind.code, part }));
        else if (!counts.has(target)) issues.push(makeIssue('DEF_RATIO_PART_UNKNOWN', at(`indicators[${i}].${key}`), { indicator: ind.code, part, target }));
      }
    }
  });

  duplicates(template.metadata, 'metadata', 'trường thông tin chung');
  for (const [field, label] of Object.entries(REQUIRED_METADATA)) {
    if (!template.metadata.some((m) => m.code === field)) issues.push(makeIssue('DEF_METADATA_MISSING', at('metadata'), { field, label }));
  }
  duplicates(template.nominations.columns, 'nominations.columns', 'cột điển hình');
  template.nominations.expected.forEach((e, i) => {
    if (!template.nominations.kinds.includes(e.kind)) issues.push(makeIssue('DEF_EXPECTED_KIND_UNKNOWN', at(`nominations.expected[${i}].kind`), { kind: e.kind }));
  });
  return issues;
}

/** ["indicators", 3, "atMost"] → "indicators[3].atMost". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [...]',
  object: 'đối tượng {...}',
};

const FORMAT_HINTS: Record<string, string> = {
  id: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
  code: 'chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (mục: chữ, số và dấu chấm)',
  atMost: 'phải là mã một chỉ tiêu (chữ thường không dấu, số, dấu gạch dưới)',
  numerator: 'phải là mã một chỉ tiêu (chữ thường không dấu, số, dấu gạch dưới)',
  denominator: 'phải là mã một chỉ tiêu (chữ thường không dấu, số, dấu gạch dưới)',
  published: 'phải là ngày dạng YYYY-MM-DD',
};

/** A schema problem in plain Vietnamese (zod's own wording names JavaScript types). */
function describeSchemaIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined ? 'thiếu trường này' : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `cần ít nhất ${String(issue.minimum)} phần tử`;
      return `phải từ ${String(issue.minimum)} trở lên`;
    case 'too_big':
      return issue.origin === 'array' ? `có nhiều nhất ${String(issue.maximum)} phần tử` : `không được lớn hơn ${String(issue.maximum)}`;
    case 'invalid_format':
      return FORMAT_HINTS[String(last)] ?? 'sai định dạng';
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không dùng trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (có thể gõ sai tên trường)`;
    case 'invalid_union':
      return 'cách tổng hợp (aggregation) phải là "sum" (số đếm) hoặc "ratio" (tỷ lệ)';
    default:
      // zod's own wording is English; say it plainly instead.
      return 'giá trị không hợp lệ';
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
