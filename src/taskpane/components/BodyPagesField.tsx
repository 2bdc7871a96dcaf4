import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { BODY_PAGES, DEFAULT_BODY_PAGES, isBodyPages } from '../../core/synthesis/pageBudget';

/**
 * How many pages of body the report's synthesis is written for (tonghop tong-hop --so-trang).
 * Empty is the default; a number outside the range is said under the field and not kept.
 */
export function BodyPagesField({ pages, onChange }: { pages?: number; onChange: (pages: number | undefined) => void }) {
  const [text, setText] = useState(pages === undefined ? '' : String(pages));
  useEffect(() => setText(pages === undefined ? '' : String(pages)), [pages]);
  const trimmed = text.trim();
  const value = trimmed === '' ? undefined : Number(trimmed);
  const valid = value === undefined || isBodyPages(value);
  return (
    <Field
      label="Số trang phần nội dung của báo cáo"
      hint={`Để trống: ${DEFAULT_BODY_PAGES} trang. Phần tổng hợp các đơn vị được chọn lọc cho vừa số trang này.`}
      validationMessage={valid ? undefined : `Ghi số trang từ ${BODY_PAGES.min} đến ${BODY_PAGES.max}.`}
    >
      <Input
        inputMode="numeric"
        value={text}
        placeholder={String(DEFAULT_BODY_PAGES)}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => valid && value !== pages && onChange(value)}
      />
    </Field>
  );
}
