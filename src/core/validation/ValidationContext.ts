import type { ReportingPeriod } from '../period/ReportingPeriod';
import type { UnitMatcher, UnitRegistry } from '../registry/UnitRegistry';
import type { IsoDate } from '../text/calendarDate';

/** What a submission is checked against besides its template: the day, the round, the registry. */
export interface ValidationContext {
  /** Today's date from an injected clock, never from `new Date()` here. */
  today: IsoDate;
  /** The round's period; without it, a report is checked on its own terms. */
  period?: ReportingPeriod;
  registry?: UnitRegistry;
  /** Pass one matcher when checking many files against the same registry. */
  matcher?: UnitMatcher;
}
