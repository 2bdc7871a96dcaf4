import { isPeriodKind } from '../period/ReportingPeriod';
import type { IndicatorDef, ReportTemplate } from './ReportTemplate';

export type TemplateParseResult = { ok: true; template: ReportTemplate } | { ok: false; problems: string[] };

/**
 * Checks a template definition (parsed JSON) for shape and consistency: unique codes,
 * indicators pointing at existing sections, rules and ratios naming existing indicators.
 * Problems are written in Vietnamese for whoever authored the definition.
 */
export function parseReportTemplate(data: unknown): TemplateParseResult {
  const problems: string[] = [];
  if (!isObject(data)) return { ok: false, problems: ['Định nghĩa mẫu phải là một đối tượng JSON.'] };
  const t = data as Partial<ReportTemplate>;
  const need = (cond: boolean, message: string) => {
    if (!cond) problems.push(message);
  };
  need(typeof t.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(t.id), 'Mã mẫu (id) phải gồm chữ thường không dấu, số và dấu gạch ngang.');
  need(Number.isInteger(t.version) && (t.version as number) >= 1, 'Phiên bản (version) phải là số nguyên từ 1 trở lên.');
  need(typeof t.title === 'string' && t.title.length > 0, 'Thiếu tên mẫu (title).');
  need(Array.isArray(t.periodKinds) && t.periodKinds.every((k) => isPeriodKind(k)), 'Danh sách kỳ báo cáo (periodKinds) không hợp lệ.');
  need(Array.isArray(t.sections) && t.sections.length > 0, 'Mẫu phải có ít nhất một mục (sections).');
  need(Array.isArray(t.indicators), 'Thiếu danh sách chỉ tiêu (indicators).');
  need(Array.isArray(t.metadata), 'Thiếu các trường thông tin chung (metadata).');
  need(isObject(t.nominations), 'Thiếu bảng điển hình đề xuất (nominations).');
  if (problems.length > 0) return { ok: false, problems };

  const template = t as ReportTemplate;
  const sectionCodes = new Set<string>();
  for (const s of template.sections) {
    if (sectionCodes.has(s.code)) problems.push(`Mã mục "${s.code}" bị trùng.`);
    sectionCodes.add(s.code);
    if (s.group && !template.groups.some((g) => g.code === s.group)) problems.push(`Mục "${s.code}" thuộc nhóm "${s.group}" không có trong mẫu.`);
    if (!s.requiredFor.every((k) => isPeriodKind(k))) problems.push(`Mục "${s.code}" ghi kỳ báo cáo bắt buộc không hợp lệ.`);
  }
  const byCode = new Map<string, IndicatorDef>();
  for (const ind of template.indicators) {
    if (byCode.has(ind.code)) problems.push(`Mã chỉ tiêu "${ind.code}" bị trùng.`);
    if (!/^[a-z][a-z0-9_]*$/.test(ind.code)) problems.push(`Mã chỉ tiêu "${ind.code}" chỉ được gồm chữ thường không dấu, số và dấu gạch dưới.`);
    byCode.set(ind.code, ind);
    if (ind.section !== 'context' && !sectionCodes.has(ind.section)) problems.push(`Chỉ tiêu "${ind.code}" thuộc mục "${ind.section}" không có trong đề cương.`);
  }
  for (const ind of template.indicators) {
    if (ind.aggregation === 'sum') {
      if (ind.atMost && byCode.get(ind.atMost)?.aggregation !== 'sum') problems.push(`Chỉ tiêu "${ind.code}" so sánh với "${ind.atMost}", nhưng chỉ tiêu này không có hoặc không phải số đếm.`);
    } else if (ind.aggregation === 'ratio') {
      for (const part of [ind.numerator, ind.denominator]) {
        if (byCode.get(part)?.aggregation !== 'sum') problems.push(`Tỷ lệ "${ind.code}" cần chỉ tiêu số đếm "${part}", nhưng không có.`);
      }
    } else {
      problems.push(`Chỉ tiêu "${(ind as IndicatorDef).code}" có cách tổng hợp không hợp lệ.`);
    }
  }
  const metaCodes = new Set(template.metadata.map((m) => m.code));
  for (const required of ['don_vi', 'ky_bao_cao', 'nam', 'ngay_bao_cao']) {
    if (!metaCodes.has(required)) problems.push(`Thiếu trường thông tin chung bắt buộc "${required}".`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
