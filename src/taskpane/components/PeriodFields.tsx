import { LIMITS, isRoundYear } from '../../core/round/limits';
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import { PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '../../core/period/ReportingPeriod';
import { useStyles } from './useStyles';

const STANDARD_KINDS = PERIOD_KINDS.filter((k) => k !== 'custom');

/** Kind of period (quarters listed one by one) and year. */
export function PeriodFields(props: { kind: PeriodKind; year: number; onChange: (kind: PeriodKind, year: number) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.twoColumns}>
      <Field label="Kỳ báo cáo">
        <Dropdown
          value={PERIOD_KIND_LABELS[props.kind]}
          selectedOptions={[props.kind]}
          onOptionSelect={(_, data) => props.onChange(data.optionValue as PeriodKind, props.year)}
        >
          {STANDARD_KINDS.map((k) => (
            <Option key={k} value={k}>
              {PERIOD_KIND_LABELS[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Năm" validationMessage={isRoundYear(props.year) ? undefined : 'Năm có 4 chữ số'}>
        <Input type="number" value={String(props.year)} min={LIMITS.years.min} max={LIMITS.years.max} onChange={(_, data) => props.onChange(props.kind, Number(data.value))} />
      </Field>
    </div>
  );
}
