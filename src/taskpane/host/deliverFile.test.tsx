/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OfficeApi } from '../../adapters/office/officeApi';
import { createFakeExcel } from '../../../tests/fakes/fakeExcel';
import { App } from '../App';
import { readFilesOnPage } from '../files/readFilesOnPage';
import { createOfficeHost } from './createOfficeHost';
import { deliverFile, downloadSupportOn, type FileToDeliver } from './deliverFile';
import type { WorkbookHost } from './WorkbookHost';
import { present } from '../../core/present';
import type { NoticeState } from '../components/Notice';

/** The first way round a notice offers, run. */
const runFirstAction = (notice: NoticeState) => present(notice?.actions?.[0], 'an action beside the notice').run();

/** An Excel host on the given platform; its downloads are recorded, or refused when `downloadFails` says why. */
function excelOn(platform: string, options: { downloadFails?: string; createFails?: boolean } = {}) {
  const created: string[] = [];
  const downloads: string[] = [];
  const api: OfficeApi = {
    run: createFakeExcel().run,
    createWorkbook: async (base64) => {
      if (options.createFails) throw new Error('refused');
      created.push(base64);
    },
    isSetSupported: () => true,
    platform,
    settings: { get: () => undefined, set: () => undefined, save: async () => null },
  };
  const host: WorkbookHost = {
    ...createOfficeHost(api),
    today: () => '2026-07-06',
    download: (name) => {
      if (options.downloadFails) throw new Error(options.downloadFails);
      downloads.push(name);
    },
  };
  return { host, created, downloads };
}

const workbook: FileToDeliver = { fileName: 'Tổng hợp 6 tháng đầu năm 2026.xlsx', bytes: new Uint8Array([0x50, 0x4b]), what: 'Bảng tổng hợp' };
const report: FileToDeliver = { fileName: 'Báo cáo tổng hợp 6 tháng đầu năm 2026.docx', bytes: new Uint8Array([0x50, 0x4b]), what: 'Báo cáo Word', text: () => 'BÁO CÁO\nTổng hợp' };

test('what downloads do on each Office platform', () => {
  expect(['OfficeOnline', 'PC', 'Universal', 'Mac', 'iOS', 'Android'].map(downloadSupportOn)).toEqual(['works', 'unsure', 'unsure', 'blocked', 'blocked', 'blocked']);
});

test('where the host blocks downloads (Excel on Mac), a workbook opens as a new workbook, and the user is told', async () => {
  const { host, created, downloads } = excelOn('Mac');
  const notice = await deliverFile(host, workbook);
  expect(downloads).toEqual([]);
  expect(created).toHaveLength(1);
  expect(notice).toMatchObject({ intent: 'warning', title: 'Đã mở thành sổ làm việc mới thay cho tải xuống' });
  expect(notice?.text).toContain('bảng tổng hợp đã được mở thành một sổ làm việc mới');
  expect(notice?.text).toContain('"Tổng hợp 6 tháng đầu năm 2026.xlsx"');
});

test('where the host blocks downloads, a Word document is not lost in silence: the single file and copying are offered', async () => {
  const { host, downloads } = excelOn('Mac');
  const copied: string[] = [];
  const notice = await deliverFile(host, report, async (text) => copied.push(text) > 0);
  expect(downloads).toEqual([]);
  expect(notice).toMatchObject({ intent: 'error', title: 'Chưa tải được tệp' });
  expect(notice?.text).toContain('Excel này không cho ngăn tác vụ tải tệp xuống, nên chưa có tệp "Báo cáo tổng hợp 6 tháng đầu năm 2026.docx".');
  expect(notice?.text).toContain('"Tổng hợp báo cáo.html"');
  expect(notice?.actions?.map((a) => a.label)).toEqual(['Sao chép nội dung']);
  expect(await runFirstAction(notice)).toMatchObject({ intent: 'success', text: expect.stringContaining('Đã sao chép nội dung') });
  expect(copied).toEqual(['BÁO CÁO\nTổng hợp']);
  // A clipboard that refuses too: the single file is what is left.
  const refused = await deliverFile(host, report, async () => false);
  expect(await runFirstAction(refused)).toMatchObject({ intent: 'error', text: expect.stringContaining('Không sao chép được nội dung') });
});

test('a download that fails falls back to opening the workbook; with that refused too, the reason is said', async () => {
  const blocked = excelOn('PC', { downloadFails: 'Download is disallowed' });
  expect(await deliverFile(blocked.host, workbook)).toMatchObject({ intent: 'warning', title: 'Đã mở thành sổ làm việc mới thay cho tải xuống' });
  expect(blocked.created).toHaveLength(1);
  const both = excelOn('PC', { downloadFails: 'Download is disallowed', createFails: true });
  const notice = await deliverFile(both.host, workbook);
  expect(notice).toMatchObject({ intent: 'error', title: 'Chưa tải được tệp' });
  expect(notice?.text).toContain('Không tải được "Tổng hợp 6 tháng đầu năm 2026.xlsx" (Download is disallowed).');
});

test('where no one can tell (Excel on Windows), the file is downloaded, where to find it is said, and the way round is offered', async () => {
  const { host, created, downloads } = excelOn('PC');
  const notice = await deliverFile(host, workbook);
  expect(downloads).toEqual(['Tổng hợp 6 tháng đầu năm 2026.xlsx']);
  expect(notice?.text).toContain('Tệp nằm trong thư mục Tải xuống (Downloads). Nếu không thấy tệp, bấm nút bên cạnh');
  expect(notice?.actions?.map((a) => a.label)).toEqual(['Mở thành sổ làm việc mới']);
  await runFirstAction(notice);
  expect(created).toHaveLength(1);
  expect((await deliverFile(host, report))?.actions?.map((a) => a.label)).toEqual(['Sao chép nội dung']);
});

test('outside Excel a download that fails is the caller\'s to report: nothing else could save the file', async () => {
  const host: WorkbookHost = { ...excelOn('OfficeOnline').host, excel: undefined, download: () => { throw new Error('đĩa đầy'); } };
  await expect(deliverFile(host, workbook)).rejects.toThrow('đĩa đầy');
});

test('in a browser, a download is just a download', async () => {
  const { host, downloads } = excelOn('OfficeOnline');
  expect(await deliverFile(host, report)).toEqual({ intent: 'success', text: 'Đã tải xuống "Báo cáo tổng hợp 6 tháng đầu năm 2026.docx".' });
  expect(downloads).toHaveLength(1);
});

test('in the pane on a Mac, "Tải tệp .xlsx" opens the template as a new workbook and says so', async () => {
  const { host, created, downloads } = excelOn('Mac');
  render(<App host={host} readFiles={readFilesOnPage} catalogue={null} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tải tệp .xlsx' }));
  await screen.findByText('Đã mở thành sổ làm việc mới thay cho tải xuống');
  expect(screen.getByText(/Hãy lưu sổ đó \(Tệp > Lưu, hoặc Ctrl\+S\) với tên "Mẫu báo cáo Quý II-2026.xlsx"/)).toBeTruthy();
  await waitFor(() => expect(created).toHaveLength(1));
  expect(downloads).toEqual([]);
});

test('in the pane on Windows, a blocked download: the button beside the message opens the workbook and says so', async () => {
  const { host, created } = excelOn('PC');
  render(<App host={host} readFiles={readFilesOnPage} catalogue={null} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tải tệp .xlsx' }));
  await screen.findByText(/Nếu không thấy tệp/);
  const buttons = screen.getAllByRole('button', { name: 'Mở thành sổ làm việc mới' });
  // The notice's own button, after the template tab's.
  fireEvent.click(buttons[buttons.length - 1]);
  await screen.findByText('Đã mở thành sổ làm việc mới thay cho tải xuống');
  expect(created).toHaveLength(1);
});
