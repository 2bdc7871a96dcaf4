import type { Consolidation, ReceivedFile } from '../consolidation/Consolidation';
import { countBySeverity, type Issue } from '../issues/Issue';
import { SEVERITY_LABELS, formatIssueWithPlace } from '../issues/issueMessages';
import { labelPeriod, type ReportingPeriod } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { formatDate } from '../text/calendarDate';

/** Where an issue belongs in the đề cương: its section's heading, or the part of the template it is in. */
function groupOf(issue: Issue, template: ReportTemplate): { key: string; title: string; order: number } {
  const { section, field } = issue.location;
  const index = template.sections.findIndex((s) => s.code === section);
  if (index >= 0) {
    const s = template.sections[index];
    return { key: s.code, title: `Mục ${s.code}. ${s.title}`, order: 10 + index };
  }
  if (section === 'nominations') return { key: 'nominations', title: template.nominations.title, order: 1_000 };
  if (section === 'context') return { key: 'context', title: 'Số liệu về tình hình chung', order: 5 };
  if (field && template.metadata.some((m) => m.code === field)) return { key: 'metadata', title: 'Thông tin chung của báo cáo', order: 1 };
  return { key: 'file', title: 'Tệp báo cáo', order: 0 };
}

/** What feedback is built from: a received file, or a report checked on its own (kiem-tra). */
export type FeedbackSource = Pick<ReceivedFile, 'fileName' | 'unit' | 'unitName' | 'reportDate' | 'issues'>;

/**
 * What to send back to a unit about its report, in its own terms: for each part of the đề cương,
 * the sheet and cell, what is wrong and what to do (each message says it), errors first. Null
 * when the report has nothing to say about.
 */
export function buildFeedback(file: FeedbackSource, template: ReportTemplate, period?: ReportingPeriod): string | null {
  if (file.issues.length === 0) return null;
  const { errors, warnings } = countBySeverity(file.issues);
  const unitName = file.unit?.name ?? (file.unitName || file.fileName);
  const groups = new Map<string, { title: string; order: number; issues: Issue[] }>();
  for (const issue of file.issues) {
    const g = groupOf(issue, template);
    const group = groups.get(g.key) ?? { title: g.title, order: g.order, issues: [] };
    group.issues.push(issue);
    groups.set(g.key, group);
  }
  const outcome =
    errors > 0
      ? `Kết quả: ${errors} lỗi phải sửa${warnings > 0 ? `, ${warnings} cảnh báo nên xem lại` : ''}. Báo cáo chưa được tổng hợp; đề nghị đơn vị sửa các lỗi dưới đây trong chính tệp đã gửi rồi gửi lại.`
      : `Kết quả: báo cáo hợp lệ; có ${warnings} cảnh báo, đề nghị đơn vị xem lại và nếu cần thì gửi bản đã sửa.`;
  const lines = [
    'PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO',
    `Đơn vị: ${unitName}`,
    `Báo cáo: ${period ? `${labelPeriod(period)}, ` : ''}tệp "${file.fileName}"${file.reportDate ? `, ngày báo cáo ${formatDate(file.reportDate)}` : ''}`,
    outcome,
  ];
  let n = 0;
  for (const group of [...groups.values()].sort((a, b) => a.order - b.order)) {
    lines.push('', group.title);
    // Errors first: they stop the report from being counted.
    const ordered = [...group.issues.filter((i) => i.severity === 'error'), ...group.issues.filter((i) => i.severity === 'warning')];
    for (const issue of ordered) lines.push(`  ${++n}. [${SEVERITY_LABELS[issue.severity]}] ${formatIssueWithPlace(issue)}`);
  }
  return lines.join('\n');
}

/** The feedback of a round: one text for each registered unit whose report has errors or warnings, in registry order. */
export function roundFeedback(c: Consolidation): { unitName: string; text: string }[] {
  return c.units.flatMap((u) => {
    const text = u.file ? buildFeedback({ ...u.file, unit: u.unit }, u.file.report?.template ?? c.round.template, c.round.period) : null;
    return text ? [{ unitName: u.unit.name, text }] : [];
  });
}
