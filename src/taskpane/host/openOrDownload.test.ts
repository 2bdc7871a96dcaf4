import { present } from '../../core/present';
import { formatIssue } from '../../core/issues/issueMessages';
import type { OfficeApi } from '../../adapters/office/officeApi';
import { createFakeExcel } from '../../../tests/fakes/fakeExcel';
import { CREATE_WORKBOOK_LIMIT, createOfficeHost } from './createOfficeHost';
import { openOrDownload } from './openOrDownload';

function officeOn(platform: string) {
  const created: string[] = [];
  const downloads: string[] = [];
  const api: OfficeApi = {
    run: createFakeExcel().run,
    createWorkbook: async (base64) => void created.push(base64),
    isSetSupported: () => true,
    platform,
    settings: { get: () => undefined, set: () => undefined, save: async () => null },
  };
  const host = { ...createOfficeHost(api), download: (name: string) => void downloads.push(name) };
  return { host, excel: present(host.excel, 'Excel operations'), created, downloads };
}

/** Bytes whose base64 is just above or below what Excel on the web takes in one request. */
const bytesOfBase64Length = (chars: number) => new Uint8Array(Math.floor((chars * 3) / 4));

test('on Excel on the web a workbook above the request limit is downloaded, never sent', async () => {
  const { host, excel, created, downloads } = officeOn('OfficeOnline');
  const big = bytesOfBase64Length(CREATE_WORKBOOK_LIMIT + 4);
  const outcome = await openOrDownload(host, excel, { fileName: 'Tổng hợp 6 tháng đầu năm 2026.xlsx', bytes: big, what: 'Bảng tổng hợp' });
  expect(created).toEqual([]);
  expect(downloads).toEqual(['Tổng hợp 6 tháng đầu năm 2026.xlsx']);
  if (outcome.opened) throw new Error('expected a download');
  expect(outcome.issue.code).toBe('HOST_DOWNLOADED_INSTEAD');
  expect(formatIssue(outcome.issue)).toBe(
    'Bảng tổng hợp (3,7 MB) quá lớn để Excel trên web mở thành sổ làm việc mới: mỗi lần gửi tối đa 5 MB, tính cả phần mã hóa. Tệp đã được tải xuống thành "Tổng hợp 6 tháng đầu năm 2026.xlsx"; đề nghị mở tệp đó bằng Excel. Không có dữ liệu nào bị mất.',
  );
});

test('on Excel on the web a workbook just under the limit opens; on the desktop a larger one is tried', async () => {
  const web = officeOn('OfficeOnline');
  expect(await openOrDownload(web.host, web.excel, { fileName: 'a.xlsx', bytes: bytesOfBase64Length(CREATE_WORKBOOK_LIMIT - 4), what: 'Mẫu báo cáo' })).toEqual({ opened: true });
  expect(web.created).toHaveLength(1);
  const desktop = officeOn('PC');
  expect(await openOrDownload(desktop.host, desktop.excel, { fileName: 'a.xlsx', bytes: bytesOfBase64Length(CREATE_WORKBOOK_LIMIT + 400), what: 'Mẫu báo cáo' })).toEqual({ opened: true });
  expect(desktop.downloads).toEqual([]);
});

test('any other refusal is reported as it is, and nothing is downloaded', async () => {
  const { host, excel, downloads } = officeOn('PC');
  const failing = { ...excel, openAsNewWorkbook: async () => ({ ok: false as const, issue: { code: 'HOST_BUSY' as const, severity: 'error' as const, location: {}, params: { action: 'mở sổ làm việc mới' } } }) };
  const outcome = await openOrDownload(host, failing, { fileName: 'a.xlsx', bytes: new Uint8Array(10), what: 'Mẫu báo cáo' });
  expect(outcome).toMatchObject({ opened: false, issue: { code: 'HOST_BUSY' } });
  expect(downloads).toEqual([]);
});
