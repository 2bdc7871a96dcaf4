import { Badge, Text } from '@fluentui/react-components';
import type { Consolidation } from '../../core/consolidation/consolidateReports';
import { describeFileRole, describeStatus } from '../../core/workbook/buildSummaryWorkbook';
import { useStyles } from './useStyles';

const COLORS = { on_time: 'success', late: 'warning', missing: 'informative', invalid: 'danger' } as const;

export function StatusCounts({ c }: { c: Consolidation }) {
  const styles = useStyles();
  return (
    <div className={styles.row} aria-label="Số đơn vị theo tình trạng">
      <Badge color="success">{`${c.counts.on_time} đúng hạn`}</Badge>
      <Badge color="warning">{`${c.counts.late} nộp muộn`}</Badge>
      <Badge color="informative">{`${c.counts.missing} chưa nộp`}</Badge>
      <Badge color="danger">{`${c.counts.invalid} không hợp lệ`}</Badge>
      {c.counts.unknownUnit + c.counts.unreadable + c.counts.superseded > 0 && <Badge color="subtle">{`${c.counts.unknownUnit + c.counts.unreadable + c.counts.superseded} tệp không dùng`}</Badge>}
    </div>
  );
}

/** Every registered unit with its status, then the files not used; plain text cells only. */
export function StatusTable({ c }: { c: Consolidation }) {
  const styles = useStyles();
  const used = new Set(c.units.map((u) => u.file));
  const others = c.files.filter((f) => !used.has(f));
  return (
    <table className={styles.table} aria-label="Tình hình nộp báo cáo">
      <thead>
        <tr>
          <th className={styles.cell}>Đơn vị</th>
          <th className={styles.cell}>Tình trạng</th>
        </tr>
      </thead>
      <tbody>
        {c.units.map((u) => (
          <tr key={u.unit.code}>
            <td className={styles.cell}>{u.unit.name}</td>
            <td className={styles.cell}>
              <Badge appearance="tint" color={COLORS[u.status]}>
                {describeStatus(u)}
              </Badge>
            </td>
          </tr>
        ))}
        {others.map((f) => (
          <tr key={`f-${f.fileName}`}>
            <td className={styles.cell}>{f.unit?.name ?? (f.unitName || f.fileName)}</td>
            <td className={styles.cell}>
              <Text size={200} italic>
                {describeFileRole(f)}
              </Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
