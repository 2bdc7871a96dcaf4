import { compareVietnamese } from '../text/compareVietnamese';
import type { ReportTemplate } from './ReportTemplate';
import { templateKey } from './templateKey';

/** Where a template the user can pick came from. */
export type TemplateSource = 'builtin' | 'catalogue' | 'file';

export interface AvailableTemplate {
  template: ReportTemplate;
  source: TemplateSource;
  /** The file it was read from (catalogue entry or picked file). */
  file?: string;
}

/**
 * Every template the user can pick, one per id and version (built-in first, then the catalogue,
 * then files opened by hand), ordered by title and then newest version first.
 */
export function mergeAvailableTemplates(...groups: readonly (readonly AvailableTemplate[])[]): AvailableTemplate[] {
  const seen = new Set<string>();
  const merged: AvailableTemplate[] = [];
  for (const group of groups) {
    for (const t of group) {
      const key = templateKey(t.template);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(t);
    }
  }
  return merged.sort((a, b) => compareVietnamese(a.template.id, b.template.id) || b.template.version - a.template.version);
}
