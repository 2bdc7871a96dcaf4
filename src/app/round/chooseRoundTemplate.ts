import { defaultRoundTemplate } from '../../core/round/roundTemplates';
import { findTemplate } from '../../core/template/builtinTemplates';
import type { ReportTemplate } from '../../core/template/ReportTemplate';

/**
 * The round's template, for both doors: the one named ("hn-kl01" for its newest version, or
 * "hn-kl01@1"), else the one the user opened by hand, else the newest built-in one. Null when the
 * name fits none of the templates known: the door says so in its own terms.
 */
export function chooseRoundTemplate(templates: readonly ReportTemplate[], choice: { key?: string; opened?: ReportTemplate } = {}): ReportTemplate | null {
  if (choice.key) {
    const [id, version] = choice.key.trim().split('@');
    return findTemplate(id, version ? Number(version) : undefined, templates) ?? null;
  }
  return choice.opened ?? defaultRoundTemplate(templates);
}
