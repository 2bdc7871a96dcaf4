import { formatIssue } from './issueMessages';
import { describeNeededSpace, describeSystemError, systemErrorCode } from './describeSystemError';

const at = { file: 'D:\\Báo cáo\\Tổng hợp.xlsx', folder: 'D:\\Báo cáo' };

test('a system error code is told apart from a bug', () => {
  expect(systemErrorCode(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('ENOSPC');
  expect(systemErrorCode({ name: 'QuotaExceededError' })).toBe('QuotaExceededError');
  expect(systemErrorCode(new TypeError('x'))).toBeUndefined();
  expect(systemErrorCode(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
});

test.each([
  ['ENOSPC', 'write', 'DISK_FULL'],
  ['EACCES', 'write', 'WRITE_NOT_PERMITTED'],
  ['EACCES', 'read', 'READ_NOT_PERMITTED'],
  ['EPERM', 'replace', 'OUTPUT_IN_USE'],
  ['EBUSY', 'replace', 'OUTPUT_IN_USE'],
  ['ENAMETOOLONG', 'write', 'PATH_TOO_LONG'],
  ['EINVAL', 'write', 'PATH_REFUSED'],
  ['ENOENT', 'write', 'FOLDER_GONE'],
  ['ENOENT', 'read', 'INPUT_GONE'],
  ['EROFS', 'write', 'VOLUME_READ_ONLY'],
  ['EMFILE', 'write', 'TOO_MANY_OPEN_FILES'],
  ['EISDIR', 'read', 'PATH_IS_FOLDER'],
  ['EIO', 'write', 'DISK_FAILED'],
  ['QuotaExceededError', 'write', 'BROWSER_STORAGE_FULL'],
  ['NotReadableError', 'read', 'INPUT_NOT_READABLE'],
  ['NotAllowedError', 'write', 'DOWNLOAD_REFUSED'],
] as const)('%s while %s → %s', (code, step, issue) => {
  expect(describeSystemError(code, { ...at, step }).code).toBe(issue);
});

test('the disk-full message says how much more is needed, in megabytes as people say it', () => {
  expect(formatIssue(describeSystemError('ENOSPC', { ...at, step: 'write', neededBytes: 1.45 * 1024 * 1024 }))).toBe(
    'Ổ đĩa chứa thư mục "D:\\Báo cáo" đã đầy: cần thêm khoảng 1,5 MB. Xóa bớt tệp hoặc chọn nơi khác bằng -o.',
  );
  expect(describeNeededSpace(10)).toBe('0,1 MB');
  expect(describeNeededSpace(undefined)).toBe('vài MB');
});

test('a name Windows refuses is named without its folder', () => {
  expect(formatIssue(describeSystemError('EINVAL', { file: 'D:\\Báo cáo\\Tổng hợp?.xlsx', folder: 'D:\\Báo cáo', step: 'write' }))).toContain('Tên "Tổng hợp?.xlsx"');
});
