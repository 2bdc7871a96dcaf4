import { classifyFolderEntry, describeSkipReason } from './folderEntries';

test.each([
  ['Báo cáo xã Sóc Sơn.xlsx', 'read'],
  ['BÁO CÁO.XLSX', 'read'],
  ['Bao cao.xls', 'read'],
  ['LibreOffice.ods', 'read'],
  ['Có macro.xlsm', 'read'],
  ['~$Báo cáo xã Sóc Sơn.xlsx', 'lock_file'],
  ['.~lock.Báo cáo.ods#', 'hidden'],
  ['desktop.ini', 'hidden'],
  ['Báo cáo đã ký.pdf', 'not_spreadsheet'],
  ['Báo cáo.docx', 'not_spreadsheet'],
  ['xlsx', 'not_spreadsheet'],
])('%s → %s', (name, expected) => {
  expect(classifyFolderEntry(name)).toBe(expected);
});

test('every reason is said in full Vietnamese, naming the extension where it helps', () => {
  expect(describeSkipReason({ fileName: 'a.pdf', reason: 'not_spreadsheet' })).toContain('tệp .pdf, không phải bảng tính');
  expect(describeSkipReason({ fileName: 'README', reason: 'not_spreadsheet' })).toContain('tệp không có phần mở rộng');
  for (const reason of ['lock_file', 'hidden', 'broken_link', 'folder'] as const) expect(describeSkipReason({ fileName: 'x', reason })).toMatch(/^Bỏ qua: /);
});
