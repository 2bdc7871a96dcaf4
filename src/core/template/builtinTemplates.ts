import hnKl01v1 from './definitions/hn-kl01.v1.json';
import type { ReportTemplate } from './ReportTemplate';

/**
 * The definitions that ship with the add-in, as written. They are not put through the template
 * checker each time the program starts (its schema takes longer to build than a hundred reports
 * take to read): builtinTemplates.test.ts proves each one passes it unchanged.
 */
export const BUILTIN_DEFINITIONS: readonly unknown[] = [hnKl01v1];

function asTemplate(data: unknown): ReportTemplate {
  const template = { ...(data as ReportTemplate & { $schema?: string }) };
  delete template.$schema;
  return template;
}

export const BUILTIN_TEMPLATES: readonly ReportTemplate[] = BUILTIN_DEFINITIONS.map(asTemplate);

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
