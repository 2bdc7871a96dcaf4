import { Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import type { SavedRoundSettings } from '../host/WorkbookHost';
import { useStyles } from './useStyles';

type Doc = NonNullable<SavedRoundSettings['document']>;

const SIGNERS = [
  { key: 'department-head', label: 'Trưởng ban ký', issuerKind: 'department', signer: 'head' },
  { key: 'department-deputy', label: 'Phó trưởng ban ký thay (K/T)', issuerKind: 'department', signer: 'deputy' },
  { key: 'committee-head', label: 'T/M Ban Thường vụ, Bí thư ký', issuerKind: 'committee', signer: 'head' },
  { key: 'committee-deputy', label: 'T/M Ban Thường vụ, Phó Bí thư ký', issuerKind: 'committee', signer: 'deputy' },
] as const;

/** The header and signature of the report sent to the level above (Hướng dẫn 36-HD/VPTW). */
export function DocumentFields({ value, onChange }: { value: Doc; onChange: (doc: Doc) => void }) {
  const styles = useStyles();
  const signer = SIGNERS.find((s) => s.issuerKind === (value.issuerKind ?? 'department') && s.signer === (value.signer ?? 'head')) ?? SIGNERS[0];
  const set = (patch: Partial<Doc>) => onChange({ ...value, ...patch });
  return (
    <div className={styles.stack}>
      <Field label="Cơ quan cấp trên (dòng đầu văn bản)">
        <Input value={value.bodyAbove ?? ''} placeholder="ĐẢNG BỘ TỈNH …" onChange={(_, d) => set({ bodyAbove: d.value })} />
      </Field>
      <div className={styles.twoColumns}>
        <Field label="Số, ký hiệu">
          <Input value={value.number ?? ''} placeholder="45-BC/BTGDVTU" onChange={(_, d) => set({ number: d.value })} />
        </Field>
        <Field label="Địa danh">
          <Input value={value.place ?? ''} placeholder="Hà Nội" onChange={(_, d) => set({ place: d.value })} />
        </Field>
      </div>
      <Field label="Người ký">
        <Dropdown value={signer.label} selectedOptions={[signer.key]} onOptionSelect={(_, d) => {
          const s = SIGNERS.find((x) => x.key === d.optionValue);
          if (s) set({ issuerKind: s.issuerKind, signer: s.signer });
        }}>
          {SIGNERS.map((s) => (
            <Option key={s.key} value={s.key}>
              {s.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.twoColumns}>
        <Field label="Họ tên người ký">
          <Input value={value.signerName ?? ''} onChange={(_, d) => set({ signerName: d.value })} />
        </Field>
        <Field label="Người lập báo cáo">
          <Input value={value.author ?? ''} onChange={(_, d) => set({ author: d.value })} />
        </Field>
      </div>
      <Field label="Nơi nhận (mỗi dòng một nơi)">
        <Textarea value={(value.recipients ?? []).join('\n')} resize="vertical" onChange={(_, d) => set({ recipients: d.value.split('\n') })} />
      </Field>
    </div>
  );
}
