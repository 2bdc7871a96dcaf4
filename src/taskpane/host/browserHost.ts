import { localIsoDate, type IsoDate } from '../../core/text/calendarDate';
import { makeIssue } from '../../core/issues/Issue';
import { parseSavedSettings } from '../../core/round/SavedRoundSettings';
import { XLSX_MIME, type WorkbookHost } from './WorkbookHost';
import { guardDownload, storageFull } from './browserFaults';

const SETTINGS_KEY = 'tong-hop-bao-cao.round';

export function localToday(now: Date = new Date()): IsoDate {
  return localIsoDate(now);
}

/** Saves bytes as a file the browser downloads; nothing is sent anywhere. */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The door for offices that cannot install add-ins: downloads, files picked, settings in this browser. */
export function createBrowserHost(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): WorkbookHost {
  return {
    mode: 'browser',
    download: guardDownload(downloadBytes),
    loadSettings() {
      try {
        return parseSavedSettings(storage?.getItem(SETTINGS_KEY));
      } catch {
        // A browser that refuses storage (private mode): nothing saved.
        return { settings: null };
      }
    },
    async saveSettings(settings) {
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, issue: storageFull(error, 'thông tin đợt tổng hợp') ?? makeIssue('SETTINGS_NOT_SAVED', {}, { detail: error instanceof Error ? error.message : String(error) }) };
      }
    },
    today: () => localToday(),
  };
}
