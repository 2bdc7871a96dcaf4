import { Button, Combobox, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { defaultDeadline, makePeriod, type PeriodKind } from '../../core/period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../../core/registry/UnitRegistry';
import type { AvailableTemplate } from '../../core/template/availableTemplates';
import { templateKey } from '../../core/template/templateKey';
import { formatDate } from '../../core/text/calendarDate';
import { isRoundYear } from '../../core/round/limits';
import { templateFileName } from '../../core/round/outputFileNames';
import type { WorkbookHost } from '../host/WorkbookHost';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { CatalogueSection, describeAvailable } from './CatalogueSection';
import { Notice } from './Notice';
import { PeriodFields } from './PeriodFields';
import { useTemplateActions, type TemplateAction } from './useTemplateActions';
import { useStyles } from './useStyles';

export { describeAvailable } from './CatalogueSection';

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

  const chosen = library.available.find((a) => templateKey(a.template) === selectedKey) ?? library.available[0];
  const template = chosen.template;
  const period = isRoundYear(year) ? makePeriod(kind, year) : undefined;
  const deadline = period ? (props.deadlineFor(kind, year) ?? defaultDeadline(period)) : undefined;
  const unit = props.registry?.units.find((u) => u.code === unitCode);
  const fileName = period ? templateFileName(period, unit?.name) : '';
  const { busy, notice, pendingRename, act } = useTemplateActions(host, { template, period, registry: props.registry, unit, deadline, recipient: props.recipient, fileName });

  return (
    <div className={styles.stack}>
      <TemplateChoice library={library} chosen={chosen} onPicked={setSelectedKey} />
      <PeriodFields
        kind={kind}
        year={year}
        onChange={(k, y) => {
          setKind(k);
          setYear(y);
        }}
      />
      <UnitField registry={props.registry} unitCode={unitCode} unit={unit} onPicked={setUnitCode} />
      {period && deadline && (
        <Text size={200} className={styles.muted}>
          Số liệu từ {formatDate(period.from)} đến {formatDate(period.to)}; hạn gửi {formatDate(deadline)}.
        </Text>
      )}
      <TemplateButtons host={host} disabled={busy || !period} act={act} />
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

/** The templates on offer, and where the chosen one comes from. */
function TemplateChoice({ library, chosen, onPicked }: { library: TemplateLibrary; chosen: AvailableTemplate; onPicked: (key: string) => void }) {
  const styles = useStyles();
  const template = chosen.template;
  return (
    <>
      <Field label="Mẫu báo cáo">
        <Dropdown value={`${template.title} (phiên bản ${template.version})`} selectedOptions={[templateKey(template)]} onOptionSelect={(_, d) => d.optionValue && onPicked(d.optionValue)}>
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
    </>
  );
}

/** The unit to pre-fill, chosen from the registry when there is one. */
function UnitField({ registry, unitCode, unit, onPicked }: { registry?: UnitRegistry; unitCode: string; unit?: Unit; onPicked: (code: string) => void }) {
  return (
    <Field label="Đơn vị (điền sẵn vào mẫu)" hint={registry ? undefined : 'Chọn danh sách đơn vị ở thẻ Tổng hợp để có danh sách thả xuống.'}>
      <Combobox
        placeholder="Để trống: đơn vị tự chọn"
        disabled={!registry}
        value={unit?.name ?? ''}
        selectedOptions={unitCode ? [unitCode] : []}
        onOptionSelect={(_, d) => onPicked(d.optionValue ?? '')}
      >
        <Option value="" text="(Để trống)">
          (Để trống)
        </Option>
        {(registry?.units ?? []).map((u) => (
          <Option key={u.code} value={u.code} text={u.name}>
            {u.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

/** Insert or open in Excel when running inside it; download everywhere. */
function TemplateButtons({ host, disabled, act }: { host: WorkbookHost; disabled: boolean; act: (what: TemplateAction) => Promise<void> }) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {host.excel && (
        <>
          <Button appearance="primary" disabled={disabled} onClick={() => void act('insert')}>
            Chèn vào sổ làm việc này
          </Button>
          <Button disabled={disabled} onClick={() => void act('new')}>
            Mở thành sổ làm việc mới
          </Button>
        </>
      )}
      <Button appearance={host.excel ? 'secondary' : 'primary'} disabled={disabled} onClick={() => void act('download')}>
        Tải tệp .xlsx
      </Button>
    </div>
  );
}
