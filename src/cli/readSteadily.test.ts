import { formatIssue } from '../core/issues/issueMessages';
import { readSteadily, type Disk } from './readSteadily';

const bytes = new Uint8Array([1, 2, 3]);
const steady: Disk = { statSync: () => ({ size: 3, mtimeMs: 1 }), readFileSync: () => bytes };

test('a steady file is read as it is', () => {
  expect(readSteadily('/nhan/a.xlsx', steady)).toEqual({ bytes });
});

test('a file that changed while it was read (still being copied in) is listed as such', () => {
  let stats = 0;
  const growing: Disk = { statSync: () => ({ size: 3 + stats++, mtimeMs: 1 }), readFileSync: () => bytes };
  const read = readSteadily('/nhan/a.xlsx', growing);
  if (!('fault' in read)) throw new Error('expected a fault');
  expect(read.fault.code).toBe('INPUT_CHANGED');
  expect(formatIssue(read.fault)).toContain('"/nhan/a.xlsx" thay đổi trong khi đang đọc');
});

test.each([
  ['ENOENT', 'INPUT_GONE', 'không còn khi đọc'],
  ['EACCES', 'READ_NOT_PERMITTED', 'Không có quyền đọc'],
  ['EBUSY', 'INPUT_NOT_READABLE', 'Không đọc được tệp'],
  ['EIO', 'DISK_FAILED', 'Ổ đĩa báo lỗi (EIO)'],
])('a file that fails with %s is listed as %s, and the round goes on', (code, issue, text) => {
  const failing: Disk = { ...steady, readFileSync: () => { throw Object.assign(new Error(code), { code }); } };
  const read = readSteadily('/nhan/a.xlsx', failing);
  if (!('fault' in read)) throw new Error('expected a fault');
  expect(read.fault.code).toBe(issue);
  expect(formatIssue(read.fault)).toContain(text);
});

test('a bug is not hidden as a fault of the disk', () => {
  expect(() => readSteadily('/a', { ...steady, readFileSync: () => { throw new TypeError('bug'); } })).toThrow(TypeError);
});
