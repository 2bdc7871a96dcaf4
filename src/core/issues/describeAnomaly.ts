import type { Issue, IssueCode } from './Issue';

/** What a copy or a stale mention is called in a line of a table (the full message says what to do). */
const ANOMALY_LABELS: Partial<Record<IssueCode, (p: Issue['params'], section: string) => string>> = {
  COPY_WHOLE_REPORT: (p) => `Trùng toàn bộ với báo cáo của ${p.other}, chưa cộng`,
  COPY_WHOLE_REPORT_COUNTED: (p) => `Trùng toàn bộ với báo cáo của ${p.other}, vẫn cộng`,
  COPY_SECTION: (p, s) => `Mục ${s} trùng ${p.share} với báo cáo của ${p.other}`,
  COPY_FIGURES: (p) => `Số liệu giống hệt ${p.other}`,
  COPY_NAMES_OTHER_UNIT: (p, s) => `Mục ${s} viết về ${p.other} như chính mình`,
  COPY_NOMINATIONS: (p) => `Điển hình trùng với ${p.other}`,
  COPY_PREVIOUS_PERIOD: (p, s) => `Mục ${s} chép lại báo cáo ${p.period}`,
  COPY_GUIDELINE: (_, s) => `Mục ${s} chỉ chép lời đề cương`,
  TEXT_STALE_REFERENCE: (p, s) => `Mục ${s} nhắc đến ${p.mention}`,
};

/** A short line for a copy or a mention of another period, shown under the unit; null for any other issue. */
export function describeAnomaly(issue: Issue): string | null {
  const label = ANOMALY_LABELS[issue.code];
  return label ? label(issue.params, issue.location.section ?? '') : null;
}
