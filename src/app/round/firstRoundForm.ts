import { defaultDeadline, makePeriod, type PeriodKind } from '../../core/period/ReportingPeriod';
import { DEFAULT_BODY } from '../../core/round/roundDefaults';
import type { SavedRoundSettings } from '../../core/round/SavedRoundSettings';
import { splitIsoDate, type IsoDate } from '../../core/text/calendarDate';

/** A sensible first round for a form with nothing saved: the quarter that has just closed. */
export function firstRoundForm(today: IsoDate): SavedRoundSettings {
  const { year, month } = splitIsoDate(today);
  const quarter = Math.floor((month - 1) / 3);
  const kind: PeriodKind = quarter === 0 ? 'Q4' : (['Q1', 'Q2', 'Q3'] as const)[quarter - 1];
  const y = quarter === 0 ? year - 1 : year;
  return { kind, year: y, deadline: defaultDeadline(makePeriod(kind, y)), body: DEFAULT_BODY };
}
