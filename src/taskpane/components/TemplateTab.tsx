import { Button, Combobox, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { writeWorkbook } from '../../adapters/exceljs/writeWorkbook';
import { defaultDeadline, labelPeriod, makePeriod, type PeriodKind } from '../../core/period/ReportingPeriod';
import type { UnitRegistry } from '../../core/registry/UnitRegistry';
import { BUILTIN_TEMPLATES } from '../../core/template/builtinTemplates';
import { formatDate } from '../../core/text/calendarDate';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import type { WorkbookHost } from '../host/WorkbookHost';
import { Notice, noticeFromIssue, type NoticeState } from './Notice';
import { PeriodFields } from './PeriodFields';
import { useStyles } from './useStyles';

export interface TemplateTabProps {
  host: WorkbookHost;
  registry?: UnitRegistry;
  initialKind: PeriodKind;
  initialYear: number;
  /** The round's deadline when the same period is being collected; else the default one. */
  deadlineFor: (kind: PeriodKind, year: number) => string | undefined;
  recipient?: string;
}

export function TemplateTab(props: TemplateTabProps) {
  const styles = useStyles();
  const { host } = props;
  const [templateKey, setTemplateKey] = useState(`${BUILTIN_TEMPLATES[0].id}@${BUILTIN_TEMPLATES[0].version}`);
  const [kind, setKind] = useState<PeriodKind>(props.initialKind);
  const [year, setYear] = useState(props.initialYear);
  const [unitCode, setUnitCode] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [pendingRename, setPendingRename] = useState(false);

  const template = BUILTIN_TEMPLATES.find((t) => `${t.id}@${t.version}` === templateKey) ?? BUILTIN_TEMPLATES[0];
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const period = validYear ? makePeriod(kind, year) : undefined;
  const deadline = period ? (props.deadlineFor(kind, year) ?? defaultDeadline(period)) : undefined;
  const unit = props.registry?.units.find((u) => u.code === unitCode);
  const fileName = period ? `Mẫu báo cáo ${labelPeriod(period).replace(/\//g, '-')}${unit ? ` - ${unit.name}` : ''}.xlsx` : '';

  const buildSpec = () => buildTemplateWorkbook(template, { period: period!, registry: props.registry, unit, deadline, recipient: props.recipient });

  const act = async (what: 'download' | 'new' | 'insert' | 'rename') => {
    if (!period) return;
    setBusy(true);
    setNotice(null);
    setPendingRename(false);
    try {
      const spec = buildSpec();
      if (what === 'download') {
        host.download(fileName, await writeWorkbook(spec));
        setNotice({ intent: 'success', text: `Đã tải xuống "${fileName}".` });
      } else if (what === 'new') {
        const outcome = await host.excel!.openAsNewWorkbook(await writeWorkbook(spec));
        setNotice(outcome.ok ? { intent: 'success', text: 'Đã mở mẫu báo cáo trong một sổ làm việc mới.' } : noticeFromIssue(outcome.issue));
      } else {
        const outcome = await host.excel!.insertSheets(spec, what === 'rename' ? 'rename' : 'refuse');
        if (!outcome.ok) setNotice(noticeFromIssue(outcome.issue));
        else if (!outcome.value.inserted) {
          setPendingRename(true);
          setNotice({ intent: 'warning', title: 'Đã có trang tính trùng tên', text: `Sổ làm việc đã có: ${outcome.value.existing.join(', ')}. Không ghi đè. Có thể chèn với tên mới, hoặc mở thành sổ làm việc mới.` });
        } else setNotice({ intent: 'success', text: `Đã chèn ${outcome.value.sheetNames.length} trang tính của mẫu ${labelPeriod(period)}.` });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.stack}>
      <Field label="Mẫu báo cáo">
        <Dropdown value={`${template.title} (phiên bản ${template.version})`} selectedOptions={[templateKey]} onOptionSelect={(_, d) => setTemplateKey(d.optionValue!)}>
          {BUILTIN_TEMPLATES.map((t) => (
            <Option key={`${t.id}@${t.version}`} value={`${t.id}@${t.version}`} text={t.title}>
              {`${t.title} (phiên bản ${t.version})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <PeriodFields
        kind={kind}
        year={year}
        onChange={(k, y) => {
          setKind(k);
          setYear(y);
        }}
      />
      <Field label="Đơn vị (điền sẵn vào mẫu)" hint={props.registry ? undefined : 'Chọn danh sách đơn vị ở thẻ Tổng hợp để có danh sách thả xuống.'}>
        <Combobox
          placeholder="Để trống: đơn vị tự chọn"
          disabled={!props.registry}
          value={unit?.name ?? ''}
          selectedOptions={unitCode ? [unitCode] : []}
          onOptionSelect={(_, d) => setUnitCode(d.optionValue ?? '')}
        >
          <Option value="" text="(Để trống)">
            (Để trống)
          </Option>
          {(props.registry?.units ?? []).map((u) => (
            <Option key={u.code} value={u.code} text={u.name}>
              {u.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      {period && deadline && (
        <Text size={200} className={styles.muted}>
          Số liệu từ {formatDate(period.from)} đến {formatDate(period.to)}; hạn gửi {formatDate(deadline)}.
        </Text>
      )}
      <div className={styles.row}>
        {host.excel && (
          <>
            <Button appearance="primary" disabled={busy || !period} onClick={() => void act('insert')}>
              Chèn vào sổ làm việc này
            </Button>
            <Button disabled={busy || !period} onClick={() => void act('new')}>
              Mở thành sổ làm việc mới
            </Button>
          </>
        )}
        <Button appearance={host.excel ? 'secondary' : 'primary'} disabled={busy || !period} onClick={() => void act('download')}>
          Tải tệp .xlsx
        </Button>
      </div>
      <Notice notice={notice} />
      {pendingRename && (
        <Button disabled={busy} onClick={() => void act('rename')}>
          Chèn với tên trang tính mới
        </Button>
      )}
    </div>
  );
}
