import { cleanExcerpt } from './cleanExcerpt';

test('text is made NFC, white space folded, bullets alike, empty lines dropped', () => {
  const nfd = 'Tuyên truyền'.normalize('NFD');
  expect(cleanExcerpt(`${nfd}   về\u00a0nghị quyết.\n\n\n• Một\n+  Hai\n-Ba\n   \n`)).toEqual(['Tuyên truyền về nghị quyết.', '- Một', '- Hai', '- Ba']);
});

test('what was pasted from Word is taken out; with the context, the heading and the unit\'s label too', () => {
  const text = 'II.2. KẾT HỢP GIỮA HỌC TẬP VỚI LÀM THEO\nĐảng ủy phường An Biên: Đã xây dựng kế hoạch¹.\n- 2 -\nNơi nhận:\n- Lưu VP.';
  expect(cleanExcerpt(text, { sectionCode: 'II.2', sectionTitle: 'Kết hợp giữa học tập với làm theo', unitName: 'Đảng ủy phường An Biên' })).toEqual(['Đã xây dựng kế hoạch.']);
  // Without a section's title, a first line is taken for a heading only when it is in capitals.
  expect(cleanExcerpt('Mở đầu.\nPhần sau.')).toEqual(['Mở đầu.', 'Phần sau.']);
});
