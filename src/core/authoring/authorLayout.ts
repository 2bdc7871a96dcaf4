import { PERIOD_KIND_LABELS, PERIOD_KINDS } from '../period/ReportingPeriod';
import type { MetadataType } from '../template/ReportTemplate';

/**
 * The author workbook, in the spirit of XLSForm: one sheet per part of a template, one row per
 * item, headers in plain Vietnamese. Both the writer and the reader use these tables, so a
 * header renamed here is renamed on both sides.
 */
export const AUTHOR_SHEETS = {
  guide: 'Hướng dẫn',
  settings: 'Cài đặt',
  outline: 'Đề cương',
  indicators: 'Chỉ tiêu',
  lists: 'Danh sách chọn',
  nominations: 'Bảng điển hình',
  metadata: 'Thông tin chung',
} as const;

export interface AuthorColumn<K extends string = string> {
  key: K;
  header: string;
  width: number;
  /** The column must exist in the header row (its cells may still be empty where allowed). */
  required: boolean;
  /** Offered as a drop-down in the author workbook. */
  choices?: readonly string[];
  /** What to write, shown as the header's note. */
  hint: string;
}

const col = <K extends string>(key: K, header: string, width: number, required: boolean, hint: string, choices?: readonly string[]): AuthorColumn<K> => ({ key, header, width, required, hint, choices });

export const YES = 'có';
export const ALL_KINDS = 'tất cả các kỳ';
export const CONTEXT_SECTION = 'chung';
export const INDICATOR_TYPES = { sum: 'số đếm', ratio: 'tỷ lệ' } as const;
export const AGGREGATIONS = { sum: 'cộng', ratio: 'tính lại từ tử số và mẫu số' } as const;
export const LIST_NAMES = { kinds: 'loại điển hình', forms: 'hình thức đề xuất' } as const;
export const METADATA_TYPES: Record<MetadataType, string> = {
  unit: 'đơn vị',
  periodKind: 'kỳ báo cáo',
  year: 'năm',
  date: 'ngày',
  text: 'chữ',
  phone: 'điện thoại',
  email: 'thư điện tử',
};

export const OUTLINE_COLUMNS = [
  col('code', 'Mã mục', 10, true, 'Số thứ tự như trong đề cương: I, II, II.1… Không trùng nhau.'),
  col('title', 'Tên mục', 60, true, 'Tên mục như trong đề cương.'),
  col('level', 'Cấp', 7, true, '1: phần lớn (I, II…); 2: mục nhỏ thuộc phần cấp 1 ngay phía trên. Phần cấp 1 có mục cấp 2 thì chỉ là tiêu đề; phần cấp 1 không có mục con thì đơn vị viết nội dung vào đó.', ['1', '2']),
  col('requiredFor', 'Bắt buộc ở kỳ', 26, false, `Các kỳ mà mục không được để trống, cách nhau bằng dấu phẩy (ví dụ: 6 tháng đầu năm, Năm), hoặc "${ALL_KINDS}". Để trống: không bắt buộc.`),
  col('minLength', 'Số ký tự tối thiểu', 12, false, 'Nội dung ngắn hơn sẽ bị cảnh báo là quá sơ sài. Để trống: 0.'),
  col('hint', 'Gợi ý nội dung', 50, false, 'In dưới tên mục trong mẫu, để đơn vị biết cần viết gì.'),
  col('headings', 'Tên mục thường gặp trong báo cáo Word', 40, false, 'Các cách đơn vị hay đặt tên mục này khi viết báo cáo bằng Word, cách nhau bằng dấu chấm phẩy (;), ví dụ: Ưu điểm; Kết quả nổi bật. Giúp đọc báo cáo Word vào đúng mục.'),
] as const;

export const INDICATOR_COLUMNS = [
  col('code', 'Mã chỉ tiêu', 20, true, 'Chữ thường không dấu, số và dấu gạch dưới, ví dụ dv_hoc_tap. Giữ nguyên mã qua các năm để so sánh được.'),
  col('section', 'Thuộc mục', 10, true, `Mã mục trong trang "${AUTHOR_SHEETS.outline}", hoặc "${CONTEXT_SECTION}" cho số liệu về chính đơn vị (tổng số đảng viên…).`),
  col('label', 'Tên chỉ tiêu', 44, true, 'Tên như in trong mẫu.'),
  col('unit', 'Đơn vị tính', 12, true, 'người, cuộc, văn bản, %…'),
  col('type', 'Loại', 10, true, `"${INDICATOR_TYPES.sum}": đơn vị nhập số nguyên; "${INDICATOR_TYPES.ratio}": không nhập, tự tính từ tử số và mẫu số.`, Object.values(INDICATOR_TYPES)),
  col('min', 'Nhỏ nhất', 9, false, 'Số đếm: giá trị nhỏ nhất được nhập. Để trống: 0.'),
  col('max', 'Lớn nhất', 9, false, 'Số đếm: giá trị lớn nhất (để trống nếu không giới hạn).'),
  col('atMost', 'Không vượt quá', 18, false, 'Số đếm: mã một chỉ tiêu khác mà số này không được lớn hơn (ví dụ tong_dang_vien).'),
  col('required', 'Bắt buộc nhập', 10, false, `"${YES}": để trống là lỗi (dùng cho mẫu số của tỷ lệ). Để trống: chỉ cảnh báo.`, [YES]),
  col('numerator', 'Tử số', 18, false, 'Tỷ lệ: mã chỉ tiêu số đếm làm tử số.'),
  col('denominator', 'Mẫu số', 18, false, 'Tỷ lệ: mã chỉ tiêu số đếm làm mẫu số.'),
  col('decimals', 'Số chữ số thập phân', 11, false, 'Tỷ lệ: số chữ số sau dấu phẩy. Để trống: 2.'),
  col('aggregation', 'Cách tổng hợp', 16, false, `"${AGGREGATIONS.sum}" cho số đếm; "${AGGREGATIONS.ratio}" cho tỷ lệ (không lấy trung bình). Để trống: theo loại.`, Object.values(AGGREGATIONS)),
  col('phrase', 'Câu mẫu trong báo cáo Word', 44, false, 'Câu viết số liệu vào báo cáo Word; {mã chỉ tiêu} là chỗ điền số, ví dụ: đã tổ chức {hn_quan_triet} hội nghị với {dv_hoc_tap} đảng viên tham gia (đạt {ty_le_hoc_tap}). Để trống: câu chung "tên chỉ tiêu: số đơn vị tính".'),
] as const;

export const LIST_COLUMNS = [
  col('list', 'Danh sách', 22, true, `"${LIST_NAMES.kinds}" hoặc "${LIST_NAMES.forms}".`, Object.values(LIST_NAMES)),
  col('value', 'Giá trị', 56, true, 'Một lựa chọn mỗi dòng, như sẽ hiện trong danh sách thả xuống của mẫu.'),
  col('count', 'Số lượng mỗi đơn vị đề xuất', 14, false, `Chỉ cho "${LIST_NAMES.kinds}": mỗi đơn vị cần đề xuất bao nhiêu (để trống: không yêu cầu).`),
] as const;

export const NOMINATION_COLUMNS = [
  col('code', 'Mã cột', 14, true, 'Chữ thường không dấu, số và dấu gạch dưới.'),
  col('label', 'Tên cột', 34, true, 'Tên cột như in trong mẫu.'),
  col('required', 'Bắt buộc nhập', 10, false, `"${YES}" nếu ô không được để trống.`, [YES]),
  col('choices', 'Danh sách chọn', 22, false, `Tên một danh sách trong trang "${AUTHOR_SHEETS.lists}" nếu cột là ô chọn.`, Object.values(LIST_NAMES)),
  col('width', 'Độ rộng', 9, false, 'Độ rộng cột trong mẫu (số ký tự). Để trống: 20.'),
] as const;

export const METADATA_COLUMNS = [
  col('code', 'Mã trường', 16, true, 'Giữ nguyên các mã don_vi, ky_bao_cao, nam, ngay_bao_cao: phần mềm dùng chúng để nhận ra đơn vị và kỳ.'),
  col('label', 'Tên trường', 30, true, 'Tên như in trong mẫu.'),
  col('type', 'Kiểu', 14, true, 'Kiểu dữ liệu, để kiểm tra khi đơn vị nhập.', Object.values(METADATA_TYPES)),
  col('required', 'Bắt buộc nhập', 10, false, `"${YES}" nếu không được để trống.`, [YES]),
] as const;

export interface AuthorSetting {
  key: 'id' | 'version' | 'title' | 'basis' | 'issuer' | 'published' | 'periodKinds' | 'nominationsTitle' | 'nominationRows';
  label: string;
  required: boolean;
  hint: string;
}

export const SETTINGS: readonly AuthorSetting[] = [
  { key: 'id', label: 'Mã mẫu', required: true, hint: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ hn-kl01. Giữ nguyên qua các năm: phiên bản mới vẫn dùng mã cũ.' },
  { key: 'version', label: 'Phiên bản', required: true, hint: 'Số nguyên. Tăng thêm 1 mỗi khi phát hành đề cương hoặc chỉ tiêu mới.' },
  { key: 'title', label: 'Tên mẫu', required: true, hint: 'Tên báo cáo như in ở đầu mẫu.' },
  { key: 'basis', label: 'Căn cứ', required: false, hint: 'Văn bản hướng dẫn kèm đề cương.' },
  { key: 'issuer', label: 'Cơ quan ban hành', required: true, hint: 'Ví dụ: Ban Tuyên giáo và Dân vận Thành ủy Hà Nội.' },
  { key: 'published', label: 'Ngày ban hành', required: false, hint: 'Ngày/tháng/năm.' },
  { key: 'periodKinds', label: 'Các kỳ báo cáo', required: true, hint: `Các kỳ dùng mẫu này, cách nhau bằng dấu phẩy: ${PERIOD_KINDS.map((k) => PERIOD_KIND_LABELS[k]).join(', ')}.` },
  { key: 'nominationsTitle', label: 'Tên bảng điển hình', required: true, hint: 'Tiêu đề trang điển hình đề xuất trong mẫu.' },
  { key: 'nominationRows', label: 'Số dòng bảng điển hình', required: true, hint: 'Số dòng để trống sẵn cho đơn vị nhập (đơn vị có thể chèn thêm).' },
];

export const SETTING_HEADERS = ['Thiết lập', 'Giá trị', 'Cách ghi'] as const;
