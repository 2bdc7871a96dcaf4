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
    <table className={styles.table} aria-label={`Số liệu đọc từ báo cáo ${fileName}`}>
      <thead>
        <tr>
          <th className={styles.cell}>Mã</th>
          <th className={styles.cell}>Chỉ tiêu</th>
          <th className={styles.cell}>Giá trị</th>
          <th className={styles.cell}>Chữ trong báo cáo</th>
          <th className={styles.cell}>Đọc từ</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.code}>
            <td className={styles.cell}>{f.code}</td>
            <td className={styles.cell}>{labelOf.get(f.code) ?? ''}</td>
            <td className={styles.cell}>{f.value === null ? '' : formatVietnameseNumber(f.value)}</td>
            <td className={styles.cell}>{f.raw}</td>
            <td className={styles.cell}>{f.source === 'bang' ? f.where : `câu (cần xác nhận): “${shorten(f.where, 140)}”`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
