import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { readRegistryBytes } from '../../adapters/sheetjs/readRegistryBytes';
import type { PickedFile } from '../../app/checkFileBytes';
import { registryFromWorkbook } from '../../app/round/registryFromWorkbook';
import { roundDeadline } from '../../app/round/RoundSettings';
import { formatIssue } from '../../core/issues/issueMessages';
import { makePeriod } from '../../core/period/ReportingPeriod';
import { REGISTRY_SHEET, type UnitRegistry } from '../../core/registry/UnitRegistry';
import { isRoundYear } from '../../core/round/limits';
import { REGISTRY_ACCEPT } from '../../core/round/folderEntries';
import { templateKey } from '../../core/template/templateKey';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { formatDate } from '../../core/text/calendarDate';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import type { SavedRoundSettings, WorkbookHost } from '../host/WorkbookHost';
import type { useRound } from '../round/useRound';
import { BodyPagesField } from './BodyPagesField';
import { DocumentFields } from './DocumentFields';
import { FilePicker } from './FilePicker';
import { noticeFromIssue } from './Notice';
import { PeriodFields } from './PeriodFields';
import { useStyles } from './useStyles';

export interface RoundSettingsFieldsProps {
  host: WorkbookHost;
  settings: SavedRoundSettings;
  onSettings: (settings: SavedRoundSettings) => void;
  templates: readonly ReportTemplate[];
  round: ReturnType<typeof useRound>;
}

/** The round's form: period, template, deadline, consolidating body, units, and the report's header. */
export function RoundSettingsFields({ host, settings, onSettings, templates, round }: RoundSettingsFieldsProps) {
  const styles = useStyles();
  const { template, olderVersions, update, setNotice } = round;
  const adoptRegistry = (registry: UnitRegistry, source: string, warnings: string[] = []) => {
    update({ registry, registrySource: source });
    setNotice({ intent: warnings.length > 0 ? 'warning' : 'success', text: [`Đã lấy ${registry.units.length} đơn vị (${source}).`, ...warnings].join(' ') });
  };
  const { excel } = host;
  const registryFromSheet = async () => {
    const outcome = await excel?.readOpenWorkbook();
    if (!outcome) return;
    if (!outcome.ok) return setNotice(noticeFromIssue(outcome.issue));
    const found = registryFromWorkbook(outcome.value);
    if ('issue' in found) return setNotice(noticeFromIssue(found.issue));
    adoptRegistry(found.registry, `trang "${REGISTRY_SHEET}"`, found.warnings);
  };
  const registryFromFile = (picked: PickedFile[]) => {
    const result = readRegistryBytes(picked[0].bytes, picked[0].name);
    if (!result.ok) return setNotice(noticeFromIssue(result.issues[0]));
    adoptRegistry(result.registry, `tệp "${picked[0].name}"`, result.issues.map(formatIssue));
  };
  const label = (t: ReportTemplate) => `${t.title} (phiên bản ${t.version})`;
  return (
    <>
      <PeriodFields
        kind={settings.kind}
        year={settings.year}
        onChange={(kind, year) => {
          const next = isRoundYear(year) ? roundDeadline(makePeriod(kind, year)) : settings.deadline;
          round.setDeadlineText(formatDate(next));
          update({ kind, year, deadline: next });
        }}
      />
      <Field label="Mẫu của đợt tổng hợp">
        <Dropdown value={label(template)} selectedOptions={[templateKey(template)]} onOptionSelect={(_, d) => onSettings({ ...settings, templateKey: d.optionValue })}>
          {templates.map((t) => (
            <Option key={templateKey(t)} value={templateKey(t)} text={label(t)}>
              {label(t)}
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
      <Checkbox
        checked={Boolean(settings.includeCopies)}
        onChange={(_, d) => onSettings({ ...settings, includeCopies: Boolean(d.checked) })}
        label="Cộng cả báo cáo trùng toàn bộ với báo cáo của đơn vị khác (mặc định để riêng, như báo cáo có lỗi)"
      />
      <Field label="Hạn nộp (ngày/tháng/năm)" validationMessage={round.deadline ? undefined : 'Ghi ngày theo dạng 22/06/2026'}>
        <Input value={round.deadlineText} onChange={(_, d) => round.setDeadlineText(d.value)} onBlur={() => round.deadline && update({ deadline: round.deadline })} />
      </Field>
      <Field label="Cơ quan tổng hợp">
        <Input value={settings.body} onChange={(_, d) => update({ body: d.value })} />
      </Field>
      <Field label="Danh sách đơn vị" hint={settings.registry ? `${settings.registry.units.length} đơn vị, từ ${settings.registrySource ?? 'tệp'}${settings.registry.sample ? ' (DỮ LIỆU MẪU)' : ''}` : 'Chưa có danh sách đơn vị.'}>
        <div className={styles.row}>
          {excel && <Button onClick={() => void registryFromSheet()}>Lấy từ trang "{REGISTRY_SHEET}"</Button>}
          <Button onClick={() => adoptRegistry(SAMPLE_REGISTRY, 'danh sách mẫu')}>Dùng danh sách mẫu</Button>
        </div>
      </Field>
      <Accordion collapsible>
        <AccordionItem value="document">
          <AccordionHeader>Văn bản báo cáo lên cấp trên</AccordionHeader>
          <AccordionPanel>
            <DocumentFields value={settings.document ?? {}} body={settings.body} onChange={(document) => onSettings({ ...settings, document })} />
            <BodyPagesField pages={settings.pages} onChange={(pages) => onSettings({ ...settings, pages })} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <FilePicker label="Chọn tệp danh sách đơn vị" accept={REGISTRY_ACCEPT} onFiles={registryFromFile} testId="registry-file" />
    </>
  );
}
