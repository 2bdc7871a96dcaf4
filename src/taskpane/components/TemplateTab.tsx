import { Button, Combobox, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { loadWorkbookWriter } from '../loadWriters';
import { defaultDeadline, labelPeriod, makePeriod, type PeriodKind } from '../../core/period/ReportingPeriod';
import type { UnitRegistry } from '../../core/registry/UnitRegistry';
import { formatIssue } from '../../core/issues/issueMessages';
import type { AvailableTemplate } from '../../core/template/availableTemplates';
import { templateKey } from '../../core/template/templateKey';
import { formatDate } from '../../core/text/calendarDate';
import { isRoundYear } from '../../core/round/roundDefaults';
import { templateFileName } from '../../core/round/outputFileNames';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import type { WorkbookHost } from '../host/WorkbookHost';
import { openOrDownload } from '../host/openOrDownload';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { FilePicker } from './FilePicker';
import { Notice, noticeFromFailure, noticeFromIssue, type NoticeState } from './Notice';
import { PeriodFields } from './PeriodFields';
import { useStyles } from './useStyles';

export interface TemplateTabProps {
  host: WorkbookHost;
  library: TemplateLibrary;
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
  const { library } = props;
  const [selectedKey, setSelectedKey] = useState(() => templateKey(library.available[0].template));
  const [kind, setKind] = useState<PeriodKind>(props.initialKind);
  const [year, setYear] = useState(props.initialYear);
  const [unitCode, setUnitCode] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [pendingRename, setPendingRename] = useState(false);

  const chosen = library.available.find((a) => templateKey(a.template) === selectedKey) ?? library.available[0];
  const template = chosen.template;
  const period = isRoundYear(year) ? makePeriod(kind, year) : undefined;
  const deadline = period ? (props.deadlineFor(kind, year) ?? defaultDeadline(period)) : undefined;
  const unit = props.registry?.units.find((u) => u.code === unitCode);
  const fileName = period ? templateFileName(period, unit?.name) : '';

  const { excel } = host;
  const act = async (what: 'download' | 'new' | 'insert' | 'rename') => {
    if (!period) return;
    setBusy(true);
    setNotice(null);
    setPendingRename(false);
    try {
      const spec = buildTemplateWorkbook(template, { period, registry: props.registry, unit, deadline, recipient: props.recipient });
      const { writeWorkbook } = await loadWorkbookWriter();
      if (what === 'download') {
        host.download(fileName, await writeWorkbook(spec));
        setNotice({ intent: 'success', text: `Đã tải xuống "${fileName}".` });
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

  return (
    <div className={styles.stack}>
      <Field label="Mẫu báo cáo">
        <Dropdown value={`${template.title} (phiên bản ${template.version})`} selectedOptions={[templateKey(template)]} onOptionSelect={(_, d) => d.optionValue && setSelectedKey(d.optionValue)}>
          {library.available.map((a) => (
            <Option key={templateKey(a.template)} value={templateKey(a.template)} text={`${a.template.title} (phiên bản ${a.template.version})`}>
              {`${a.template.title} (phiên bản ${a.template.version})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200} className={styles.muted}>
        {describeAvailable(chosen)}
      </Text>
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
      <CatalogueSection library={library} onPicked={setSelectedKey} />
    </div>
  );
}

const SOURCE_LABELS = { builtin: 'có sẵn', catalogue: 'từ danh mục', file: 'mở từ tệp' } as const;

/** "Ban hành 16/11/2026 · Ban Tuyên giáo và Dân vận … · từ danh mục" */
export function describeAvailable(a: AvailableTemplate): string {
  return [a.template.published ? `Ban hành ${formatDate(a.template.published)}` : null, a.template.issuer, a.source === 'file' && a.file ? `mở từ tệp "${a.file}"` : SOURCE_LABELS[a.source]]
    .filter(Boolean)
    .join(' · ');
}

/** The templates on offer, newest version first, the catalogue's state, and ways to get more. */
function CatalogueSection({ library, onPicked }: { library: TemplateLibrary; onPicked: (key: string) => void }) {
  const styles = useStyles();
  const [notice, setNotice] = useState<NoticeState>(null);
  const { status } = library;
  return (
    <section aria-label="Danh mục mẫu" className={styles.stack}>
      <Text weight="semibold">Các mẫu hiện có</Text>
      <ul aria-label="Các mẫu hiện có" style={{ margin: 0, paddingLeft: 18 }}>
        {library.available.map((a) => (
          <li key={templateKey(a.template)}>
            <Text size={200}>
              <strong>{`${a.template.title} — phiên bản ${a.template.version}`}</strong>
              {` (${describeAvailable(a)})`}
            </Text>
          </li>
        ))}
      </ul>
      {status.kind === 'loading' && <Text size={200} className={styles.muted}>Đang cập nhật danh mục mẫu…</Text>}
      {status.kind === 'online' && (
        <Text size={200} className={styles.muted} data-testid="catalogue-status">
          {`Danh mục "${status.index.title ?? 'mẫu báo cáo'}"${status.index.publisher ? ` của ${status.index.publisher}` : ''}: ${status.index.templates.length} mẫu, cập nhật ngày ${formatDate(status.fetchedOn)}.`}
        </Text>
      )}
      {status.kind === 'online' && status.issues.map((i, k) => <Notice key={k} notice={noticeFromIssue(i)} />)}
      {status.kind === 'offline' && status.issues.map((i, k) => <Notice key={k} notice={noticeFromIssue(i)} />)}
      {status.kind === 'none' && <Text size={200} className={styles.muted}>Nơi phát hành chưa đăng danh mục mẫu; dùng mẫu có sẵn hoặc mở tệp mẫu được gửi.</Text>}
      <div className={styles.row}>
        <Button disabled={status.kind === 'loading'} onClick={() => void library.refresh()}>
          Cập nhật danh mục
        </Button>
      </div>
      <FilePicker
        label="Mở tệp mẫu (.json) được gửi qua thư điện tử hoặc Zalo"
        accept=".json"
        testId="template-file"
        onFiles={(files) => {
          const opened = library.openFile(files[0].name, files[0].bytes);
          if (opened.ok) {
            onPicked(templateKey(opened.template));
            setNotice({ intent: 'success', text: `Đã mở mẫu "${opened.template.title}" phiên bản ${opened.template.version}; mẫu được giữ lại để dùng cả khi không có mạng.` });
          } else {
            setNotice({ intent: 'error', title: `Tệp "${files[0].name}" không phải tệp mẫu dùng được`, text: opened.issues.slice(0, 5).map(formatIssue).join(' ') });
          }
        }}
      />
      <Notice notice={notice} />
    </section>
  );
}
