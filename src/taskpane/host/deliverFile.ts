import type { NoticeState } from '../components/Notice';
import { copyText } from '../copyText';
import type { DownloadSupport, WorkbookHost } from './WorkbookHost';

/*
 * Every "Tải …" of the pane goes through here, so none is silent. A task pane's `<a download>`
 * works in a browser and in most Excel builds, but does nothing at all in some hosts (Excel on Mac
 * and iPad, some Windows builds), and no script can tell. So: where the host is known to block
 * downloads, the fallback comes at once; where it cannot be known, the file is downloaded and the
 * fallback offered beside the message; where the download throws, the fallback comes too.
 */

/** Office.context.platform → what downloads do there (Mac, iPad and Android web views save nothing). */
export function downloadSupportOn(platform: string): DownloadSupport {
  if (platform === 'OfficeOnline') return 'works';
  return platform === 'Mac' || platform === 'iOS' || platform === 'Android' ? 'blocked' : 'unsure';
}

export interface FileToDeliver {
  fileName: string;
  bytes: Uint8Array;
  /** What the file is, as a sentence starts: "Bảng tổng hợp", "Báo cáo Word". */
  what: string;
  /** What it is for, said after its name: ": báo cáo Word để sửa, ký và gửi cấp trên". */
  purpose?: string;
  /** The document's text, for copying where no file can be saved (the Word documents). */
  text?: () => string;
}

/** The single file that works where the pane cannot save files. */
const SINGLE_FILE_ADVICE = 'mở trang một tệp "Tổng hợp báo cáo.html" bằng Microsoft Edge hoặc Google Chrome (xin nơi quản trị phần bổ trợ, hoặc tạo bằng lệnh "tonghop trang") và làm lại việc này ở đó';

const isWorkbook = (file: FileToDeliver) => file.fileName.toLowerCase().endsWith('.xlsx');

async function openInstead(host: WorkbookHost, file: FileToDeliver): Promise<NoticeState | null> {
  if (!host.excel || !isWorkbook(file)) return null;
  const opened = await host.excel.openAsNewWorkbook(file.bytes);
  if (!opened.ok) return null;
  return { intent: 'warning', title: 'Đã mở thành sổ làm việc mới thay cho tải xuống', text: `Excel này không lưu được tệp tải xuống từ ngăn tác vụ, nên ${file.what.toLowerCase()} đã được mở thành một sổ làm việc mới. Hãy lưu sổ đó (Tệp > Lưu, hoặc Ctrl+S) với tên "${file.fileName}".` };
}

function copyAction(file: FileToDeliver, copy: (text: string) => Promise<boolean>) {
  const text = file.text;
  if (!text) return [];
  return [
    {
      label: 'Sao chép nội dung',
      run: async (): Promise<NoticeState> =>
        (await copy(text()))
          ? { intent: 'success', text: `Đã sao chép nội dung của "${file.fileName}" (không kèm định dạng); dán vào một văn bản Word mới (Ctrl+V).` }
          : { intent: 'error', text: `Không sao chép được nội dung; hãy ${SINGLE_FILE_ADVICE}.` },
    },
  ];
}

/** What the user reads when no file could be saved: why, and the ways that remain. */
function blockedNotice(file: FileToDeliver, copy: (text: string) => Promise<boolean>, detail?: string): NoticeState {
  const why = detail ? `Không tải được "${file.fileName}" (${detail}).` : `Excel này không cho ngăn tác vụ tải tệp xuống, nên chưa có tệp "${file.fileName}".`;
  const ways = file.text ? `Có thể sao chép nội dung để dán vào Word, hoặc ${SINGLE_FILE_ADVICE}.` : `Hãy ${SINGLE_FILE_ADVICE}.`;
  return { intent: 'error', title: 'Chưa tải được tệp', text: `${why} ${ways} Không có dữ liệu nào bị mất.`, actions: copyAction(file, copy) };
}

/** Downloads the file, or takes the fallback, and answers what the user should read about it. */
export async function deliverFile(host: WorkbookHost, file: FileToDeliver, copy: (text: string) => Promise<boolean> = copyText): Promise<NoticeState> {
  const support = host.downloadSupport ?? 'works';
  if (support === 'blocked') return (await openInstead(host, file)) ?? blockedNotice(file, copy);
  try {
    host.download(file.fileName, file.bytes);
  } catch (error) {
    // Outside Excel there is no other way to save a file: the failure is the caller's to report as it is.
    if (!host.excel) throw error;
    return (await openInstead(host, file)) ?? blockedNotice(file, copy, error instanceof Error ? error.message : String(error));
  }
  const done = `Đã tải xuống "${file.fileName}"${file.purpose ?? ''}.`;
  if (support === 'works') return { intent: 'success', text: done };
  // Some Excel builds drop a pane's download without a word: say where to look, and offer the way round.
  const fallback =
    host.excel && isWorkbook(file)
      ? [{ label: 'Mở thành sổ làm việc mới', run: async (): Promise<NoticeState> => (await openInstead(host, file)) ?? blockedNotice(file, copy, 'Excel không mở được sổ làm việc mới') }]
      : copyAction(file, copy);
  return { intent: 'success', text: `${done} Tệp nằm trong thư mục Tải xuống (Downloads). Nếu không thấy tệp, ${fallback.length > 0 ? 'bấm nút bên cạnh, hoặc ' : ''}${SINGLE_FILE_ADVICE}.`, actions: fallback };
}
