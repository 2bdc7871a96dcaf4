import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Link, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { mailtoLink, type Reminder } from '../../core/reminders/buildReminders';
import { describeContact } from '../../core/registry/UnitRegistry';
import { STATUS_WORDS } from '../../core/round/statusLabels';
import { useStyles } from './useStyles';

export interface RemindersPanelProps {
  reminders: readonly Reminder[];
  feedback: readonly { unitName: string; text: string }[];
  /** Puts a text on the clipboard; false when the web view refused. */
  copy: (text: string) => Promise<boolean>;
  /** Downloads the letter chasing reports (.docx). */
  onLetter: () => void;
  busy: boolean;
}

/**
 * "Nhắc nộp" and "Phản hồi": each unit's message to paste into Zalo or SMS, its mail opened in the
 * user's own mail program (a mailto: link, a navigation: the pane sends nothing), the letter, and
 * each report's feedback. All text from files is shown as text, never as HTML.
 */
export function RemindersPanel({ reminders, feedback, copy, onLetter, busy }: RemindersPanelProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const copyAndSay = async (key: string, text: string) => setCopied((await copy(text)) ? key : `!${key}`);
  const said = (key: string) => (copied === key ? 'Đã sao chép.' : copied === `!${key}` ? 'Chưa sao chép được; đề nghị chọn đoạn chữ rồi nhấn Ctrl+C.' : '');
  return (
    <Accordion collapsible multiple>
      <AccordionItem value="reminders">
        <AccordionHeader>{`Nhắc nộp (${reminders.length} đơn vị)`}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.stack} aria-label="Nhắc nộp">
            {reminders.length === 0 && <Text>Không có đơn vị nào cần nhắc.</Text>}
            {reminders.some((r) => r.status !== 'late') && (
              <Button disabled={busy} onClick={onLetter}>
                Tải công văn đôn đốc (.docx)
              </Button>
            )}
            {reminders.map((r) => {
              const key = `r-${r.unit.code}`;
              const contact = describeContact(r.unit.contact);
              return (
                <section key={key} aria-label={`Nhắc ${r.unit.name}`} className={styles.stack}>
                  <Text weight="semibold">{`${r.unit.name} (${STATUS_WORDS[r.status].chase})`}</Text>
                  {contact && <Text size={200}>{`Liên hệ: ${contact}`}</Text>}
                  <Textarea readOnly value={r.short} aria-label={`Tin nhắn cho ${r.unit.name}`} resize="vertical" />
                  <div className={styles.row}>
                    <Button size="small" onClick={() => void copyAndSay(key, r.short)}>
                      Sao chép tin nhắn
                    </Button>
                    <Button size="small" onClick={() => void copyAndSay(`${key}-mail`, `${r.mail.subject}\n\n${r.mail.body}`)}>
                      Sao chép thư
                    </Button>
                    {r.mail.to && (
                      <Link href={mailtoLink(r)} target="_blank" rel="noreferrer">
                        Mở thư gửi {r.mail.to}
                      </Link>
                    )}
                  </div>
                  {said(key) && <Text size={200}>{said(key)}</Text>}
                  {said(`${key}-mail`) && <Text size={200}>{said(`${key}-mail`)}</Text>}
                </section>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="feedback">
        <AccordionHeader>{`Phản hồi cho đơn vị (${feedback.length})`}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.stack} aria-label="Phản hồi cho đơn vị">
            {feedback.length === 0 && <Text>Không có báo cáo nào còn lỗi hay cảnh báo.</Text>}
            {feedback.map((f, i) => {
              const key = `f-${i}`;
              return (
                <section key={key} aria-label={`Phản hồi ${f.unitName}`} className={styles.stack}>
                  <Text weight="semibold">{f.unitName}</Text>
                  <Textarea readOnly value={f.text} aria-label={`Phản hồi cho ${f.unitName}`} resize="vertical" rows={6} />
                  <div className={styles.row}>
                    <Button size="small" onClick={() => void copyAndSay(key, f.text)}>
                      Sao chép phản hồi
                    </Button>
                    {said(key) && <Text size={200}>{said(key)}</Text>}
                  </div>
                </section>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
