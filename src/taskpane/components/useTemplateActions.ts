import { useState } from 'react';
import { labelPeriod, type ReportingPeriod } from '../../core/period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../../core/registry/UnitRegistry';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { IsoDate } from '../../core/text/calendarDate';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import type { WorkbookHost } from '../host/WorkbookHost';
import { openOrDownload } from '../host/openOrDownload';
import { deliverFile } from '../host/deliverFile';
import { loadWorkbookWriter } from '../loadWriters';
import { noticeFromFailure, noticeFromIssue, type NoticeState } from './Notice';

export type TemplateAction = 'download' | 'new' | 'insert' | 'rename';

export interface TemplateRequest {
  template: ReportTemplate;
  period: ReportingPeriod | undefined;
  registry?: UnitRegistry;
  unit?: Unit;
  deadline?: IsoDate;
  recipient?: string;
  fileName: string;
}

/**
 * What the template tab does with the template it shows: download it, open it as a new
 * workbook, or insert its sheets (offering a rename when names clash), with the state the
 * tab shows meanwhile.
 */
export function useTemplateActions(host: WorkbookHost, request: TemplateRequest) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [pendingRename, setPendingRename] = useState(false);
  const { template, period, unit, deadline, fileName } = request;
  const { excel } = host;
  const act = async (what: TemplateAction) => {
    if (!period) return;
    setBusy(true);
    setNotice(null);
    setPendingRename(false);
    try {
      const spec = buildTemplateWorkbook(template, { period, registry: request.registry, unit, deadline, recipient: request.recipient });
      const { writeWorkbook } = await loadWorkbookWriter();
      if (what === 'download') {
        setNotice(await deliverFile(host, { fileName, bytes: await writeWorkbook(spec), what: 'Mẫu báo cáo' }));
      } else if (!excel) {
        return;
      } else if (what === 'new') {
        const outcome = await openOrDownload(host, excel, { fileName, bytes: await writeWorkbook(spec), what: 'Mẫu báo cáo' });
        setNotice(outcome.opened ? { intent: 'success', text: 'Đã mở mẫu báo cáo trong một sổ làm việc mới.' } : noticeFromIssue(outcome.issue));
      } else {
        const outcome = await excel.insertSheets(spec, what === 'rename' ? 'rename' : 'refuse');
        if (!outcome.ok) setNotice(noticeFromIssue(outcome.issue));
        else if (!outcome.value.inserted) {
          setPendingRename(true);
          setNotice({ intent: 'warning', title: 'Đã có trang tính trùng tên', text: `Sổ làm việc đã có: ${outcome.value.existing.join(', ')}. Không ghi đè. Có thể chèn với tên mới, hoặc mở thành sổ làm việc mới.` });
        } else setNotice({ intent: 'success', text: `Đã chèn ${outcome.value.sheetNames.length} trang tính của mẫu ${labelPeriod(period)}.` });
      }
    } catch (error) {
      setNotice(noticeFromFailure(what === 'download' ? 'tạo tệp mẫu' : 'đưa mẫu vào Excel', error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, pendingRename, act };
}
