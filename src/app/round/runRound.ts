import { consolidateReports } from '../../core/consolidation/consolidateReports';
import type { Consolidation, SubmissionInput } from '../../core/consolidation/Consolidation';
import { compareWithPrevious } from '../../core/consolidation/compareWithPrevious';
import { buildCompilationDocument, compilationContentOf } from '../../core/document/buildCompilationDocument';
import { prepareReportDocument } from '../../core/document/buildReportDocument';
import { reportContentOf, type ReportContent } from '../../core/document/ReportContent';
import { synthesizeContent } from '../../core/document/synthesizeContent';
import type { DocumentSpec } from '../../core/document/DocumentSpec';
import { roundFeedback } from '../../core/reminders/buildFeedback';
import { buildReminderLetter } from '../../core/reminders/buildReminderLetter';
import { buildReminders, type Reminder } from '../../core/reminders/buildReminders';
import { partitionByName, type SkippedFile } from '../../core/round/folderEntries';
import type { IsoDate } from '../../core/text/calendarDate';
import { buildSummaryWorkbook } from '../../core/workbook/buildSummaryWorkbook';
import type { WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import type { ReadRequest } from '../checkFileBytes';
import type { ReadFiles } from '../reading/ReadFiles';
import { decideWordReports } from '../reading/decideWordReports';
import { settleRound, type RoundContext, type RoundSettings, type SettledRound } from './RoundSettings';

/** A round's files as a door found them: those to read, and every other entry with why it is not read. */
export interface RoundFiles<F> {
  files: readonly F[];
  skipped: readonly SkippedFile[];
}

/** The files of a round, read and checked, before any consolidation: kept while the office changes its choices. */
export interface RoundReading {
  inputs: SubmissionInput[];
  skipped: SkippedFile[];
}

/** A consolidated round and everything made from it, each output built when asked for. */
export interface RoundResult {
  settled: SettledRound;
  consolidation: Consolidation;
  /** The summary workbook. */
  summary(): WorkbookSpec;
  /** The Word report sent up, with how much of the units' texts it keeps. */
  report(): { spec: DocumentSpec };
  /** Its companion, "Trích báo cáo các đơn vị": every unit's full text, section by section. */
  compilation(): { spec: DocumentSpec };
  /** Whom to chase and what to tell each unit, as of the round's today. */
  reminders(resendBy?: IsoDate): Reminder[];
  /** The letter chasing reports; null when no unit needs one (only late units). */
  reminderLetter(resendBy?: IsoDate): DocumentSpec | null;
  /** What to tell each registered unit whose report has errors or warnings. */
  feedback(): { unitName: string; text: string }[];
}

/** What the reading threads are given for a round. */
export function readRequestOf(settled: SettledRound): ReadRequest {
  return {
    templates: [...settled.templates],
    today: settled.today,
    period: settled.round.period,
    registry: settled.round.registry,
    template: settled.round.template,
    decidedWord: settled.wordDecisions.map((d) => d.key),
  };
}

export async function readRound<F>(settled: SettledRound, source: RoundFiles<F>, read: ReadFiles<F>, onProgress: (done: number, total: number) => void = () => undefined): Promise<RoundReading> {
  const inputs = source.files.length === 0 ? [] : await read(source.files, readRequestOf(settled), onProgress);
  return { inputs, skipped: [...source.skipped] };
}

/** Consolidates what was read; cheap enough to run again when the office changes the nominations to send up. */
export function consolidateRound(settled: SettledRound, reading: RoundReading): RoundResult {
  // The office's decisions on Word reports first: the texts, figures and checks follow them.
  const decided = decideWordReports(settled.round, reading.inputs, settled.wordDecisions, settled.today);
  const consolidation = consolidateReports(decided.round, decided.inputs, reading.skipped);
  const { today, document } = settled;
  // The synthesis is made once: the summary's "Báo cáo tổng hợp" and the Word report say the same.
  let content: ReportContent | undefined;
  const synthesized = () => {
    if (!content) {
      const plain = reportContentOf(consolidation, compareWithPrevious(consolidation));
      content = { ...plain, synthesis: synthesizeContent(plain, { document, pages: settled.pages }).sections };
    }
    return content;
  };
  return {
    settled,
    consolidation,
    summary: () => buildSummaryWorkbook(consolidation, { generatedOn: today, document, synthesis: synthesized().synthesis }),
    report: () => prepareReportDocument(synthesized(), { document, pages: settled.pages }),
    compilation: () => ({ spec: buildCompilationDocument(compilationContentOf(consolidation), { document }) }),
    reminders: (resendBy) => buildReminders(consolidation, { today, document, resendBy }),
    reminderLetter: (resendBy) => (needsLetter(consolidation) ? buildReminderLetter(consolidation, { today, document, resendBy }) : null),
    feedback: () => roundFeedback(consolidation),
  };
}

/** The letter chases reports not sent or not valid; units only late need none. */
function needsLetter(c: Consolidation): boolean {
  return c.units.some((u) => u.status === 'missing' || u.status === 'invalid');
}

/** The whole round: settled, read, consolidated. */
export async function runRound<F>(settings: RoundSettings, context: RoundContext, source: RoundFiles<F>, read: ReadFiles<F>, onProgress?: (done: number, total: number) => void): Promise<RoundResult> {
  const settled = settleRound(settings, context);
  return consolidateRound(settled, await readRound(settled, source, read, onProgress));
}

/** Files picked or dropped together (a folder's contents bring Excel's lock files, scans, notes): those to read, and the rest listed with why. */
export function pickedRoundFiles<F extends { name: string }>(picked: readonly F[]): RoundFiles<F> {
  const { read, skipped } = partitionByName(picked);
  return { files: read, skipped };
}
