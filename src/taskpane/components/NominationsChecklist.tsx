import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Text } from '@fluentui/react-components';
import { nominationKind, nominationsOverGuidance, type RoundNomination } from '../../core/consolidation/chooseNominations';
import { makeIssue } from '../../core/issues/Issue';
import { formatIssue } from '../../core/issues/issueMessages';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { useStyles } from './useStyles';

export interface NominationsChecklistProps {
  nominations: readonly RoundNomination[];
  template: ReportTemplate;
  /** The keys chosen to send up, after the user changed a mark. */
  onChange: (keys: string[]) => void;
}

/**
 * "Điển hình gửi cấp trên": the same choice as the summary's column "Gửi cấp trên", before the
 * summary is made. Pre-checked by the guidance's count; more than it is warned about, not refused.
 */
export function NominationsChecklist({ nominations, template, onChange }: NominationsChecklistProps) {
  const styles = useStyles();
  const chosen = nominations.filter((n) => n.sendUp);
  const over = nominationsOverGuidance(chosen.map(nominationKind), template);
  const toggle = (key: string, on: boolean) => onChange(nominations.filter((n) => (n.key === key ? on : n.sendUp)).map((n) => n.key));
  return (
    <Accordion collapsible>
      <AccordionItem value="nominations">
        <AccordionHeader>{`Điển hình gửi cấp trên (đã chọn ${chosen.length}/${nominations.length})`}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.stack} aria-label="Điển hình gửi cấp trên">
            <Text size={200}>
              {`Hướng dẫn: ${template.nominations.expected.map((e) => `${String(e.count).padStart(2, '0')} ${e.kind.toLocaleLowerCase('vi')}`).join(', ')}. Phần mềm chọn sẵn, với mỗi loại, đề xuất đầu tiên theo thứ tự danh sách đơn vị; bảng tổng hợp và báo cáo Word chỉ chuyển lên cấp trên các đề xuất được chọn.`}
            </Text>
            {over.map((o) => (
              <Text key={o.kind} role="alert" className={styles.warning}>
                {formatIssue(makeIssue('NOMINATIONS_MARKED_OVER', { section: 'nominations' }, { kind: o.kind.toLocaleLowerCase('vi'), expected: o.expected, found: o.found }))}
              </Text>
            ))}
            {nominations.length === 0 && <Text>Các đơn vị chưa đề xuất điển hình nào.</Text>}
            {nominations.map((n) => (
              <Checkbox
                key={n.key}
                checked={n.sendUp}
                onChange={(_, d) => toggle(n.key, Boolean(d.checked))}
                label={`${nominationKind(n) || 'Chưa ghi loại'}: ${n.nomination.values['ten'] ?? ''} (${n.unit.name})`}
              />
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
