import type { ConsolidationRound, PreviousPeriod } from '../../core/consolidation/Consolidation';
import { defaultDeadline, type ReportingPeriod } from '../../core/period/ReportingPeriod';
import type { UnitRegistry } from '../../core/registry/UnitRegistry';
import { DEFAULT_BODY } from '../../core/round/roundDefaults';
import { completeDocument } from '../../core/round/roundDocument';
import { defaultRoundTemplate, olderVersionsOf } from '../../core/round/roundTemplates';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { IsoDate } from '../../core/text/calendarDate';
import type { OfficialDocument } from '../../core/workbook/OfficialDocument';
import { changesReading, decisionOf, type WordConfirmation, type WordDecision } from '../../core/wordReport/wordDecisions';

/**
 * A round as any door describes it: the command line's flags, a round file (--dot) and the
 * pane's form all come to this one model, and every default is decided once, in settleRound.
 */
export interface RoundSettings {
  period: ReportingPeriod;
  /** Default: the period's deadline (Nghị định 09/2019, moved off a weekend). */
  deadline?: IsoDate;
  /** A new date units are asked to send or correct by (reminders, and who is late for a correction). */
  resendBy?: IsoDate;
  /** The consolidating body. Default: the registry's owner, else DEFAULT_BODY. */
  body?: string;
  registry: UnitRegistry;
  /** Default: the newest known version of the built-in template. */
  template?: ReportTemplate;
  /** Other versions accepted too: those listed, or every older version of the round's template. */
  alsoAccept?: readonly ReportTemplate[] | 'older';
  includeInvalid?: boolean;
  /** Count a whole copy of another unit's report too (held out by default). */
  includeCopies?: boolean;
  dateBasis?: 'report' | 'received';
  previous?: PreviousPeriod;
  /** The nominations chosen to go up; the guidance's pre-marks when absent. */
  sendUp?: readonly string[];
  /** Word reports confirmed, by their content keys: as read, or with the office's decisions. */
  confirmedWord?: readonly WordConfirmation[];
  /** The report's header and signature as filled; the rest from the defaults. */
  document?: Partial<OfficialDocument>;
  /** Pages of body the report's synthesis is written for (12 when absent). */
  pages?: number;
}

/** What a round is settled against: the templates known to the door and today's date. */
export interface RoundContext {
  templates: readonly ReportTemplate[];
  today: IsoDate;
}

/** A round with every default filled in: what the service consolidates and writes from. */
export interface SettledRound extends RoundContext {
  round: ConsolidationRound;
  document: OfficialDocument;
  pages?: number;
  /** The Word reports whose reading the office changed (parts moved, blocks attached), applied before they are consolidated. */
  wordDecisions: readonly WordDecision[];
}

/** The consolidating body when the user has not named it: the registry's owner, else the default. */
export function roundBody(body: string | undefined, registry?: UnitRegistry): string {
  return body?.trim() || registry?.owner || DEFAULT_BODY;
}

/** The round's deadline: the one given, else the period's own (Nghị định 09/2019, moved off a weekend). */
export function roundDeadline(period: ReportingPeriod, deadline?: IsoDate): IsoDate {
  return deadline ?? defaultDeadline(period);
}

/** Fills every default of a round, once, for every door. */
export function settleRound(settings: RoundSettings, context: RoundContext): SettledRound {
  const template = settings.template ?? defaultRoundTemplate(context.templates);
  const body = roundBody(settings.body, settings.registry);
  const decisions = (settings.confirmedWord ?? []).map(decisionOf);
  const round: ConsolidationRound = {
    template,
    alsoAccept: settings.alsoAccept === 'older' ? olderVersionsOf(template, context.templates) : (settings.alsoAccept ?? []),
    period: settings.period,
    deadline: roundDeadline(settings.period, settings.deadline),
    resendBy: settings.resendBy,
    registry: settings.registry,
    body,
    includeInvalid: Boolean(settings.includeInvalid),
    includeCopies: Boolean(settings.includeCopies),
    dateBasis: settings.dateBasis ?? 'report',
    previous: settings.previous,
    sendUp: settings.sendUp,
    confirmedWord: decisions.map((d) => d.key),
  };
  return { ...context, round, document: completeDocument(body, context.today, settings.document), pages: settings.pages, wordDecisions: decisions.filter(changesReading) };
}
