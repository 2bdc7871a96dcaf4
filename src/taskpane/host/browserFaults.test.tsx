/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { formatIssue } from '../../core/issues/issueMessages';
import type { SavedRoundSettings } from '../../core/round/SavedRoundSettings';
import { FilePicker } from '../components/FilePicker';
import { noticeFromFailure } from '../components/Notice';
import { createBrowserHost } from './browserHost';
import { guardDownload } from './browserFaults';

const failureOf = (action: () => void): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

test('a download the browser refuses is told, naming the file and what to do', () => {
  const blocked = guardDownload(() => {
    throw new DOMException('Download is disallowed', 'SecurityError');
  });
  expect(noticeFromFailure('tải bảng tổng hợp', failureOf(() => blocked('Tổng hợp.xlsx', new Uint8Array(1))))).toEqual({
    intent: 'error',
    text: 'Trình duyệt không cho tải xuống "Tổng hợp.xlsx" (NotAllowedError). Đề nghị cho phép trang này tải tệp xuống (biểu tượng chặn ở thanh địa chỉ), kiểm tra ổ đĩa còn chỗ trống, rồi bấm lại.',
  });
});

test('the real download, where the page cannot make a file (no object URLs here), is told as a refusal, never silently', () => {
  const host = createBrowserHost({ getItem: () => null, setItem: () => undefined });
  const notice = noticeFromFailure('tải mẫu', failureOf(() => host.download('Mẫu báo cáo.xlsx', new Uint8Array(3))));
  expect(notice?.text).toMatch(/^Trình duyệt không cho tải xuống "Mẫu báo cáo\.xlsx"/);
});

test('storage full: the settings are not saved, and the user is told why and what to do', async () => {
  const host = createBrowserHost({
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  });
  const saved = await host.saveSettings({} as SavedRoundSettings);
  if (saved.ok) throw new Error('expected a refusal');
  expect(saved.issue.code).toBe('BROWSER_STORAGE_FULL');
  expect(formatIssue(saved.issue)).toBe(
    'Bộ nhớ của trình duyệt dành cho trang này đã đầy nên chưa lưu được thông tin đợt tổng hợp. Đề nghị xóa bớt dữ liệu duyệt web của trang, hoặc tải kết quả về dạng tệp; những gì đang làm vẫn còn trên trang.',
  );
});

test('a picked file the browser cannot read is told in the picker, and nothing is handed on', async () => {
  const read = jest.spyOn(FileReader.prototype, 'readAsArrayBuffer').mockImplementation(function (this: FileReader) {
    Object.defineProperty(this, 'error', { value: new DOMException('The file could not be read', 'NotReadableError') });
    setTimeout(() => this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>), 0);
  });
  const onFiles = jest.fn();
  render(<FilePicker label="Chọn báo cáo" onFiles={onFiles} testId="chon" />);
  await act(async () => {
    fireEvent.change(screen.getByTestId('chon'), { target: { files: [new File(['x'], 'Báo cáo phường A.xlsx')] } });
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  expect(onFiles).not.toHaveBeenCalled();
  expect(screen.getByRole('alert').textContent).toContain('Không đọc được tệp "Báo cáo phường A.xlsx": máy không cho đọc');
  read.mockRestore();
});

test('a bug is not dressed up as a browser refusal', () => {
  expect(noticeFromFailure('tải mẫu', new TypeError('x is undefined'))?.text).toMatch(/^Chưa tải mẫu được \(x is undefined\)/);
});
