import { Button, Field, ProgressBar, Text } from '@fluentui/react-components';
import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/reading/ReadFiles';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { copyText } from '../copyText';
import type { SavedRoundSettings, WorkbookHost } from '../host/WorkbookHost';
import { useRound } from '../round/useRound';
import { FilePicker } from './FilePicker';
import { Notice } from './Notice';
import { RoundResults } from './RoundResults';
import { RoundSettingsFields } from './RoundSettingsFields';
import { useStyles } from './useStyles';

export interface ConsolidateTabProps {
  host: WorkbookHost;
  settings: SavedRoundSettings;
  onSettings: (settings: SavedRoundSettings) => void;
  readFiles: ReadFiles<PickedFile>;
  library: TemplateLibrary;
  /** Puts text on the clipboard (the pane's copy buttons); the browser's by default. */
  copy?: (text: string) => Promise<boolean>;
}

/** Tổng hợp: the round's form, the files, then what the round service made of them. */
export function ConsolidateTab({ host, settings, onSettings, readFiles, library, copy = copyText }: ConsolidateTabProps) {
  const styles = useStyles();
  const round = useRound({ host, settings, onSettings, readFiles, templates: library.templates });
  const { files, skipped } = round.source;
  const { picked, progress, busy } = round;
  return (
    <div className={styles.stack}>
      <RoundSettingsFields host={host} settings={settings} onSettings={onSettings} templates={library.templates} round={round} />
      <FilePicker label="Chọn các tệp báo cáo của đơn vị" multiple onFiles={round.pick} testId="report-files" />
      {picked.length > 0 && <Text size={200}>{skipped.length === 0 ? `Đã chọn ${files.length} tệp.` : `Đã chọn ${picked.length} tệp: đọc ${files.length} tệp bảng tính, bỏ qua ${skipped.length} tệp (${skipped.map((s) => s.fileName).join(', ')}).`}</Text>}
      <Button appearance="primary" disabled={busy || files.length === 0 || !settings.registry || !round.deadline} onClick={() => void round.read()}>
        Đọc và kiểm tra {files.length > 0 ? `${files.length} tệp` : 'các tệp'}
      </Button>
      {progress && busy && (
        <Field validationMessage={`Đang đọc ${progress.done}/${progress.total} tệp…`} validationState="none">
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} aria-label="Tiến độ đọc tệp" />
        </Field>
      )}
      <Notice notice={round.notice} />
      {round.result && <RoundResults host={host} result={round.result} round={round} copy={copy} />}
    </div>
  );
}
