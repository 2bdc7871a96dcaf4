import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import type { SectionDef } from '../../core/template/ReportTemplate';
import type { WordSubmissionInfo } from '../../core/validation/CheckedReport';
import { useStyles } from './useStyles';
import { WordCodeChoice } from './WordCodeChoice';

/**
 * The blocks of a Word report the reading could not place, collapsed: each opens on its first line
 * and why it was not placed, with a choice to attach it to a code of the đề cương.
 */
export function WordUnplacedBlocks(props: {
  blocks: WordSubmissionInfo['unplaced'];
  sections: readonly SectionDef[];
  /** The code chosen for each block, by its index. */
  chosen: Readonly<Record<number, string>>;
  onChoose: (block: number, to: string | undefined) => void;
}) {
  const styles = useStyles();
  if (props.blocks.length === 0) return null;
  return (
    <Accordion collapsible multiple aria-label="Đoạn chưa xếp vào mục nào">
      {props.blocks.map((b, i) => (
        <AccordionItem key={i} value={i}>
          <AccordionHeader size="small">{`Đoạn chưa xếp ${i + 1}${b.heading ? `: ${b.heading}` : ''} (${b.chars} ký tự)${props.chosen[i] ? ` → mục ${props.chosen[i]}` : ''}`}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.stack}>
              <Text size={200}>{b.firstLine}</Text>
              <Text size={200} className={styles.muted}>
                {b.reason}
              </Text>
              <WordCodeChoice
                label={`Gắn đoạn chưa xếp ${i + 1} vào mục`}
                sections={props.sections}
                value={props.chosen[i]}
                none="Gắn vào mục …"
                onChange={(to) => props.onChoose(i, to ?? undefined)}
              />
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
