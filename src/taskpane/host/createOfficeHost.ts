import { detectCapabilities } from '../../adapters/office/excelRun';
import type { OfficeApi } from '../../adapters/office/officeApi';
import { readOpenWorkbook, selectCell } from '../../adapters/office/readOpenWorkbook';
import { renderWorkbookSpec } from '../../adapters/office/renderWorkbookSpec';
import { addCharts } from '../../adapters/office/summaryCharts';
import { downloadBytes, localToday } from './browserHost';
import { runSafely } from './runSafely';
import { downloadSupportOn } from './deliverFile';
import { guardDownload } from './browserFaults';
import { makeIssue } from '../../core/issues/Issue';
import { parseSavedSettings } from '../../core/round/SavedRoundSettings';
import { LIMITS } from '../../core/round/limits';
import type { WorkbookHost } from './WorkbookHost';

const SETTINGS_KEY = 'tongHopBaoCao.round';
/** Characters of base64 Excel on the web takes in one request, with room for the request's own framing. */
export const CREATE_WORKBOOK_LIMIT = LIMITS.excel.webRequestBytes - 64 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The task pane's door into Excel. Every operation is awaited inside try and answers a value. */
export function createOfficeHost(api: OfficeApi): WorkbookHost {
  const capabilities = detectCapabilities(api.isSetSupported);
  return {
    mode: 'excel',
    download: guardDownload(downloadBytes),
    downloadSupport: downloadSupportOn(api.platform),
    today: () => localToday(),
    loadSettings: () => parseSavedSettings(api.settings.get(SETTINGS_KEY)),
    saveSettings(settings) {
      api.settings.set(SETTINGS_KEY, JSON.stringify(settings));
      return api.settings.save().then(
        (failure) => (failure === null ? { ok: true, value: undefined } : { ok: false, issue: makeIssue('SETTINGS_NOT_SAVED', {}, { detail: failure }) }),
        (error: unknown) => ({ ok: false, issue: makeIssue('SETTINGS_NOT_SAVED', {}, { detail: error instanceof Error ? error.message : String(error) }) }),
      );
    },
    excel: {
      insertSheets: (spec, onExistingSheet) =>
        runSafely('chèn các trang tính vào sổ làm việc', async () => {
          const result = await renderWorkbookSpec(api.run, spec, { capabilities, onExistingSheet });
          return result.ok ? { inserted: true, existing: [], sheetNames: result.sheetNames } : { inserted: false, existing: result.existing, sheetNames: [] };
        }),
      openAsNewWorkbook: async (bytes) => {
        const base64 = toBase64(bytes);
        // Excel on the web refuses a request above its limit after sending it; say so before, so the file can be downloaded instead.
        if (api.platform === 'OfficeOnline' && base64.length > CREATE_WORKBOOK_LIMIT) return { ok: false, issue: makeIssue('HOST_PAYLOAD_TOO_LARGE', {}, { action: 'mở sổ làm việc mới' }) };
        return runSafely('mở sổ làm việc mới', () => api.createWorkbook(base64));
      },
      readOpenWorkbook: () => runSafely('đọc sổ làm việc đang mở', () => readOpenWorkbook(api.run)),
      selectCell: (cell) => runSafely('chọn ô', () => selectCell(api.run, cell)),
      addCharts: (charts, sheetNames) => runSafely('vẽ biểu đồ', () => addCharts(api.run, charts, (n) => sheetNames.get(n) ?? n)),
    },
  };
}
