import { Button, Text } from '@fluentui/react-components';
import type { RoundResult } from '../../app/round/runRound';
import { describeDifferences } from '../../core/workbook/buildSummaryWorkbook';
import type { WorkbookHost } from '../host/WorkbookHost';
import type { useRound } from '../round/useRound';
import { NominationsChecklist } from './NominationsChecklist';
import { RemindersPanel } from './RemindersPanel';
import { StatusCounts, StatusTable } from './StatusTable';
import { useStyles } from './useStyles';
import { WordConfirmations } from './WordConfirmations';

export interface RoundResultsProps {
  host: WorkbookHost;
  result: RoundResult;
  round: ReturnType<typeof useRound>;
  copy: (text: string) => Promise<boolean>;
}

/** A consolidated round: counts, versions, the proposals to send up, the outputs, the status of each unit, whom to chase. */
export function RoundResults({ host, result, round, copy }: RoundResultsProps) {
  const styles = useStyles();
  const c = result.consolidation;
  const { busy, deliver } = round;
  return (
    <>
      <StatusCounts c={c} />
      {c.versions.length > 1 && (
        <Text size={200} data-testid="versions">
          {`Phiên bản mẫu: ${c.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')}. ${describeDifferences(c).join(' ')}`}
        </Text>
      )}
      <NominationsChecklist nominations={c.nominations} template={c.round.template} onChange={round.setSendUp} />
      <div className={styles.row}>
        {host.excel && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void deliver.summary('new')}>
              Tạo bảng tổng hợp (sổ làm việc mới)
            </Button>
            <Button disabled={busy} onClick={() => void deliver.summary('insert')}>
              Chèn vào sổ làm việc này
            </Button>
          </>
        )}
        <Button appearance={host.excel ? 'secondary' : 'primary'} disabled={busy} onClick={() => void deliver.summary('download')}>
          {host.excel ? 'Tải tệp .xlsx' : 'Tạo bảng tổng hợp (.xlsx)'}
        </Button>
        <Button disabled={busy} onClick={() => void deliver.report()}>
          Tải báo cáo Word (.docx)
        </Button>
        <Button disabled={busy} title="Toàn văn báo cáo của các đơn vị theo từng mục, kèm theo báo cáo tổng hợp" onClick={() => void deliver.compilation()}>
          Trích báo cáo các đơn vị (.docx)
        </Button>
      </div>
      <WordConfirmations c={c} onConfirm={round.confirmWord} />
      <StatusTable c={c} />
      <RemindersPanel reminders={round.reminders} feedback={round.feedback} copy={copy} onLetter={() => void deliver.letter()} busy={busy} />
    </>
  );
}
