import { makePeriod } from '../period/ReportingPeriod';
import { splitSentences } from './splitSentences';
import { findStaleReferences } from './staleReferences';

const q3 = makePeriod('Q3', 2026);
const stale = (text: string) => findStaleReferences(text, q3).map((s) => s.mention);

test('times outside the round\'s period are found, each with its sentence', () => {
  const text = 'Trong quý, Đảng ủy tổ chức 3 hội nghị. Năm 2024 đã ra mắt 2 mô hình mới. Kết quả quý II/2025 được duy trì.';
  expect(findStaleReferences(text, q3)).toEqual([
    { mention: 'Năm 2024', sentence: 'Năm 2024 đã ra mắt 2 mô hình mới.' },
    { mention: 'quý II/2025', sentence: 'Kết quả quý II/2025 được duy trì.' },
  ]);
  expect(stale('Ngày 02/9/2025, phường tổ chức lễ kỷ niệm.')).toEqual(['02/9/2025']);
  expect(stale('Sơ kết 6 tháng đầu năm 2025 cho thấy nhiều chuyển biến.')).toEqual(['6 tháng đầu năm 2025']);
  expect(stale('Các chi bộ tiếp tục duy trì kết quả của quý I năm 2026.')).toEqual(['quý I năm 2026']);
});

test('times of the round itself, and references, comparisons, spans and targets, are not', () => {
  for (const text of [
    'Trong quý III/2026, Đảng ủy tổ chức 3 hội nghị; ngày 20/8/2026 ra mắt mô hình mới.',
    'Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị, Đảng ủy xây dựng kế hoạch.',
    'Theo Kế hoạch số 12-KH/ĐU ngày 10/01/2026, các chi bộ đăng ký làm theo.',
    'Số đảng viên tăng 5% so với cùng kỳ năm 2025.',
    'Thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030, giai đoạn 2021-2025 đã hoàn thành.',
    'Phấn đấu đến năm 2030 có 100% chi bộ đạt trong sạch, vững mạnh.',
    'Kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025) được tổ chức trang trọng.',
    'Báo cáo ngày 20/9/2026 tổng hợp các số liệu đến hết quý.',
    'Giá trị 1.234 triệu đồng, TP. Hà Nội hỗ trợ 2.026 suất quà.',
  ]) expect([text, stale(text)]).toEqual([text, []]);
});

test('sentences end at a full stop before a capital, at a line break, and list marks are dropped', () => {
  expect(splitSentences('Tổ chức 1.234 lượt. TP. Hà Nội hỗ trợ.\n- Mục một;\n+ Mục hai\n1. Ý thứ ba v.v. và hơn')).toEqual(['Tổ chức 1.234 lượt.', 'TP. Hà Nội hỗ trợ.', 'Mục một;', 'Mục hai', 'Ý thứ ba v.v. và hơn']);
});
