import { Badge, Button, Text } from '@fluentui/react-components';
import type { Consolidation } from '../../core/consolidation/Consolidation';
import type { WordSubmissionInfo } from '../../core/validation/CheckedReport';
import { CERTAINTY_WORDS } from '../../core/wordReport/placeSections';
import { useStyles } from './useStyles';

const CHIP_COLORS = { sure: 'success', look: 'warning', decide: 'danger' } as const;
const chipLabel = (c: keyof typeof CHIP_COLORS) => CERTAINTY_WORDS[c].charAt(0).toLocaleUpperCase('vi') + CERTAINTY_WORDS[c].slice(1);

/**
 * The Word reports waiting for the office: for each, how it was read (one row per part of the
 * đề cương: the heading as the unit wrote it, its size, its first line, how sure), what is left to
 * decide, and one click to confirm it as read. A report that needs a different reading is turned
 * into the template (tonghop doc-word, or opened in Excel) and corrected there.
 */
export function WordConfirmations({ c, onConfirm }: { c: Consolidation; onConfirm: (key: string) => void }) {
  const styles = useStyles();
  const waiting = c.units.flatMap((u) => (u.status === 'pending' && u.file?.report?.word ? [{ unit: u.unit.name, fileName: u.file.fileName, word: u.file.report.word }] : []));
  if (waiting.length === 0) return null;
  return (
    <section aria-label="Báo cáo Word chờ xác nhận" className={styles.stack}>
      <Text weight="semibold">{`Báo cáo Word chờ xác nhận (${waiting.length})`}</Text>
      {waiting.map(({ unit, fileName, word }) => (
        <WordReading key={word.key} unit={unit} fileName={fileName} word={word} onConfirm={() => onConfirm(word.key)} />
      ))}
    </section>
  );
}

function WordReading({ unit, fileName, word, onConfirm }: { unit: string; fileName: string; word: WordSubmissionInfo; onConfirm: () => void }) {
  const styles = useStyles();
  const proposed = word.figures.filter((f) => f.source === 'cau');
  return (
    <div className={styles.stack} data-testid={`word-${word.key}`}>
      <Text size={300} weight="semibold">{`${unit} (${fileName})`}</Text>
      <table className={styles.table} aria-label={`Cách đọc báo cáo ${fileName}`}>
        <thead>
          <tr>
            <th className={styles.cell}>Mục</th>
            <th className={styles.cell}>Tiêu đề như đơn vị viết</th>
            <th className={styles.cell}>Ký tự</th>
            <th className={styles.cell}>Dòng đầu</th>
            <th className={styles.cell}>Mức chắc</th>
          </tr>
        </thead>
        <tbody>
          {word.sections.map((s, i) => (
            <tr key={i}>
              <td className={styles.cell}>{s.codes.join(' + ')}</td>
              <td className={styles.cell}>{s.heading}</td>
              <td className={styles.cell}>{s.chars}</td>
              <td className={styles.cell}>{s.firstLine}</td>
              <td className={styles.cell}>
                <Badge appearance="tint" color={CHIP_COLORS[s.certainty]}>
                  {chipLabel(s.certainty)}
                </Badge>
              </td>
            </tr>
          ))}
          {word.unplaced.map((u, i) => (
            <tr key={`u${i}`}>
              <td className={styles.cell}>Chưa xếp</td>
              <td className={styles.cell}>{u.heading ?? ''}</td>
              <td className={styles.cell}>{u.chars}</td>
              <td className={styles.cell}>{u.firstLine}</td>
              <td className={styles.cell}>{u.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {proposed.length > 0 && (
        <ul aria-label="Số liệu đọc từ câu văn (cần xác nhận)">
          {proposed.map((f) => (
            <li key={f.code}>
              <Text size={200}>{`${f.code} = ${f.raw}: “${f.where.length > 90 ? `${f.where.slice(0, 90)}…` : f.where}”`}</Text>
            </li>
          ))}
        </ul>
      )}
      <ul aria-label="Cần quyết định">
        {word.toDecide.map((d, i) => (
          <li key={i}>
            <Text size={200}>{d}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onConfirm}>
          Xác nhận cách đọc này
        </Button>
        <Text size={200}>Cần sửa: mở báo cáo trong Excel bằng mẫu (tonghop doc-word), sửa rồi chọn lại tệp .xlsx.</Text>
      </div>
    </div>
  );
}
