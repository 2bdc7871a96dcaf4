import { DEFAULT_TEMPLATE, findTemplate } from '../template/builtinTemplates';
import type { ReportTemplate } from '../template/ReportTemplate';

/** The round's template when none is chosen: the newest known version of the built-in one. */
export function defaultRoundTemplate(templates: readonly ReportTemplate[]): ReportTemplate {
  return findTemplate(DEFAULT_TEMPLATE.id, undefined, templates) ?? DEFAULT_TEMPLATE;
}

/** Older versions of the round's template among those known, oldest first: what a round may also accept. */
export function olderVersionsOf(template: ReportTemplate, templates: readonly ReportTemplate[]): ReportTemplate[] {
  return templates.filter((t) => t.id === template.id && t.version < template.version).sort((a, b) => a.version - b.version);
}
