import * as XLSX from 'xlsx';
import { readWorkbookGrid } from './readWorkbookGrid';
import { LIMITS } from '../../core/round/limits';
import { formatIssue } from '../../core/issues/issueMessages';

const codesOf = (bytes: Uint8Array) => {
  const r = readWorkbookGrid(bytes);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.params.detail]);
};

function tinyWorkbook(extra?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Mã', 'Giá trị'], ['a', 1], ['b', 'chữ'.normalize('NFD')]]), 'Trang 1');
  extra?.(wb);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

test('reads values and defined names into a plain grid', () => {
  const bytes = tinyWorkbook((wb) => {
    wb.Workbook = { Names: [{ Name: 'GIA_TRI', Ref: "'Trang 1'!$B$2" }] };
  });
  const r = readWorkbookGrid(bytes);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.grid.sheets[0]).toEqual({ name: 'Trang 1', hidden: false, rows: [['Mã', 'Giá trị'], ['a', 1], ['b', 'chữ'.normalize('NFD')]] });
  expect(r.grid.names).toEqual([{ name: 'GIA_TRI', sheet: 'Trang 1', row: 1, col: 1 }]);
  expect(r.grid.date1904).toBe(false);
});

test('an empty file', () => {
  expect(codesOf(new Uint8Array())).toEqual([['FILE_EMPTY', undefined]]);
});

test.each([
  ['%PDF-1.7', 'tệp PDF'],
  ['\x89PNG\r\n', 'ảnh PNG'],
  ['{\\rtf1', 'tệp RTF'],
  ['Mã,Tên\nP01,A', 'không nhận ra định dạng'],
])('not a spreadsheet: %p', (start, detail) => {
  expect(codesOf(new Uint8Array(Buffer.from(start, 'latin1')))).toEqual([['FILE_NOT_SPREADSHEET', detail]]);
});

test('a truncated workbook is unreadable, not a crash', () => {
  const bytes = tinyWorkbook();
  const result = codesOf(bytes.slice(0, Math.floor(bytes.length / 2)));
  expect(result).toHaveLength(1);
  expect(result[0][0]).toBe('FILE_UNREADABLE');
});

test('a file above the size limit is refused before parsing', () => {
  const big = new Uint8Array(LIMITS.file.bytes + 1);
  big.set([0x50, 0x4b, 0x03, 0x04]);
  const r = readWorkbookGrid(big);
  expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
  // The message takes the limit from the table, written as an office reads a size.
  expect(!r.ok && formatIssue(r.issues[0])).toContain('vượt giới hạn 20,0 MB của một báo cáo');
});

test('the input bytes are not modified', () => {
  const bytes = tinyWorkbook();
  const copy = bytes.slice();
  readWorkbookGrid(bytes);
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
});
