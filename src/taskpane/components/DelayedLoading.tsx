import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/** Shown while a part of the pane loads; only after 200 ms, so a quick load does not flicker. */
export function DelayedLoading({ afterMs = 200 }: { afterMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), afterMs);
    return () => clearTimeout(timer);
  }, [afterMs]);
  return visible ? <Spinner size="small" label="Đang tải…" /> : null;
}
