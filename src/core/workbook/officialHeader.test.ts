import type { OfficialDocument } from './OfficialDocument';
import { attachedToLine, breakName, defaultRecipients, documentSymbol, headerNames, isNumberPlaceholder, numberLine, placeDateLine, placeOf, recipientsNeedSetting, splitIssuer } from './officialHeader';

const doc = (fields: Partial<OfficialDocument>): OfficialDocument => ({ bodyAbove: 'Tỉnh ủy Nghệ An', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', number: '', place: '', date: '2026-07-06', recipients: [], issuerKind: 'department', signer: 'head', ...fields });

test('the top line is the committee; an issuer naming it already is not printed with it twice', () => {
  expect(headerNames(doc({ bodyAbove: 'Tỉnh ủy Nghệ An', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An' }), 26)).toEqual({ above: ['TỈNH ỦY NGHỆ AN'], issuer: ['BAN TUYÊN GIÁO VÀ DÂN VẬN'] });
  expect(splitIssuer(doc({ bodyAbove: 'Tỉnh uỷ Nghệ An', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' })).office).toBe('Ban Tuyên giáo và Dân vận');
  // A line above that is no committee ("Đảng bộ …") leaves the name whole, broken between words.
  expect(headerNames(doc({ bodyAbove: 'Đảng bộ thành phố Hà Nội', issuer: 'Ban Tuyên giáo và Dân vận Thành ủy' }), 26)).toEqual({ above: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'], issuer: ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'THÀNH ỦY'] });
});

test('a long name breaks only between words: before the committee, else balanced and never after "và"', () => {
  expect(breakName('BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 26)).toEqual(['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'TỈNH ỦY']);
  expect(breakName('BAN TUYÊN GIÁO VÀ DÂN VẬN', 20)).toEqual(['BAN TUYÊN GIÁO', 'VÀ DÂN VẬN']);
  expect(breakName('ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH', 26)).toEqual(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH']);
  expect(breakName('TỈNH ỦY NGHỆ AN', 26)).toEqual(['TỈNH ỦY NGHỆ AN']);
  for (const line of breakName('ĐẢNG BỘ KHỐI CÁC CƠ QUAN DOANH NGHIỆP THÀNH PHỐ HỒ CHÍ MINH TRỰC THUỘC', 20)) expect(line.length).toBeLessThanOrEqual(20);
});

test('with no number, room to write it and the symbol when the office is known; never "Số -CV/"', () => {
  expect(documentSymbol(doc({ issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' }))).toBe('BTGDVTU');
  expect(documentSymbol(doc({ issuer: 'Ban Tuyên giáo và Dân vận Thành ủy Hà Nội' }))).toBe('BTGDVTU');
  expect(documentSymbol(doc({ bodyAbove: 'Huyện ủy Gia Lâm', issuer: 'Ban Tuyên giáo và Dân vận' }))).toBe('BTGDVHU');
  expect(documentSymbol(doc({ issuer: 'Đảng ủy xã Ba Vì', issuerKind: 'committee' }))).toBe('ĐU');
  expect(documentSymbol(doc({ bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận' }))).toBe('');
  const bc = numberLine(doc({ number: '', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' }), 'BC');
  expect(bc).toMatch(/^Số\u00a0{8}-BC\/BTGDVTU$/);
  const cv = numberLine(doc({ number: '', bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận' }), 'CV');
  expect(cv).toMatch(/^Số\u00a0{8}-CV\/$/);
  expect(numberLine(doc({ number: '45-BC/BTGDVTU' }), 'BC')).toBe('Số 45-BC/BTGDVTU');
  for (const text of [bc, cv, 'Số      -BC/', 'Số -BC/BTGDVTU']) expect(isNumberPlaceholder(text)).toBe(true);
  expect(isNumberPlaceholder('Số 45-BC/BTGDVTU')).toBe(false);
});

test('the date line carries the place: the one given, else the committee\'s area, else room for it', () => {
  expect(placeDateLine(doc({ place: 'Hà Nội', date: '2024-04-10' }))).toBe('Hà Nội, ngày 10 tháng 4 năm 2024');
  expect(placeDateLine(doc({ place: '', bodyAbove: 'Tỉnh ủy Nghệ An', date: '2026-02-06' }))).toBe('Nghệ An, ngày 06 tháng 02 năm 2026');
  expect(placeOf(doc({ place: '', bodyAbove: 'ĐẢNG BỘ TỈNH NGHỆ AN' }))).toBe('Nghệ An');
  expect(placeOf(doc({ place: '', bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận Thành ủy Hà Nội' }))).toBe('Hà Nội');
  expect(placeDateLine(doc({ place: '', bodyAbove: 'Đảng bộ thành phố (dữ liệu mẫu)', issuer: 'Ban Tuyên giáo và Dân vận Thành ủy', date: '2026-07-06' }))).toBe('……, ngày 06 tháng 7 năm 2026');
});

test('each appendix says which report it goes with, with room for the number when there is none yet', () => {
  const full = doc({ number: '45-BC/BTGDVTU', bodyAbove: 'Tỉnh ủy Nghệ An', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', date: '2026-07-06' });
  expect(attachedToLine(full)).toBe('(Kèm theo Báo cáo số 45-BC/BTGDVTU, ngày 06/7/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An)');
  expect(attachedToLine({ ...full, number: '' })).toBe('(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BTGDVTU, ngày 06/7/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An)');
});

test('Nơi nhận by default names the committee when it is known, never a placeholder; the archive alone needs the user', () => {
  expect(defaultRecipients(doc({ bodyAbove: 'Tỉnh ủy Nghệ An' }))).toEqual(['Thường trực Tỉnh ủy Nghệ An (để báo cáo)', 'Lưu Văn phòng']);
  expect(defaultRecipients(doc({ bodyAbove: 'TỈNH ỦY NGHỆ AN' }))).toEqual(['Thường trực Tỉnh ủy Nghệ An (để báo cáo)', 'Lưu Văn phòng']);
  expect(defaultRecipients(doc({ bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận Thành ủy Hà Nội' }))).toEqual(['Thường trực Thành ủy Hà Nội (để báo cáo)', 'Lưu Văn phòng']);
  expect(defaultRecipients(doc({ bodyAbove: '', issuer: 'Ban Tuyên giáo và Dân vận' }))).toEqual(['Lưu Văn phòng']);
  expect(recipientsNeedSetting({ recipients: ['Lưu Văn phòng'] })).toBe(true);
  expect(recipientsNeedSetting({ recipients: ['Thường trực Tỉnh ủy (để báo cáo)', 'Lưu VP'] })).toBe(false);
});
