import { findUnitsNamed, unitNames } from './findUnitsNamed';

const registry = {
  units: [
    { code: 'BD', name: 'Đảng ủy phường Ba Đình', kind: 'Đảng ủy phường' },
    { code: 'HK', name: 'Đảng bộ phường Hoàn Kiếm', kind: 'Đảng ủy phường' },
    { code: 'X1', name: 'Đảng ủy xã An Lão', kind: 'Đảng ủy xã' },
    { code: 'X2', name: 'Đảng ủy thị trấn An Lão', kind: 'Đảng ủy thị trấn' },
  ],
};
const names = unitNames(registry);

test('a sentence opening with a unit\'s name, as a unit writes of itself, whatever the body word, case or tone placement', () => {
  expect(findUnitsNamed('Đảng ủy phường Ba Đình đã tổ chức 3 hội nghị.', names)?.code).toBe('BD');
  expect(findUnitsNamed('BAN THƯỜNG VỤ ĐẢNG UỶ PHƯỜNG HOÀN KIẾM chỉ đạo các chi bộ.', names)?.code).toBe('HK');
  expect(findUnitsNamed('Phường Hoàn Kiếm triển khai kế hoạch.', names)?.code).toBe('HK');
  expect(findUnitsNamed('Xã An Lão ra mắt mô hình mới.', names)?.code).toBe('X1');
});

test('a name in the middle of a sentence, or a text naming no unit, is not', () => {
  expect(findUnitsNamed('Các chi bộ phối hợp với phường Ba Đình tổ chức hội thi.', names)).toBeNull();
  expect(findUnitsNamed('Đảng ủy đã tổ chức học tập chuyên đề.', names)).toBeNull();
});
