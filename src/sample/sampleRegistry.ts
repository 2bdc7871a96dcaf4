import type { UnitRegistry } from '../core/registry/UnitRegistry';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Thị', 'Văn', 'Minh', 'Thu', 'Đức'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Nam', 'Phương', 'Quân', 'Tâm', 'Thảo', 'Tuấn'];

/** Made-up people, phone numbers and mail boxes (example.com is reserved for examples). */
function sampleContact(code: string, i: number) {
  return {
    person: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
    phone: `0900 000 ${String(i + 1).padStart(3, '0')}`,
    email: `tuyengiao.${code.toLowerCase().replace('-', '')}@example.com`,
  };
}

/**
 * DỮ LIỆU MẪU: a made-up list of 30 units reporting to a city's Ban Tuyên giáo và Dân vận,
 * in the post-2025 shape (wards, communes and the committees directly under the city).
 * Codes and contacts are invented; it is for the demo and tests, never for a real round.
 */
export const SAMPLE_REGISTRY: UnitRegistry = {
  owner: 'Ban Tuyên giáo và Dân vận Thành ủy (dữ liệu mẫu)',
  sample: true,
  units: [
    ['HN-01', 'Đảng ủy phường Ba Đình', 'Đảng ủy phường'],
    ['HN-02', 'Đảng ủy phường Ngọc Hà', 'Đảng ủy phường'],
    ['HN-03', 'Đảng ủy phường Giảng Võ', 'Đảng ủy phường'],
    ['HN-04', 'Đảng ủy phường Hoàn Kiếm', 'Đảng ủy phường'],
    ['HN-05', 'Đảng ủy phường Cửa Nam', 'Đảng ủy phường'],
    ['HN-06', 'Đảng ủy phường Hai Bà Trưng', 'Đảng ủy phường'],
    ['HN-07', 'Đảng ủy phường Vĩnh Tuy', 'Đảng ủy phường'],
    ['HN-08', 'Đảng ủy phường Bạch Mai', 'Đảng ủy phường'],
    ['HN-09', 'Đảng ủy phường Đống Đa', 'Đảng ủy phường'],
    ['HN-10', 'Đảng ủy phường Kim Liên', 'Đảng ủy phường'],
    ['HN-11', 'Đảng ủy phường Văn Miếu - Quốc Tử Giám', 'Đảng ủy phường'],
    ['HN-12', 'Đảng ủy phường Láng', 'Đảng ủy phường'],
    ['HN-13', 'Đảng ủy phường Ô Chợ Dừa', 'Đảng ủy phường'],
    ['HN-14', 'Đảng ủy phường Tây Hồ', 'Đảng ủy phường'],
    ['HN-15', 'Đảng ủy phường Phú Thượng', 'Đảng ủy phường'],
    ['HN-16', 'Đảng ủy phường Cầu Giấy', 'Đảng ủy phường'],
    ['HN-17', 'Đảng ủy phường Nghĩa Đô', 'Đảng ủy phường'],
    ['HN-18', 'Đảng ủy phường Yên Hòa', 'Đảng ủy phường'],
    ['HN-19', 'Đảng ủy phường Thanh Xuân', 'Đảng ủy phường'],
    ['HN-20', 'Đảng ủy phường Khương Đình', 'Đảng ủy phường'],
    ['HN-21', 'Đảng ủy phường Hoàng Mai', 'Đảng ủy phường'],
    ['HN-22', 'Đảng ủy phường Long Biên', 'Đảng ủy phường'],
    ['HN-23', 'Đảng ủy phường Bồ Đề', 'Đảng ủy phường'],
    ['HN-24', 'Đảng ủy xã Gia Lâm', 'Đảng ủy xã'],
    ['HN-25', 'Đảng ủy xã Đông Anh', 'Đảng ủy xã'],
    ['HN-26', 'Đảng ủy xã Sóc Sơn', 'Đảng ủy xã'],
    ['HN-27', 'Đảng ủy xã Ba Vì', 'Đảng ủy xã'],
    ['HN-28', 'Đảng ủy phường Sơn Tây', 'Đảng ủy phường'],
    ['HN-29', 'Đảng ủy Ủy ban nhân dân Thành phố', 'Đảng ủy trực thuộc'],
    ['HN-30', 'Đảng ủy các cơ quan Đảng Thành phố', 'Đảng ủy trực thuộc'],
  ].map(([code, name, kind], i) => ({ code, name, kind, contact: sampleContact(code, i) })),
};
