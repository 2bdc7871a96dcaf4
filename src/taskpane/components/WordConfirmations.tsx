import { useState } from 'react';
import { Badge, Button, Text, mergeClasses } from '@fluentui/react-components';
import type { Consolidation } from '../../core/consolidation/Consolidation';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { WordSubmissionInfo } from '../../core/validation/CheckedReport';
import { CERTAINTY_WORDS } from '../../core/wordReport/placeSections';
import type { WordDecision } from '../../core/wordReport/wordDecisions';
import { useStyles } from './useStyles';
import { WordCodeChoice } from './WordCodeChoice';
import { WordFiguresGrid } from './WordFiguresGrid';
import { WordUnplacedBlocks } from './WordUnplacedBlocks';

const CHIP_COLORS = { sure: 'success', look: 'warning', decide: 'danger' } as const;
const chipLabel = (c: keyof typeof CHIP_COLORS) => CERTAINTY_WORDS[c].charAt(0).toLocaleUpperCase('vi') + CERTAINTY_WORDS[c].slice(1);

/**
 * The Word reports waiting for the office: for each, how it was read (one row per part of the
 * đề cương: the code, the heading as the unit wrote it, its size, its first line, how sure, and a
 * choice to move it), the blocks not placed (each may be attached to a code), every figure with
 * where it was read, what is left to decide, and one click to confirm it with the choices made.
 * The decision is kept with the round by the file's content, so the next reading does not ask again.
 */
export function WordConfirmations({ c, onConfirm }: { c: Consolidation; onConfirm: (decision: WordDecision) => void }) {
  const styles = useStyles();
  const waiting = c.units.flatMap((u) => (u.status === 'pending' && u.file?.report?.word ? [{ unit: u.unit.name, fileName: u.file.fileName, word: u.file.report.word }] : []));
  if (waiting.length === 0) return null;
  return (
    <section aria-label="Báo cáo Word chờ xác nhận" className={styles.stack}>
      <Text weight="semibold">{`Báo cáo Word chờ xác nhận (${waiting.length})`}</Text>
      {waiting.map(({ unit, fileName, word }) => (
        <WordReading key={word.key} unit={unit} fileName={fileName} word={word} template={c.round.template} onConfirm={onConfirm} />
      ))}
    </section>
  );
}

function WordReading({ unit, fileName, word, template, onConfirm }: { unit: string; fileName: string; word: WordSubmissionInfo; template: ReportTemplate; onConfirm: (decision: WordDecision) => void }) {
  const styles = useStyles();
  // The officer's choices: by the code a part was read under (parts read under one code move together), and by block.
  const [moves, setMoves] = useState<Record<string, string | null>>({});
  const [attach, setAttach] = useState<Record<number, string>>({});
  const choose = <K extends string | number, V>(set: (f: (old: Record<K, V>) => Record<K, V>) => void, key: K, value: V | undefined) =>
    set((old) => {
      const next = { ...old };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  const decision: WordDecision = {
    key: word.key,
    moves: Object.entries(moves).map(([from, to]) => ({ from, to })),
    attach: Object.entries(attach).map(([block, to]) => ({ block: Number(block) + 1, to })),
  };
  const changes = decision.moves.length + decision.attach.length;
  return (
    <div className={styles.stack} data-testid={`word-${word.key}`}>
      <Text size={300} weight="semibold">{`${unit} (${fileName})`}</Text>
      <table className={mergeClasses(styles.table, styles.fixedTable)} aria-label={`Cách đọc báo cáo ${fileName}`}>
        <colgroup>
          <col style={{ width: '4.5em' }} />
          <col />
          <col style={{ width: '7.5em' }} />
        </colgroup>
        <thead>
          <tr>
            <th className={styles.cell}>Mục</th>
            <th className={styles.cell}>Tiêu đề như đơn vị viết; số ký tự, dòng đầu</th>
            <th className={styles.cell}>Mức chắc</th>
          </tr>
        </thead>
        <tbody>
          {word.sections.flatMap((s, i) => [
            <tr key={i}>
              <td className={styles.cellTop}>{s.codes.join(' + ')}</td>
              <td className={styles.cellTop}>
                <div>{s.heading}</div>
                <Text size={200} className={styles.muted}>{`${s.chars} ký tự: ${s.firstLine}`}</Text>
              </td>
              <td className={styles.cellTop}>
                <Badge appearance="tint" color={CHIP_COLORS[s.certainty]}>
                  {chipLabel(s.certainty)}
                </Badge>
              </td>
            </tr>,
            <tr key={`${i}-move`}>
              <td className={styles.cell} colSpan={3}>
                <WordCodeChoice
                  label={`Chuyển mục ${s.codes.join(' + ')} sang mục khác`}
                  sections={template.sections}
                  value={moves[s.codes[0]]}
                  none="Chuyển sang mục …"
                  leaveOut="Không đưa vào báo cáo"
                  onChange={(to) => choose(setMoves, s.codes[0], to)}
                />
              </td>
            </tr>,
          ])}
        </tbody>
      </table>
      <WordUnplacedBlocks blocks={word.unplaced} sections={template.sections} chosen={attach} onChoose={(block, to) => choose(setAttach, block, to)} />
      <WordFiguresGrid fileName={fileName} figures={word.figures} template={template} />
      <ul aria-label="Cần quyết định">
        {word.toDecide.map((d, i) => (
          <li key={i}>
            <Text size={200}>{d}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onConfirm(decision)}>
          Xác nhận cách đọc này
        </Button>
        <Text size={200}>
          {changes > 0
            ? `Xác nhận kèm ${decision.moves.length} mục chuyển, ${decision.attach.length} đoạn gắn; lựa chọn được lưu với đợt tổng hợp, lần đọc sau không hỏi lại.`
            : 'Nếu một mục đọc sai chỗ, chọn mục đúng ở cột "Mục" (hoặc "Không đưa vào báo cáo"), rồi xác nhận.'}
        </Text>
      </div>
    </div>
  );
}
