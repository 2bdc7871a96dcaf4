import { makePeriod } from '../../core/period/ReportingPeriod';
import type { SavedRoundSettings } from '../../core/round/SavedRoundSettings';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { chooseRoundTemplate } from './chooseRoundTemplate';
import type { RoundSettings } from './RoundSettings';

/**
 * The pane's form (kept with the document) as the round's settings; null while it has no list of
 * units. A saved template no longer known falls back to the default one, as the form shows.
 */
export function settingsFromSaved(saved: SavedRoundSettings, templates: readonly ReportTemplate[], choices: { sendUp?: readonly string[] } = {}): RoundSettings | null {
  if (!saved.registry) return null;
  const template = chooseRoundTemplate(templates, { key: saved.templateKey }) ?? chooseRoundTemplate(templates);
  return {
    period: makePeriod(saved.kind, saved.year),
    deadline: saved.deadline,
    body: saved.body,
    registry: saved.registry,
    template: template ?? undefined,
    alsoAccept: saved.acceptOlderVersions ? 'older' : [],
    includeCopies: saved.includeCopies,
    document: saved.document,
    pages: saved.pages,
    sendUp: choices.sendUp,
  };
}
