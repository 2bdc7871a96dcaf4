import { Select } from '@fluentui/react-components';
import type { SectionDef } from '../../core/template/ReportTemplate';
import { useStyles } from './useStyles';

/** A code of the đề cương as the officer reads it in a choice: "II.1. Việc tổ chức nghiên cứu, học tập…". */
export const codeLabel = (s: Pick<SectionDef, 'code' | 'title'>) => `${s.code}. ${s.title.length > 70 ? `${s.title.slice(0, 70)}…` : s.title}`;

const LEAVE_OUT = '-';

/**
 * A choice of one code of the đề cương, with what choosing none means (keep the part where it was
 * read, leave the block out) and, for a part, leaving it out of the report. A native list: one
 * tap on a narrow pane, read by screen readers, no pop-up to place.
 */
export function WordCodeChoice(props: {
  label: string;
  sections: readonly SectionDef[];
  /** The code chosen; null: left out; undefined: nothing chosen. */
  value: string | null | undefined;
  none: string;
  leaveOut?: string;
  onChange: (value: string | null | undefined) => void;
}) {
  const { sections, value, none, leaveOut } = props;
  const styles = useStyles();
  return (
    <Select
      className={styles.fullWidth}
      aria-label={props.label}
      size="small"
      value={value === undefined ? '' : value === null ? LEAVE_OUT : value}
      onChange={(_, data) => props.onChange(data.value === '' ? undefined : data.value === LEAVE_OUT ? null : data.value)}
    >
      <option value="">{none}</option>
      {sections.map((s) => (
        <option key={s.code} value={s.code}>
          {codeLabel(s)}
        </option>
      ))}
      {leaveOut ? <option value={LEAVE_OUT}>{leaveOut}</option> : null}
    </Select>
  );
}
