import { Badge, Text } from '@fluentui/react-components';
import type { Consolidation } from '../../core/consolidation/Consolidation';
import { STATUS_COUNT_LABELS, contactToChase, countedStatuses, countUnusedFiles, describeFileRole, describeStatus } from '../../core/round/statusLabels';
import { describeSkipReason } from '../../core/round/folderEntries';
import { describeAnomaly } from '../../core/issues/describeAnomaly';
import { formatIssue } from '../../core/issues/issueMessages';
import { useStyles } from './useStyles';

const COLORS = { on_time: 'success', late: 'warning', missing: 'informative', invalid: 'danger', pending: 'brand' } as const;

export function StatusCounts({ c }: { c: Consolidation }) {
  const styles = useStyles();
  return (
    <div className={styles.row} aria-label="Số đơn vị theo tình trạng">
      {countedStatuses(c.counts).map((status) => (
        <Badge key={status} color={COLORS[status]}>{`${c.counts[status]} ${STATUS_COUNT_LABELS[status]}`}</Badge>
      ))}
      {countUnusedFiles(c) > 0 && <Badge color="subtle">{`${countUnusedFiles(c)} tệp không dùng`}</Badge>}
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
            <td className={styles.cell}>
              {u.unit.name}
              {contactToChase(u) && (
                <Text as="p" size={200} className={styles.contact}>
                  {`Liên hệ: ${contactToChase(u)}`}
                </Text>
              )}
              {(u.file?.issues ?? []).flatMap((issue, i) => {
                const line = describeAnomaly(issue);
                return line ? [<Text as="p" size={200} key={i} className={styles.contact} title={formatIssue(issue)}>{line}</Text>] : [];
              })}
            </td>
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
              {f.issues
                .filter((issue) => issue.code === 'SUBMISSION_SUPERSEDED')
                .map((issue, i) => (
                  <Text as="p" size={200} key={i} className={styles.contact}>
                    {formatIssue(issue)}
                  </Text>
                ))}
            </td>
          </tr>
        ))}
        {c.skipped.map((s) => (
          <tr key={`s-${s.fileName}`}>
            <td className={styles.cell}>{s.fileName}</td>
            <td className={styles.cell}>
              <Text size={200} italic title={describeSkipReason(s)}>
                Bỏ qua
              </Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
