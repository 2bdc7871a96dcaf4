import { localIsoDate, type IsoDate } from '../../core/text/calendarDate';
import { XLSX_MIME, type RoundSettings, type WorkbookHost } from './WorkbookHost';

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
    download: downloadBytes,
    loadSettings() {
      try {
        const raw = storage?.getItem(SETTINGS_KEY);
        return raw ? (JSON.parse(raw) as RoundSettings) : null;
      } catch {
        return null;
      }
    },
    async saveSettings(settings) {
      storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
    today: () => localToday(),
  };
}
