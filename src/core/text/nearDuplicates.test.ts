import { candidatePairs, comparableSyllables, containment, groupNearDuplicates, jaccard, shingleSet } from './nearDuplicates';

const set = (text: string) => shingleSet(comparableSyllables(text));

test('syllables fold case, NFC/NFD and tone placement, and every number is one token', () => {
  expect(comparableSyllables('Đảng ủy phường Hoà Bình tổ chức 12 hội nghị, 1.234 lượt')).toEqual(comparableSyllables('ĐẢNG UỶ PHƯỜNG HÒA BÌNH tổ chức 3 hội nghị, 99 lượt'.normalize('NFD')));
  expect(comparableSyllables('hòa')).not.toEqual(comparableSyllables('hoa'));
});

test('Jaccard and containment of shingle sets', () => {
  const a = set('tổ chức hội nghị quán triệt nghị quyết của Trung ương cho cán bộ đảng viên');
  expect(jaccard(a, a)).toBe(1);
  expect(jaccard(a, set('một câu hoàn toàn khác không chung chữ nào'))).toBe(0);
  const longer = set('tổ chức hội nghị quán triệt nghị quyết của Trung ương cho cán bộ đảng viên, và tuyên truyền trên loa truyền thanh của phường');
  expect(containment(a, longer)).toBe(1);
  expect(containment(longer, a)).toBeLessThan(0.7);
  expect(jaccard(new Set(), new Set())).toBe(0);
});

test('near-duplicates are grouped, whatever the numbers and the way the text was typed; others stay apart', () => {
  const texts = [
    'Đảng ủy đã tổ chức 5 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Đảng cho 320 đảng viên.',
    'Tập trung phát triển kinh tế số và chuyển đổi số trong các cơ quan, đơn vị trên địa bàn phường.',
    'ĐẢNG UỶ ĐÃ TỔ CHỨC 7 HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT CÁC NGHỊ QUYẾT, CHỈ THỊ CỦA ĐẢNG CHO 1.045 ĐẢNG VIÊN.'.normalize('NFD'),
    'Mô hình "Tổ dân phố không rác thải nhựa" được nhân rộng ra toàn phường.',
    'Đảng ủy đã tổ chức 2 hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Đảng cho 80 đảng viên và quần chúng.',
  ];
  expect(groupNearDuplicates(texts.map(set), 0.6)).toEqual([[0, 2, 4], [1], [3]]);
});

test('a phrase a thousand texts share is grouped in linear work: its bucket links each text to the first', () => {
  const sets = Array.from({ length: 1000 }, (_, i) => set(`Thực hiện Kế hoạch số ${i} của Ban Thường vụ, Đảng ủy báo cáo kết quả công tác tuyên giáo như sau`));
  const pairs = candidatePairs(sets);
  expect(pairs.length).toBeLessThan(1000 * 16);
  expect(groupNearDuplicates(sets)).toHaveLength(1);
});
