import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { countBySeverity, type Issue } from '../../core/issues/Issue';
import type { UnitRegistry } from '../../core/registry/UnitRegistry';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { checkSubmissionGrid, type GridCheckResult } from '../../core/validation/checkSubmissionGrid';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { checkFileBytes, type PickedFile } from '../../app/checkFileBytes';
import { readWorkbookGrid } from '../../adapters/sheetjs/readWorkbookGrid';
import type { ExcelOperations, WorkbookHost } from '../host/WorkbookHost';
import { FilePicker } from './FilePicker';
import { IssueList } from './IssueList';
import { Notice, noticeFromIssue, type NoticeState } from './Notice';
import { useStyles } from './useStyles';

interface CheckResult {
  source: string;
  unitName: string;
  template?: ReportTemplate;
  issues: Issue[];
}

export function CheckTab(props: { host: WorkbookHost; registry?: UnitRegistry; templates: readonly ReportTemplate[] }) {
  const styles = useStyles();
  const { host } = props;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [lastFile, setLastFile] = useState<PickedFile | null>(null);
  const { excel } = host;

  const show = (checked: GridCheckResult, source: string) =>
    setResult('report' in checked ? { source, unitName: checked.report.unitName, template: checked.report.template, issues: checked.report.issues } : { source, unitName: '', issues: checked.failure });
  const context = () => ({ today: host.today(), registry: props.registry });
  const checkGrid = (grid: WorkbookGrid, source: string) => show(checkSubmissionGrid(grid, props.templates, context()), source);

  const checkOpenWorkbook = async (excel: ExcelOperations) => {
    setBusy(true);
    setNotice(null);
    const outcome = await excel.readOpenWorkbook();
    setBusy(false);
    if (!outcome.ok) return setNotice(noticeFromIssue(outcome.issue));
    checkGrid(outcome.value, 'Sổ làm việc đang mở');
  };

  const checkFile = (file: PickedFile) => {
    setLastFile(file);
    setNotice(null);
    show(checkFileBytes(readWorkbookGrid, file.bytes, props.templates, context()), file.name);
  };

  const counts = result ? countBySeverity(result.issues) : null;
  return (
    <div className={styles.stack}>
      {excel ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void checkOpenWorkbook(excel)}>
            {result ? 'Kiểm tra lại' : 'Kiểm tra sổ làm việc đang mở'}
          </Button>
          {busy && <Spinner size="tiny" label="Đang đọc…" />}
        </div>
      ) : (
        <>
          <FilePicker label="Chọn tệp báo cáo để kiểm tra" onFiles={(files) => checkFile(files[0])} testId="check-file" />
          {lastFile && result && (
            <Button onClick={() => checkFile(lastFile)}>Kiểm tra lại</Button>
          )}
        </>
      )}
      <Notice notice={notice} />
      {result && counts && (
        <>
          <Text size={200} className={styles.muted}>
            {result.source}
            {result.unitName ? ` — ${result.unitName}` : ''}: {counts.errors} lỗi, {counts.warnings} cảnh báo.
          </Text>
          {counts.errors === 0 ? (
            <Notice notice={{ intent: 'success', title: 'Sẵn sàng gửi', text: counts.warnings > 0 ? 'Không có lỗi; nên xem lại các cảnh báo dưới đây trước khi gửi.' : 'Không có lỗi hay cảnh báo nào.' }} />
          ) : (
            <Notice notice={{ intent: 'error', title: 'Chưa thể gửi', text: 'Báo cáo còn lỗi; sửa các ô được nêu dưới đây rồi kiểm tra lại.' }} />
          )}
          <IssueList issues={result.issues} template={result.template} onSelect={excel ? (cell) => void excel.selectCell(cell).then((o) => !o.ok && setNotice(noticeFromIssue(o.issue))) : undefined} />
        </>
      )}
    </div>
  );
}
