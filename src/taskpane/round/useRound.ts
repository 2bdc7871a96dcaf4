import { useMemo, useState } from 'react';
import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/reading/ReadFiles';
import { chooseRoundTemplate } from '../../app/round/chooseRoundTemplate';
import { settleRound } from '../../app/round/RoundSettings';
import { consolidateRound, pickedRoundFiles, readRound, type RoundReading } from '../../app/round/runRound';
import { settingsFromSaved } from '../../app/round/settingsFromSaved';
import { olderVersionsOf } from '../../core/round/roundTemplates';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { formatDate, parseDateLike } from '../../core/text/calendarDate';
import { mergeConfirmations, type WordDecision } from '../../core/wordReport/wordDecisions';
import type { SavedRoundSettings, WorkbookHost } from '../host/WorkbookHost';
import { deliverCompilation, deliverLetter, deliverReport, deliverSummary, type SummaryTarget } from './roundOutputs';
import { useTask } from './useTask';

export interface UseRoundOptions {
  host: WorkbookHost;
  settings: SavedRoundSettings;
  onSettings: (settings: SavedRoundSettings) => void;
  readFiles: ReadFiles<PickedFile>;
  templates: readonly ReportTemplate[];
}

/**
 * The Tổng hợp tab's round, through the round service: the form settled into a round, the picked
 * files read once, the consolidation made again whenever a setting or a choice changes, and the
 * outputs handed over. Components only show it.
 */
export function useRound({ host, settings, onSettings, readFiles, templates }: UseRoundOptions) {
  const [deadlineText, setDeadlineText] = useState(formatDate(settings.deadline));
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const source = useMemo(() => pickedRoundFiles(picked), [picked]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [reading, setReading] = useState<RoundReading | null>(null);
  // The proposals the user chose to send up; null keeps the pre-marks.
  const [sendUp, setSendUp] = useState<string[] | null>(null);
  const task = useTask();

  const deadline = parseDateLike(deadlineText);
  const template = chooseRoundTemplate(templates, { key: settings.templateKey }) ?? chooseRoundTemplate(templates);
  const settled = useMemo(() => {
    const round = deadline ? settingsFromSaved({ ...settings, deadline }, templates, { sendUp: sendUp ?? undefined }) : null;
    return round ? settleRound(round, { templates, today: host.today() }) : null;
  }, [settings, deadline, templates, sendUp, host]);
  const result = useMemo(() => (settled && reading ? consolidateRound(settled, reading) : null), [settled, reading]);
  // Whom to chase and what to tell each unit, as of today: texts only, the pane sends nothing.
  const reminders = useMemo(() => result?.reminders() ?? [], [result]);
  const feedback = useMemo(() => result?.feedback() ?? [], [result]);

  // A Word report confirmed, as read or with parts moved and blocks attached: kept with the round by
  // its content key, counted at once (the reading kept with the report is decided again, no file read).
  const confirmWord = (decision: WordDecision) => onSettings({ ...settings, confirmedWord: mergeConfirmations(settings.confirmedWord ?? [], decision) });
  const update = (patch: Partial<SavedRoundSettings>) => {
    setReading(null);
    onSettings({ ...settings, ...patch });
  };
  const pick = (files: PickedFile[]) => {
    setPicked(files);
    setReading(null);
  };
  const read = () =>
    task.run('đọc các tệp', async () => {
      if (!settled) return null;
      setReading(null);
      setProgress({ done: 0, total: source.files.length });
      onSettings({ ...settings, deadline: settled.round.deadline });
      try {
        setReading(await readRound(settled, source, readFiles, (done, total) => setProgress({ done, total })));
        setSendUp(null);
        return null;
      } catch (error) {
        return { intent: 'error', text: `Không đọc được các tệp (${error instanceof Error ? error.message : String(error)}). Đề nghị thử lại với ít tệp hơn.` };
      }
    });
  const deliver = {
    summary: (where: SummaryTarget) => result && task.run('lập bảng tổng hợp', () => deliverSummary(result, host, where)),
    report: () => result && task.run('viết báo cáo Word', () => deliverReport(result, host)),
    compilation: () => result && task.run('viết trích báo cáo các đơn vị', () => deliverCompilation(result, host)),
    letter: () => result && task.run('viết công văn đôn đốc', () => deliverLetter(result, host)),
  };
  return {
    ...task,
    deadlineText,
    setDeadlineText,
    deadline,
    template: template ?? templates[0],
    olderVersions: template ? olderVersionsOf(template, templates) : [],
    picked,
    source,
    pick,
    progress,
    read,
    result,
    reminders,
    feedback,
    setSendUp,
    update,
    confirmWord,
    deliver,
  };
}
