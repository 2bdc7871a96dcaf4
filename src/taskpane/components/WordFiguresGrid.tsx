import { Text, mergeClasses } from '@fluentui/react-components';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { formatVietnameseNumber } from '../../core/text/formatVietnameseNumber';
import type { WordSubmissionInfo } from '../../core/validation/CheckedReport';
import { useStyles } from './useStyles';

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Every figure read from a Word report, from its table or its sentences: the indicator, the value
 * as counted, the text as the unit wrote it, and where it was found (the table's row and column,
 * or the sentence), so the officer checks each one against the report.
 */
export function WordFiguresGrid({ fileName, figures, template }: { fileName: string; figures: WordSubmissionInfo['figures']; template: ReportTemplate }) {
  const styles = useStyles();
  if (figures.length === 0) return null;
  const labelOf = new Map(template.indicators.map((i) => [i.code, i.label]));
  return (
    <table className={mergeClasses(styles.table, styles.fixedTable)} aria-label={`Số liệu đọc từ báo cáo ${fileName}`}>
      <colgroup>
        <col />
        <col style={{ width: '5em' }} />
        <col style={{ width: '6em' }} />
      </colgroup>
      <thead>
        <tr>
          <th className={styles.cell}>Chỉ tiêu (mã); đọc từ</th>
          <th className={styles.cell}>Giá trị</th>
          <th className={styles.cell}>Chữ trong báo cáo</th>
        </tr>
      </thead>
      <tbody>
        {figures.flatMap((f) => [
          <tr key={f.code}>
            <td className={styles.cellTop}>
              <span>{labelOf.get(f.code) ?? ''}</span> <Text size={200} className={styles.muted}>{`(${f.code})`}</Text>
            </td>
            <td className={styles.cellTop}>{f.value === null ? '' : formatVietnameseNumber(f.value)}</td>
            <td className={styles.cellTop}>{f.raw}</td>
          </tr>,
          <tr key={`${f.code}-where`}>
            <td className={styles.cell} colSpan={3}>
              <Text size={200} className={styles.muted}>
                {f.source === 'cau' ? `câu (cần xác nhận): “${shorten(f.where, 160)}”` : f.certain ? f.where : `${f.where} (cần xác nhận)`}
              </Text>
            </td>
          </tr>,
        ])}
      </tbody>
    </table>
  );
}
