import { classifyFolderEntry, describeSkipReason, partitionByName } from './folderEntries';

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
  ['Báo cáo.docx', 'read'],
  ['Báo cáo cũ.DOC', 'read'],
  ['Báo cáo.rtf', 'not_spreadsheet'],
  ['xlsx', 'not_spreadsheet'],
])('%s → %s', (name, expected) => {
  expect(classifyFolderEntry(name)).toBe(expected);
});

test('every reason is said in full Vietnamese, naming the extension where it helps', () => {
  expect(describeSkipReason({ fileName: 'a.pdf', reason: 'not_spreadsheet' })).toContain('tệp .pdf, không phải báo cáo bảng tính hay Word (.xlsx, .xlsm, .xls, .ods, .docx, .doc)');
  expect(describeSkipReason({ fileName: 'README', reason: 'not_spreadsheet' })).toContain('tệp không có phần mở rộng');
  for (const reason of ['lock_file', 'hidden', 'broken_link', 'folder'] as const) expect(describeSkipReason({ fileName: 'x', reason })).toMatch(/^Bỏ qua: /);
});

test('files picked together are split by name, in the order given, the skipped ones with their reason', () => {
  const picked = ['Xã A.xlsx', '~$Xã A.xlsx', 'Xã B.ods', 'Công văn.pdf', '.DS_Store', 'Xã C.XLS', 'Xã D.docx'].map((name) => ({ name, bytes: name.length }));
  const { read, skipped } = partitionByName(picked);
  expect(read.map((f) => f.name)).toEqual(['Xã A.xlsx', 'Xã B.ods', 'Xã C.XLS', 'Xã D.docx']);
  expect(read[0]).toBe(picked[0]);
  expect(skipped).toEqual([
    { fileName: '~$Xã A.xlsx', reason: 'lock_file' },
    { fileName: 'Công văn.pdf', reason: 'not_spreadsheet' },
    { fileName: '.DS_Store', reason: 'hidden' },
  ]);
});
