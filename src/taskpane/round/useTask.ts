import { useState } from 'react';
import { noticeFromFailure, type NoticeState } from '../components/Notice';

/**
 * One action at a time, and what came of it: the busy flag, the notice, and a failure nobody
 * expected told in Vietnamese instead of lost (written once for every button of a tab).
 */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const run = async (what: string, action: () => Promise<NoticeState>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice(noticeFromFailure(what, error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, setNotice, run };
}
