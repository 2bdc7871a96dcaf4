import { Text, mergeClasses } from '@fluentui/react-components';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { localToday } from '../host/browserHost';
import type { PickedFile } from '../../app/checkFileBytes';
import { useStyles } from './useStyles';
import { REPORT_ACCEPT, describeExtensions } from '../../core/round/folderEntries';
import { plausibleInstant } from '../../core/text/instant';
import { pickedFileUnreadable } from '../host/browserFaults';
import { Notice, noticeFromFailure, type NoticeState } from './Notice';

/** FileReader rather than Blob.arrayBuffer(): older Office webviews lack the latter. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

async function toPicked(files: FileList | File[]): Promise<PickedFile[]> {
  return Promise.all(
    Array.from(files).map(async (f) => ({ name: f.name, bytes: await readBytes(f).catch((error: unknown) => Promise.reject(pickedFileUnreadable(f.name, error))), modifiedOn: f.lastModified ? localToday(new Date(f.lastModified)) : undefined, modifiedAt: f.lastModified ? plausibleInstant(new Date(f.lastModified)) : undefined })),
  );
}

/** Pick or drop files; works with the keyboard (Enter or Space opens the picker). */
export function FilePicker(props: { label: string; multiple?: boolean; accept?: string; onFiles: (files: PickedFile[]) => void; testId?: string }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const [failure, setFailure] = useState<NoticeState>(null);
  const take = async (files: FileList | File[] | null) => {
    if (!files || files.length === 0) return;
    setFailure(null);
    try {
      props.onFiles(await toPicked(files));
    } catch (error) {
      // A file the browser cannot read is told, never dropped silently.
      setFailure(noticeFromFailure('đọc tệp đã chọn', error));
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    void take(e.dataTransfer.files);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.current?.click();
    }
  };
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={props.label}
      className={mergeClasses(styles.dropZone, active && styles.dropZoneActive)}
      onClick={() => input.current?.click()}
      onKeyDown={onKey}
      onDragOver={(e) => {
        e.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={onDrop}
    >
      <Text>{props.label}</Text>
      <br />
      <Text size={200} className={styles.muted}>
        hoặc kéo thả tệp vào đây ({describeExtensions((props.accept ?? REPORT_ACCEPT).split(','))})
      </Text>
      <input
        ref={input}
        data-testid={props.testId}
        type="file"
        hidden
        multiple={props.multiple}
        accept={props.accept ?? REPORT_ACCEPT}
        onChange={(e) => {
          void take(e.target.files);
          e.target.value = '';
        }}
      />
      <Notice notice={failure} />
    </div>
  );
}
