import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Dropdown, Field, Input, Option, ProgressBar, Text } from '@fluentui/react-components';
import { DocumentFields } from './DocumentFields';
import { useMemo, useState } from 'react';
import { partitionByName } from '../../core/round/folderEntries';
import { loadDocumentWriter, loadWorkbookWriter } from '../loadWriters';
import { prepareReportDocument } from '../../core/document/buildReportDocument';
import { readRegistryBytes } from '../../adapters/sheetjs/readRegistryBytes';
import { consolidateReports } from '../../core/consolidation/consolidateReports';
import type { Consolidation, SubmissionInput } from '../../core/consolidation/Consolidation';
import { makeIssue } from '../../core/issues/Issue';
import { formatIssue } from '../../core/issues/issueMessages';
import { defaultDeadline, makePeriod } from '../../core/period/ReportingPeriod';
import { buildRegistry, registryRowsFromGrid, REGISTRY_SHEET, type UnitRegistry } from '../../core/registry/UnitRegistry';
import { foldForMatch } from '../../core/text/normalizeText';
import { isRoundYear } from '../../core/round/roundDefaults';
import { completeDocument } from '../../core/round/roundDocument';
import { reminderLetterFileName, reportFileName, summaryFileName } from '../../core/round/outputFileNames';
import { roundFeedback } from '../../core/reminders/buildFeedback';
import { buildReminderLetter } from '../../core/reminders/buildReminderLetter';
import { buildReminders } from '../../core/reminders/buildReminders';
import { copyText } from '../copyText';
import { RemindersPanel } from './RemindersPanel';
import { NominationsChecklist } from './NominationsChecklist';
import { defaultRoundTemplate, olderVersionsOf } from '../../core/round/roundTemplates';
import { defaultDocument } from '../../core/workbook/OfficialDocument';
import { templateKey } from '../../core/template/templateKey';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { formatDate, parseDateLike } from '../../core/text/calendarDate';
import { buildSummaryWorkbook, describeDifferences } from '../../core/workbook/buildSummaryWorkbook';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import type { PickedFile } from '../../app/checkFileBytes';
import type { ReadFiles } from '../../app/readFilesInSlices';
import type { ExcelOperations, RoundSettings, WorkbookHost } from '../host/WorkbookHost';
import { openOrDownload } from '../host/openOrDownload';
import { FilePicker } from './FilePicker';
import { Notice, noticeFromFailure, noticeFromIssue, type NoticeState } from './Notice';
import { PeriodFields } from './PeriodFields';
import { StatusCounts, StatusTable } from './StatusTable';
import { useStyles } from './useStyles';

export interface ConsolidateTabProps {
  host: WorkbookHost;
  settings: RoundSettings;
  onSettings: (settings: RoundSettings) => void;
  readFiles: ReadFiles;
  library: TemplateLibrary;
  /** Puts text on the clipboard (the pane's copy buttons); the browser's by default. */
  copy?: (text: string) => Promise<boolean>;
}

export function ConsolidateTab({ host, settings, onSettings, readFiles, library, copy = copyText }: ConsolidateTabProps) {
  const styles = useStyles();
  const [deadlineText, setDeadlineText] = useState(formatDate(settings.deadline));
  const [picked, setPicked] = useState<PickedFile[]>([]);
  // A dropped folder's contents bring Excel's lock files, scans and notes: listed as skipped, never read.
  const { read: files, skipped } = useMemo(() => partitionByName(picked), [picked]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [inputs, setInputs] = useState<SubmissionInput[] | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);
  // The proposals the user chose to send up; null keeps the pre-marks.
  const [sendUp, setSendUp] = useState<string[] | null>(null);

  const period = makePeriod(settings.kind, settings.year);
  const deadline = parseDateLike(deadlineText);
  const template = library.templates.find((t) => templateKey(t) === settings.templateKey) ?? defaultRoundTemplate(library.templates);
  const olderVersions = olderVersionsOf(template, library.templates);
  const alsoAccept = settings.acceptOlderVersions ? olderVersions : [];
  const consolidation: Consolidation | null = useMemo(
    () => (inputs && settings.registry && deadline ? consolidateReports({ template, alsoAccept, period, deadline, registry: settings.registry, body: settings.body, sendUp: sendUp ?? undefined }, inputs, skipped) : null),
    // period, deadline and the templates derive from settings, deadlineText and the library
    [inputs, skipped, settings, deadlineText, library.templates, sendUp],
  );
  const update = (patch: Partial<RoundSettings>) => {
    setInputs(null);
    onSettings({ ...settings, ...patch });
  };

  const adoptRegistry = (registry: UnitRegistry, source: string, warnings: string[] = []) => {
    update({ registry, registrySource: source });
    setNotice({ intent: warnings.length > 0 ? 'warning' : 'success', text: [`Đã lấy ${registry.units.length} đơn vị (${source}).`, ...warnings].join(' ') });
  };
  const { excel } = host;
  const registryFromSheet = async (excel: ExcelOperations) => {
    const outcome = await excel.readOpenWorkbook();
    if (!outcome.ok) return setNotice(noticeFromIssue(outcome.issue));
    const sheet = outcome.value.sheets.find((s) => foldForMatch(s.name) === foldForMatch(REGISTRY_SHEET));
    if (!sheet) return setNotice(noticeFromIssue(makeIssue('REGISTRY_SHEET_MISSING')));
    const { registry, problems } = buildRegistry(registryRowsFromGrid([sheet]));
    if (registry.units.length === 0) return setNotice(noticeFromIssue(makeIssue('REGISTRY_EMPTY', {}, { file: REGISTRY_SHEET })));
    adoptRegistry(registry, `trang "${REGISTRY_SHEET}"`, problems.map((p) => `Dòng ${p.row + 1}: ${p.value} (${p.problem === 'duplicate-code' ? 'mã trùng' : 'thiếu mã hoặc tên'}).`));
  };
  const registryFromFile = (picked: PickedFile[]) => {
    const result = readRegistryBytes(picked[0].bytes, picked[0].name);
    if (!result.ok) return setNotice(noticeFromIssue(result.issues[0]));
    adoptRegistry(result.registry, `tệp "${picked[0].name}"`, result.issues.map(formatIssue));
  };

  const readAll = async () => {
    if (!settings.registry || !deadline) return;
    setBusy(true);
    setNotice(null);
    setInputs(null);
    setProgress({ done: 0, total: files.length });
    onSettings({ ...settings, deadline });
    try {
      const read = await readFiles(files, { templates: [...library.templates], today: host.today(), period, registry: settings.registry }, (done, total) => setProgress({ done, total }));
      setInputs(read);
      setSendUp(null);
    } catch (error) {
      setNotice({ intent: 'error', text: `Không đọc được các tệp (${error instanceof Error ? error.message : String(error)}). Đề nghị thử lại với ít tệp hơn.` });
    } finally {
      setBusy(false);
    }
  };

  // Whom to chase and what to tell each unit, as of today: texts only, the pane sends nothing.
  const reminders = useMemo(() => (consolidation ? buildReminders(consolidation, { today: host.today(), document: completeDocument(settings.body, host.today(), settings.document) }) : []), [consolidation, host, settings.body, settings.document]);
  const feedback = useMemo(() => (consolidation ? roundFeedback(consolidation) : []), [consolidation]);
  const makeLetter = async () => {
    if (!consolidation) return;
    setBusy(true);
    setNotice(null);
    try {
      const letterName = reminderLetterFileName(period);
      const spec = buildReminderLetter(consolidation, { today: host.today(), document: completeDocument(settings.body, host.today(), settings.document) });
      const { writeDocumentInChunks } = await loadDocumentWriter();
      host.download(letterName, await writeDocumentInChunks(spec));
      setNotice({ intent: 'success', text: `Đã tải xuống "${letterName}": công văn đôn đốc để ký, đóng dấu và gửi các đơn vị.` });
    } catch (error) {
      setNotice(noticeFromFailure('viết công văn đôn đốc', error));
    } finally {
      setBusy(false);
    }
  };

  const summaryName = summaryFileName(period);
  const reportName = reportFileName(period);
  const makeReport = async () => {
    if (!consolidation) return;
    setBusy(true);
    setNotice(null);
    try {
      const document = completeDocument(settings.body, host.today(), settings.document);
      const { spec, plan } = prepareReportDocument(consolidation, { document });
      // The Word writer (docx) is fetched the first time a report is asked for.
      const { writeDocumentInChunks } = await loadDocumentWriter();
      host.download(reportName, await writeDocumentInChunks(spec));
      const done = `Đã tải xuống "${reportName}": báo cáo Word để sửa, ký và gửi cấp trên.`;
      setNotice(plan.issue ? { intent: 'warning', text: `${done} ${formatIssue(plan.issue)}` } : { intent: 'success', text: done });
    } catch (error) {
      setNotice(noticeFromFailure('viết báo cáo Word', error));
    } finally {
      setBusy(false);
    }
  };
  const makeSummary = async (where: 'download' | 'new' | 'insert') => {
    if (!consolidation) return;
    setBusy(true);
    setNotice(null);
    try {
      const document = completeDocument(settings.body, host.today(), settings.document);
      const spec = buildSummaryWorkbook(consolidation, { generatedOn: host.today(), document });
      if (where === 'insert' && excel) {
        const outcome = await excel.insertSheets(spec, 'rename');
        if (!outcome.ok) return setNotice(noticeFromIssue(outcome.issue));
        const renamed = new Map(spec.sheets.map((s, i) => [s.name, outcome.value.sheetNames[i]]));
        const charts = await excel.addCharts(spec.charts ?? [], renamed);
        const note = [...renamed].some(([a, b]) => a !== b) ? ' Một số trang tính đã có nên bảng tổng hợp được chèn với tên mới, không ghi đè.' : '';
        setNotice(charts.ok ? { intent: 'success', text: `Đã chèn bảng tổng hợp và biểu đồ vào sổ làm việc này.${note}` } : noticeFromIssue(charts.issue));
      } else {
        const { writeWorkbook } = await loadWorkbookWriter();
        const bytes = await writeWorkbook(spec);
        if (where === 'download' || !excel) {
          host.download(summaryName, bytes);
          setNotice({ intent: 'success', text: `Đã tải xuống "${summaryName}".` });
        } else {
          const outcome = await openOrDownload(host, excel, { fileName: summaryName, bytes, what: 'Bảng tổng hợp' });
          setNotice(outcome.opened ? { intent: 'success', text: 'Đã mở bảng tổng hợp trong một sổ làm việc mới.' } : noticeFromIssue(outcome.issue));
        }
      }
    } catch (error) {
      setNotice(noticeFromFailure('lập bảng tổng hợp', error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.stack}>
      <PeriodFields
        kind={settings.kind}
        year={settings.year}
        onChange={(kind, year) => {
          const next = isRoundYear(year) ? defaultDeadline(makePeriod(kind, year)) : settings.deadline;
          setDeadlineText(formatDate(next));
          update({ kind, year, deadline: next });
        }}
      />
      <Field label="Mẫu của đợt tổng hợp">
        <Dropdown value={`${template.title} (phiên bản ${template.version})`} selectedOptions={[templateKey(template)]} onOptionSelect={(_, d) => onSettings({ ...settings, templateKey: d.optionValue })}>
          {library.templates.map((t) => (
            <Option key={templateKey(t)} value={templateKey(t)} text={`${t.title} (phiên bản ${t.version})`}>
              {`${t.title} (phiên bản ${t.version})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {olderVersions.length > 0 && (
        <Checkbox
          checked={Boolean(settings.acceptOlderVersions)}
          onChange={(_, d) => onSettings({ ...settings, acceptOlderVersions: Boolean(d.checked) })}
          label={`Nhận cả báo cáo làm theo phiên bản cũ (${olderVersions.map((t) => t.version).join(', ')}): cộng các chỉ tiêu chung, liệt kê phần khác nhau`}
        />
      )}
      <Field label="Hạn nộp (ngày/tháng/năm)" validationMessage={deadline ? undefined : 'Ghi ngày theo dạng 22/06/2026'}>
        <Input value={deadlineText} onChange={(_, d) => setDeadlineText(d.value)} onBlur={() => deadline && update({ deadline })} />
      </Field>
      <Field label="Cơ quan tổng hợp">
        <Input value={settings.body} onChange={(_, d) => update({ body: d.value })} />
      </Field>
      <Field label="Danh sách đơn vị" hint={settings.registry ? `${settings.registry.units.length} đơn vị, từ ${settings.registrySource ?? 'tệp'}${settings.registry.sample ? ' (DỮ LIỆU MẪU)' : ''}` : 'Chưa có danh sách đơn vị.'}>
        <div className={styles.row}>
          {excel && <Button onClick={() => void registryFromSheet(excel)}>Lấy từ trang "{REGISTRY_SHEET}"</Button>}
          <Button onClick={() => adoptRegistry(SAMPLE_REGISTRY, 'danh sách mẫu')}>Dùng danh sách mẫu</Button>
        </div>
      </Field>
      <Accordion collapsible>
        <AccordionItem value="document">
          <AccordionHeader>Văn bản báo cáo lên cấp trên</AccordionHeader>
          <AccordionPanel>
            <DocumentFields value={settings.document ?? { recipients: defaultDocument(settings.body, host.today()).recipients }} onChange={(document) => onSettings({ ...settings, document })} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <FilePicker label="Chọn tệp danh sách đơn vị" accept=".xlsx,.xls,.ods,.csv,.json" onFiles={registryFromFile} testId="registry-file" />
      <FilePicker label="Chọn các tệp báo cáo của đơn vị" multiple onFiles={(chosen) => { setPicked(chosen); setInputs(null); }} testId="report-files" />
      {picked.length > 0 && <Text size={200}>{skipped.length === 0 ? `Đã chọn ${files.length} tệp.` : `Đã chọn ${picked.length} tệp: đọc ${files.length} tệp bảng tính, bỏ qua ${skipped.length} tệp (${skipped.map((s) => s.fileName).join(', ')}).`}</Text>}
      <Button appearance="primary" disabled={busy || files.length === 0 || !settings.registry || !deadline} onClick={() => void readAll()}>
        Đọc và kiểm tra {files.length > 0 ? `${files.length} tệp` : 'các tệp'}
      </Button>
      {progress && busy && (
        <Field validationMessage={`Đang đọc ${progress.done}/${progress.total} tệp…`} validationState="none">
          <ProgressBar value={progress.total === 0 ? 0 : progress.done / progress.total} aria-label="Tiến độ đọc tệp" />
        </Field>
      )}
      <Notice notice={notice} />
      {consolidation && (
        <>
          <StatusCounts c={consolidation} />
          {consolidation.versions.length > 1 && (
            <Text size={200} data-testid="versions">
              {`Phiên bản mẫu: ${consolidation.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')}. ${describeDifferences(consolidation).join(' ')}`}
            </Text>
          )}
          <NominationsChecklist nominations={consolidation.nominations} template={template} onChange={setSendUp} />
          <div className={styles.row}>
            {host.excel && (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void makeSummary('new')}>
                  Tạo bảng tổng hợp (sổ làm việc mới)
                </Button>
                <Button disabled={busy} onClick={() => void makeSummary('insert')}>
                  Chèn vào sổ làm việc này
                </Button>
              </>
            )}
            <Button appearance={host.excel ? 'secondary' : 'primary'} disabled={busy} onClick={() => void makeSummary('download')}>
              {host.excel ? 'Tải tệp .xlsx' : 'Tạo bảng tổng hợp (.xlsx)'}
            </Button>
            <Button disabled={busy} onClick={() => void makeReport()}>
              Tải báo cáo Word (.docx)
            </Button>
          </div>
          <StatusTable c={consolidation} />
          <RemindersPanel reminders={reminders} feedback={feedback} copy={copy} onLetter={() => void makeLetter()} busy={busy} />
        </>
      )}
    </div>
  );
}
