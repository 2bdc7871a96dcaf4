import { Badge, Text, mergeClasses } from '@fluentui/react-components';
import { SEVERITY_LABELS, formatCellForDisplay, formatIssue } from '../../core/issues/issueMessages';
import type { CellAddress, Issue } from '../../core/issues/Issue';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { useStyles } from './useStyles';

/** Issues grouped as the report is read: file, general information, each section, nominations. */
export function groupIssues(issues: readonly Issue[], template?: ReportTemplate): { key: string; title: string; issues: Issue[] }[] {
  const order: { key: string; title: string }[] = [
    { key: 'file', title: 'Tệp và mẫu' },
    { key: 'metadata', title: 'Thông tin chung' },
    { key: 'context', title: 'Số liệu chung về đảng bộ' },
    ...(template?.sections ?? []).map((s) => ({ key: s.code, title: `Mục ${s.code}. ${s.title}` })),
    { key: 'nominations', title: 'Điển hình đề xuất' },
  ];
  const keyOf = (i: Issue) => i.location.section ?? (i.location.field ? 'metadata' : 'file');
  const groups = order.map((g) => ({ ...g, issues: issues.filter((i) => keyOf(i) === g.key) }));
  const known = new Set(order.map((g) => g.key));
  const rest = issues.filter((i) => !known.has(keyOf(i)));
  if (rest.length > 0) groups.push({ key: 'other', title: 'Khác', issues: rest });
  return groups.filter((g) => g.issues.length > 0);
}

export function IssueList(props: { issues: readonly Issue[]; template?: ReportTemplate; onSelect?: (cell: CellAddress) => void }) {
  const styles = useStyles();
  return (
    <div aria-label="Danh sách lỗi và cảnh báo">
      {groupIssues(props.issues, props.template).map((group) => {
        const errors = group.issues.filter((i) => i.severity === 'error').length;
        const warnings = group.issues.length - errors;
        return (
          <section key={group.key} aria-label={group.title}>
            <div className={mergeClasses(styles.row, styles.groupTitle)}>
              <Text weight="semibold">{group.title}</Text>
              {errors > 0 && <Badge color="danger">{`${errors} lỗi`}</Badge>}
              {warnings > 0 && <Badge color="warning">{`${warnings} cảnh báo`}</Badge>}
            </div>
            {group.issues.map((issue, i) => {
              const cell = issue.location.cell;
              const { onSelect } = props;
              const content = (
                <>
                  <Badge appearance="outline" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                    {SEVERITY_LABELS[issue.severity]}
                  </Badge>
                  <Text size={200}>
                    {formatIssue(issue)}
                    {cell ? ` (${formatCellForDisplay(cell)})` : ''}
                  </Text>
                </>
              );
              return onSelect && cell ? (
                <button key={i} type="button" className={mergeClasses(styles.issueButton, styles.clickable)} title="Chọn ô này trong Excel" onClick={() => onSelect(cell)}>
                  {content}
                </button>
              ) : (
                <div key={i} className={styles.issueButton}>
                  {content}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
