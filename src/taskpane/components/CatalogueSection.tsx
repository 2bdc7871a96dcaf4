import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { formatIssue } from '../../core/issues/issueMessages';
import type { AvailableTemplate } from '../../core/template/availableTemplates';
import { CATALOGUE_INDEX } from '../../core/template/catalogue';
import { templateKey } from '../../core/template/templateKey';
import { formatDate } from '../../core/text/calendarDate';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { FilePicker } from './FilePicker';
import { Notice, noticeFromIssue, type NoticeState } from './Notice';
import { useStyles } from './useStyles';

const SOURCE_LABELS = { builtin: 'có sẵn', catalogue: 'từ danh mục', file: 'mở từ tệp' } as const;

/** "Ban hành 16/11/2026 · Ban Tuyên giáo và Dân vận … · từ danh mục" */
export function describeAvailable(a: AvailableTemplate): string {
  return [a.template.published ? `Ban hành ${formatDate(a.template.published)}` : null, a.template.issuer, a.source === 'file' && a.file ? `mở từ tệp "${a.file}"` : SOURCE_LABELS[a.source]]
    .filter(Boolean)
    .join(' · ');
}

/** The templates on offer, newest version first, the catalogue's state, and ways to get more. */
export function CatalogueSection({ library, onPicked }: { library: TemplateLibrary; onPicked: (key: string) => void }) {
  const styles = useStyles();
  const [notice, setNotice] = useState<NoticeState>(null);
  const { status } = library;
  return (
    <section aria-label="Danh mục mẫu" className={styles.stack}>
      <Text weight="semibold">Các mẫu hiện có</Text>
      <ul aria-label="Các mẫu hiện có" style={{ margin: 0, paddingLeft: 18 }}>
        {library.available.map((a) => (
          <li key={templateKey(a.template)}>
            <Text size={200}>
              <strong>{`${a.template.title} — phiên bản ${a.template.version}`}</strong>
              {` (${describeAvailable(a)})`}
            </Text>
          </li>
        ))}
      </ul>
      {status.kind === 'loading' && <Text size={200} className={styles.muted}>Đang cập nhật danh mục mẫu…</Text>}
      {status.kind === 'online' && (
        <Text size={200} className={styles.muted} data-testid="catalogue-status">
          {`Danh mục "${status.index.title ?? 'mẫu báo cáo'}"${status.index.publisher ? ` của ${status.index.publisher}` : ''}: ${status.index.templates.length} mẫu, cập nhật ngày ${formatDate(status.fetchedOn)}.`}
        </Text>
      )}
      {status.kind === 'online' && status.issues.map((i, k) => <Notice key={k} notice={noticeFromIssue(i)} />)}
      {status.kind === 'offline' && status.issues.map((i, k) => <Notice key={k} notice={noticeFromIssue(i)} />)}
      {status.kind === 'none' && (
        <Text size={200} className={styles.muted}>
          {library.canRefresh
            ? 'Nơi phát hành chưa đăng danh mục mẫu; dùng mẫu có sẵn hoặc mở tệp mẫu được gửi.'
            : 'Trang một tệp không dùng mạng: dùng mẫu có sẵn, hoặc mở tệp mẫu (.json) được gửi, hoặc chọn cả thư mục danh mục (index.json cùng các tệp mẫu).'}
        </Text>
      )}
      {library.canRefresh && (
        <div className={styles.row}>
          <Button disabled={status.kind === 'loading'} onClick={() => void library.refresh()}>
            Cập nhật danh mục
          </Button>
        </div>
      )}
      <FilePicker
        label="Mở tệp mẫu (.json) được gửi qua thư điện tử hoặc Zalo"
        accept=".json"
        multiple
        testId="template-file"
        onFiles={(files) => {
          // A catalogue picked by hand: its index.json with the template files it lists.
          if (files.some((f) => f.name === CATALOGUE_INDEX)) {
            setNotice(null);
            void library.openCatalogue(files);
            return;
          }
          const opened = library.openFile(files[0].name, files[0].bytes);
          if (opened.ok) {
            onPicked(templateKey(opened.template));
            const label = `Đã mở mẫu "${opened.template.title}" phiên bản ${opened.template.version}`;
            setNotice(opened.unsaved ? { intent: 'warning', text: `${label}. ${formatIssue(opened.unsaved)}` } : { intent: 'success', text: `${label}; mẫu được giữ lại để dùng cả khi không có mạng.` });
          } else {
            setNotice({ intent: 'error', title: `Tệp "${files[0].name}" không phải tệp mẫu dùng được`, text: opened.issues.slice(0, 5).map(formatIssue).join(' ') });
          }
        }}
      />
      <Notice notice={notice} />
    </section>
  );
}
