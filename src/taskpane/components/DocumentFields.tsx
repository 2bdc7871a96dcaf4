import { Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import type { SavedRoundSettings } from '../host/WorkbookHost';
import { ARCHIVE_RECIPIENT, defaultRecipients, recipientsNeedSetting } from '../../core/workbook/officialHeader';
import { useStyles } from './useStyles';

type Doc = NonNullable<SavedRoundSettings['document']>;

const SIGNERS = [
  { key: 'department-head', label: 'Trưởng ban ký', issuerKind: 'department', signer: 'head' },
  { key: 'department-deputy', label: 'Phó trưởng ban ký thay (K/T)', issuerKind: 'department', signer: 'deputy' },
  { key: 'committee-head', label: 'T/M Ban Thường vụ, Bí thư ký', issuerKind: 'committee', signer: 'head' },
  { key: 'committee-deputy', label: 'T/M Ban Thường vụ, Phó Bí thư ký', issuerKind: 'committee', signer: 'deputy' },
] as const;

/**
 * The header and signature of the report sent to the level above (Hướng dẫn 36-HD/VPTW). Left
 * empty, Nơi nhận is the committee's standing body and the archive, shown as the placeholder.
 */
export function DocumentFields({ value, body, onChange }: { value: Doc; body: string; onChange: (doc: Doc) => void }) {
  const styles = useStyles();
  const given = (value.recipients ?? []).some((r) => r.trim());
  const defaults = defaultRecipients({ bodyAbove: value.bodyAbove ?? '', issuer: body });
  const unaddressed = !given && recipientsNeedSetting({ recipients: defaults });
  const signer = SIGNERS.find((s) => s.issuerKind === (value.issuerKind ?? 'department') && s.signer === (value.signer ?? 'head')) ?? SIGNERS[0];
  const set = (patch: Partial<Doc>) => onChange({ ...value, ...patch });
  return (
    <div className={styles.stack}>
      <Field label="Cấp ủy của cơ quan (dòng đầu văn bản)" hint="In trên tên cơ quan, không lặp lại tên cấp ủy; cũng cho địa danh và nơi nhận mặc định.">
        <Input value={value.bodyAbove ?? ''} placeholder="Tỉnh ủy Nghệ An" onChange={(_, d) => set({ bodyAbove: d.value })} />
      </Field>
      <div className={styles.twoColumns}>
        <Field label="Số, ký hiệu" hint="Để trống: chừa chỗ ghi số bằng tay.">
          <Input value={value.number ?? ''} placeholder="45-BC/BTGDVTU" onChange={(_, d) => set({ number: d.value })} />
        </Field>
        <Field label="Địa danh" hint="Để trống: theo cấp ủy.">
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
      <Field
        label="Nơi nhận (mỗi dòng một nơi)"
        validationState={unaddressed ? 'warning' : 'none'}
        validationMessage={unaddressed ? `Chưa có nơi nhận ngoài "${ARCHIVE_RECIPIENT}": đề nghị ghi nơi nhận, hoặc ghi cấp ủy ở dòng đầu văn bản.` : undefined}
      >
        <Textarea value={(value.recipients ?? []).join('\n')} placeholder={defaults.join('\n')} resize="vertical" onChange={(_, d) => set({ recipients: d.value.split('\n') })} />
      </Field>
    </div>
  );
}
