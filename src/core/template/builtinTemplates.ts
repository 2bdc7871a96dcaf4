import hnKl01v1 from './definitions/hn-kl01.v1.json';
import { formatIssueWithPlace } from '../issues/issueMessages';
import { parseReportTemplate } from './parseReportTemplate';
import type { ReportTemplate } from './ReportTemplate';

function loadBuiltin(data: unknown): ReportTemplate {
  const result = parseReportTemplate(data);
  // A broken built-in definition is a bug in this repository, not a user's problem.
  if (!result.ok) throw new Error(`Built-in template is invalid: ${result.issues.map(formatIssueWithPlace).join(' ')}`);
  return result.template;
}

export const BUILTIN_TEMPLATES: readonly ReportTemplate[] = [loadBuiltin(hnKl01v1)];

export const DEFAULT_TEMPLATE: ReportTemplate = BUILTIN_TEMPLATES[0];

/** The definition for a template id, the given version or else the newest. */
export function findTemplate(
  id: string,
  version?: number,
  templates: readonly ReportTemplate[] = BUILTIN_TEMPLATES,
): ReportTemplate | undefined {
  const candidates = templates.filter((t) => t.id === id && (version === undefined || t.version === version));
  return candidates.sort((a, b) => b.version - a.version)[0];
}
