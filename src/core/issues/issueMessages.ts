import type { CellAddress, Issue, IssueCode, IssueParams } from './Issue';
import { LIMITS } from '../round/limits';
import type { ReplacedBecause } from '../consolidation/chooseUnitFile';
import { formatFileSize } from '../text/formatFileSize';
import { formatVietnameseNumber } from '../text/formatVietnameseNumber';
import { FAULT_MESSAGES } from './faultMessages';

type MessageFn = (p: IssueParams) => string;

/** Why one of a unit's files counts over another (see chooseUnitFile), as the message says it. */
const REPLACED_BECAUSE: Record<ReplacedBecause, string> = {
  valid: 'tệp đó không có lỗi, tệp này còn lỗi',
  workbook: 'đơn vị đã gửi cả tệp mẫu bảng tính, tệp bảng tính được dùng để tổng hợp, báo cáo Word là văn bản kèm theo',
  not_draft: 'tệp này là bản nháp',
  later_report: 'tệp đó có ngày báo cáo muộn hơn',
  saved_later: 'cùng ngày báo cáo, tệp đó được lưu sau',
  name: 'cùng ngày báo cáo và thời điểm lưu, chọn theo tên tệp',
};

/** A count as Vietnamese writes it (20.000); a parameter that is already text stays as it is. */
const count = (value: string | number | undefined): string => (typeof value === 'number' ? formatVietnameseNumber(value) : String(value));
/** A limit in megabytes as people say it: "5 MB". */
const megabytes = (bytes: number): string => `${formatVietnameseNumber(bytes / 1024 / 1024, 1)} MB`;
const CELL_CHARACTERS = formatVietnameseNumber(LIMITS.excel.cellCharacters);

/**
 * What is written into a cell cut to Excel's limit, and what the template's length rule says,
 * worded here with the limit's own number.
 */
export const CELL_LIMIT_TEXTS = {
  textsSheetCutNote: `… [đã cắt bớt vì vượt giới hạn ${CELL_CHARACTERS} ký tự của một ô Excel; xem tệp gốc của đơn vị]`,
  templateLengthRule: `Một ô chứa tối đa ${CELL_CHARACTERS} ký tự; đề nghị viết gọn hơn.`,
} as const;

/**
 * The one Vietnamese catalogue of what users read. Each message says what is wrong and
 * what to do. Typed as a Record over every IssueCode, so a missing message fails to compile.
 */
export const ISSUE_MESSAGES: Record<IssueCode, MessageFn> = {
  FILE_EMPTY: () => 'Tệp rỗng, không có nội dung. Đề nghị đơn vị gửi lại tệp báo cáo.',
  FILE_NOT_SPREADSHEET: (p) =>
    `Tệp không phải bảng tính Excel (${p.detail}). Đề nghị đơn vị gửi lại báo cáo bằng tệp mẫu .xlsx đã được phát.`,
  FILE_UNREADABLE: (p) =>
    `Không đọc được tệp: tệp có thể bị hỏng hoặc gửi chưa hết (${p.detail}). Đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại.`,
  FILE_ENCRYPTED: () => 'Tệp được đặt mật khẩu nên không đọc được. Đề nghị đơn vị bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.',
  FILE_TOO_LARGE: (p) =>
    `Tệp quá lớn (${p.size}), vượt giới hạn ${formatFileSize(LIMITS.file.bytes)} của một báo cáo. Đề nghị đơn vị xóa hình ảnh, trang tính thừa rồi gửi lại.`,
  FILE_TOO_MANY_CELLS: (p) =>
    `Trang tính "${p.sheet}" có tới ${count(p.rows)} dòng, quá lớn so với một báo cáo (tối đa ${count(LIMITS.file.rowsPerSheet)} dòng mỗi trang, ${count(LIMITS.file.cells)} ô cả tệp). Đề nghị đơn vị xóa các dòng thừa hoặc dùng lại tệp mẫu gốc.`,
  FILE_ZIP_BOMB: (p) =>
    `Tệp có cấu trúc bất thường: khi giải nén sẽ chiếm ${p.size}, vượt giới hạn ${formatFileSize(LIMITS.file.inflatedBytes)}, nên không được mở để bảo vệ máy. Đề nghị đơn vị lưu lại báo cáo từ tệp mẫu gốc rồi gửi lại.`,
  WORD_UNREADABLE: (p) => `Không đọc được báo cáo Word: ${p.reason}`,
  WORD_TO_CONFIRM: (p) =>
    `Báo cáo Word đã đọc, còn ${count(p.count)} điểm cần cán bộ xác nhận trước khi cộng vào tổng hợp (${p.first}). Xem lại bằng "tonghop doc-word" (hoặc ở khung Tổng hợp); nếu đọc đúng, xác nhận bằng --xac-nhan-word ${p.key}; nếu một mục nằm sai chỗ, chọn mục đúng ở khung Tổng hợp, hoặc ghi việc chuyển mục trong tệp đợt ("xacNhanWord", mã ${p.key}); nếu cần sửa nhiều hơn, dùng tệp mẫu .xlsx do doc-word ghi, đặt vào thư mục đợt tổng hợp.`,
  WORD_FIGURE_DIFFERS: (p) =>
    `"${p.label}": tệp bảng tính ghi ${count(p.value)}, báo cáo Word "${p.file}" của cùng đơn vị ghi ${count(p.other)}. Số trong tệp bảng tính được dùng; đề nghị đơn vị kiểm tra lại cho thống nhất.`,
  FILE_TIMEOUT: (p) =>
    `Đọc tệp quá ${p.seconds} giây mà chưa xong, có thể tệp bị hỏng; đã bỏ qua tệp này để không treo cả đợt tổng hợp. Đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại.`,
  TEMPLATE_NOT_RECOGNISED: () =>
    'Tệp không phải mẫu báo cáo của đợt tổng hợp (không có mã mẫu, không có các mục của đề cương). Đề nghị đơn vị nhập báo cáo vào đúng tệp mẫu đã được phát.',
  TEMPLATE_UNKNOWN: (p) =>
    `Tệp dùng mẫu "${p.id}" phiên bản ${p.version}, là mẫu mà phần mềm không có. Đề nghị đơn vị dùng mẫu ${p.expected}; nếu đây là mẫu mới được phát hành, hãy cập nhật danh mục mẫu hoặc mở tệp mẫu đó.`,
  TEMPLATE_NOT_IN_ROUND: (p) =>
    `Tệp dùng mẫu "${p.title}" (mã ${p.id}, phiên bản ${p.version}), không phải mẫu của đợt tổng hợp này (đợt này nhận ${p.accepted}). Đề nghị đơn vị nhập lại báo cáo vào mẫu ${p.expected}.`,
  TEMPLATE_VERSION_UNKNOWN: (p) =>
    `Tệp dùng mẫu "${p.title}" phiên bản ${p.version}, nhưng phần mềm chỉ có phiên bản ${p.known}. Nếu mẫu đã có phiên bản mới, đề nghị cập nhật danh mục mẫu (trang Mẫu báo cáo › Cập nhật danh mục); nếu không, đề nghị đơn vị dùng mẫu ${p.expected}.`,
  DEF_NOT_JSON: (p) => `Tệp mẫu không phải JSON hợp lệ (${p.detail}). Đề nghị tạo lại tệp mẫu bằng lệnh soạn mẫu, không sửa tay.`,
  DEF_INVALID: (p) => `Tệp mẫu sai ở "${p.path}": ${p.detail}. Đề nghị sửa lại trong sổ soạn mẫu rồi tạo lại tệp mẫu.`,
  DEF_DUPLICATE_CODE: (p) => `Mã ${p.what} "${p.code}" bị trùng. Đề nghị đặt cho mỗi ${p.what} một mã riêng.`,
  DEF_UNKNOWN_GROUP: (p) => `Mục "${p.section}" thuộc phần "${p.group}", nhưng đề cương không có phần này. Đề nghị thêm phần "${p.group}" hoặc sửa lại cấp của mục.`,
  DEF_UNKNOWN_SECTION: (p) => `Chỉ tiêu "${p.indicator}" thuộc mục "${p.section}", nhưng đề cương không có mục này. Đề nghị ghi đúng mã mục (hoặc "context" cho số liệu chung của đơn vị).`,
  DEF_PHRASE_UNKNOWN_INDICATOR: (p) => `Câu mẫu của chỉ tiêu "${p.indicator}" có chỗ điền {${p.target}}, nhưng không có chỉ tiêu nào mã "${p.target}". Đề nghị ghi đúng mã chỉ tiêu trong dấu ngoặc nhọn.`,
  DEF_RULE_UNKNOWN_INDICATOR: (p) => `Chỉ tiêu "${p.indicator}" phải không vượt quá "${p.target}", nhưng không có chỉ tiêu số đếm nào mã "${p.target}". Đề nghị ghi đúng mã một chỉ tiêu số đếm khác, hoặc bỏ trống.`,
  DEF_RATIO_PART_MISSING: (p) => `Tỷ lệ "${p.indicator}" chưa có ${p.part}. Đề nghị ghi mã chỉ tiêu số đếm làm ${p.part}.`,
  DEF_RATIO_PART_UNKNOWN: (p) => `Tỷ lệ "${p.indicator}" lấy ${p.part} là "${p.target}", nhưng không có chỉ tiêu số đếm nào mã "${p.target}". Đề nghị ghi đúng mã chỉ tiêu.`,
  DEF_MIN_ABOVE_MAX: (p) => `Chỉ tiêu "${p.indicator}" có giá trị nhỏ nhất ${p.min} lớn hơn giá trị lớn nhất ${p.max}. Đề nghị sửa lại hai giới hạn.`,
  DEF_METADATA_MISSING: (p) => `Thiếu trường thông tin chung bắt buộc "${p.field}" (${p.label}); phần mềm cần trường này để nhận ra đơn vị và kỳ báo cáo. Đề nghị thêm lại trường này.`,
  DEF_EXPECTED_KIND_UNKNOWN: (p) => `Số lượng đề xuất ghi cho loại "${p.kind}", nhưng danh sách loại điển hình không có loại này. Đề nghị thêm loại vào danh sách hoặc sửa tên loại.`,
  DEF_PERIOD_KIND_NOT_OFFERED: (p) => `Mục "${p.section}" bắt buộc ở kỳ "${p.kind}", nhưng mẫu không dùng cho kỳ này. Nên kiểm tra lại các kỳ của mẫu.`,
  AUTHOR_SHEET_MISSING: (p) => `Sổ soạn mẫu thiếu trang "${p.sheet}". Đề nghị tạo sổ soạn mẫu bằng lệnh "tonghop soan-mau --tao" rồi sửa trên đó.`,
  AUTHOR_COLUMN_MISSING: (p) => `Trang "${p.sheet}" thiếu cột "${p.column}" ở dòng tiêu đề. Đề nghị không xóa, không đổi tên các cột tiêu đề.`,
  AUTHOR_SETTING_MISSING: (p) => `Trang "Cài đặt" chưa ghi "${p.setting}". Đề nghị bổ sung.`,
  AUTHOR_VALUE_INVALID: (p) => `"${p.label}" ghi "${p.value}", không hợp lệ: ${p.expected}. Đề nghị sửa lại.`,
  AUTHOR_LEVEL_ORPHAN: (p) => `Mục "${p.code}" ở cấp 2 nhưng phía trên chưa có mục cấp 1 nào để làm phần chứa nó. Đề nghị thêm phần (cấp 1) ở trên, hoặc đổi mục thành cấp 1.`,
  CATALOGUE_UNREADABLE: (p) => `Không đọc được danh mục mẫu (${p.detail}). Đề nghị kiểm tra kết nối hoặc báo nơi phát hành mẫu; vẫn có thể dùng mẫu có sẵn hoặc mở tệp mẫu được gửi.`,
  CATALOGUE_FILE_UNREADABLE: (p) => `Danh mục mẫu ghi tệp "${p.file}" nhưng không đọc được tệp này (${p.detail}); mẫu này bị bỏ qua. Đề nghị báo nơi phát hành mẫu kiểm tra lại.`,
  CATALOGUE_ENTRY_MISMATCH: (p) => `Danh mục mẫu ghi tệp "${p.file}" là mẫu ${p.listed}, nhưng trong tệp là mẫu ${p.found}; mẫu này bị bỏ qua. Đề nghị nơi phát hành sửa lại danh mục.`,
  CATALOGUE_OFFLINE: (p) => `Không kết nối được tới danh mục mẫu (${p.detail}); đang dùng danh mục đã tải ngày ${p.date}. Nên cập nhật lại khi có mạng.`,
  TEMPLATE_ID_MISSING: (p) =>
    `Tệp không còn trang lưu mã mẫu; đã đọc theo mẫu "${p.title}" (phiên bản ${p.version}). Nên dùng lại tệp mẫu gốc ở kỳ sau.`,
  NAMES_MISSING: (p) =>
    `Tệp đã mất ${p.count} tên ô của mẫu (có thể do sao chép sang tệp khác); đã tìm các ô theo mã mục, mã chỉ tiêu. Đề nghị kiểm tra lại số liệu, và kỳ sau nhập vào tệp mẫu gốc.`,
  SUBMISSION_BLANK: () => 'Tệp là mẫu báo cáo còn trắng: chưa có nội dung, số liệu hay điển hình nào. Đề nghị đơn vị điền báo cáo rồi gửi lại.',
  CELL_FORMULA_NO_VALUE: (p) =>
    `Ô "${p.label}" có công thức nhưng chưa có kết quả (tệp được tạo bằng phần mềm không tính công thức). Đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại, hoặc nhập số trực tiếp.`,
  COPY_WHOLE_REPORT: (p) =>
    `Báo cáo này trùng toàn bộ với báo cáo của ${p.other}: số liệu giống hệt, nội dung các mục như nhau (ví dụ: "${p.passage}"). Chưa cộng vào tổng hợp. Đề nghị đơn vị gửi báo cáo của chính mình; nếu đúng là trùng hợp, cơ quan tổng hợp có thể vẫn cộng (tùy chọn --cong-ca-ban-sao).`,
  COPY_WHOLE_REPORT_COUNTED: (p) =>
    `Báo cáo này trùng toàn bộ với báo cáo của ${p.other}: số liệu giống hệt, nội dung các mục như nhau (ví dụ: "${p.passage}"). Vẫn cộng vào tổng hợp theo lựa chọn của cơ quan tổng hợp; đề nghị kiểm tra lại với đơn vị.`,
  COPY_SECTION: (p) => `Mục ${p.section}: ${p.share} nội dung riêng của mục trùng với báo cáo của ${p.other} (ví dụ: "${p.passage}"). Đề nghị viết lại theo tình hình của đơn vị.`,
  COPY_FIGURES: (p) => `Số liệu giống hệt số liệu của ${p.other}. Đề nghị kiểm tra lại từng chỉ tiêu.`,
  COPY_NAMES_OTHER_UNIT: (p) => `Mục ${p.section} viết về ${p.other} như về chính đơn vị: "${p.passage}". Đề nghị kiểm tra, sửa lại tên đơn vị và nội dung.`,
  COPY_NOMINATIONS: (p) => `Điển hình đề xuất trùng với đề xuất của ${p.other}: ${p.passage}. Đề nghị kiểm tra lại, đề xuất điển hình của chính đơn vị.`,
  COPY_PREVIOUS_PERIOD: (p) => `Mục ${p.section}: ${p.share} nội dung riêng của mục giống hệt báo cáo ${p.period} của chính đơn vị (ví dụ: "${p.passage}"). Đề nghị viết kết quả của kỳ này.`,
  COPY_GUIDELINE: (p) => `Mục ${p.section} gần như chỉ chép lại lời của đề cương (${p.share} nội dung là lời hướng dẫn): "${p.passage}". Đề nghị viết kết quả cụ thể của đơn vị.`,
  TEXT_STALE_REFERENCE: (p) =>
    `Mục ${p.section} nói đến ${p.mention}, ngoài kỳ ${p.period}: "${p.quote}"${Number(p.more) > 0 ? ` (và ${count(p.more)} chỗ khác như vậy trong mục này)` : ''}. Nếu đây là nội dung của kỳ khác chép lại, đề nghị viết lại cho đúng kỳ này; nếu chỉ là dẫn chiếu hay so sánh, có thể giữ nguyên.`,
  TEXT_LOST_CHARACTERS: (p) =>
    `Mục ${p.section} có ${count(p.count)} chữ bị mất, hiện thành dấu "�" (thường do dán từ tệp có phông chữ hoặc bảng mã khác): "${p.quote}". Đề nghị đơn vị gõ lại các chữ đó trong ô này rồi gửi lại; báo cáo tổng hợp không dùng câu có chữ bị mất để nói chung cho các đơn vị.`,
  TEXT_LEGACY_ENCODING: (p) =>
    `"${p.label}" được gõ bằng bảng mã cũ ${p.encoding} (phông ${p.font}); đã tự chuyển sang Unicode: "${p.sample}". Đề nghị đơn vị kiểm tra lại chữ và kỳ sau gõ bằng Unicode (phông Times New Roman).`,
  SECTION_NOT_FOUND: (p) =>
    `Không tìm thấy ô nhập nội dung mục ${p.section} (${p.title}). Đề nghị đơn vị không xóa dòng, cột có mã mục của mẫu.`,
  INDICATOR_NOT_FOUND: (p) =>
    `Không tìm thấy ô nhập chỉ tiêu "${p.label}". Đề nghị đơn vị không xóa dòng có mã chỉ tiêu "${p.code}" trong trang Số liệu.`,
  METADATA_NOT_FOUND: (p) => `Không tìm thấy ô "${p.label}" trong trang Thông tin chung. Đề nghị đơn vị dùng đúng tệp mẫu.`,
  SECTION_REQUIRED_EMPTY: (p) => `Mục ${p.section} (${p.title}) còn trống, trong khi báo cáo ${p.period} phải có mục này. Đề nghị đơn vị bổ sung.`,
  SECTION_TOO_SHORT: (p) =>
    `Mục ${p.section} chỉ có ${p.length} ký tự, quá ngắn so với một báo cáo (ít nhất ${p.minLength} ký tự). Đề nghị viết đầy đủ hơn.`,
  INDICATOR_REQUIRED_EMPTY: (p) => `Chưa nhập "${p.label}". Đây là số bắt buộc (dùng để tính tỷ lệ); đề nghị nhập số ${p.unit}.`,
  INDICATOR_EMPTY: (p) => `Chưa nhập "${p.label}". Nếu không có, đề nghị ghi số 0.`,
  INDICATOR_NOT_NUMBER: (p) => `"${p.label}" ghi "${p.raw}", không phải là số. Đề nghị chỉ nhập chữ số (ví dụ 1234).`,
  INDICATOR_TEXT_NUMBER: (p) =>
    `"${p.label}" được nhập dạng chữ "${p.raw}"; đã hiểu là ${p.value}. Đề nghị nhập số thuần (không dấu chấm, không kèm đơn vị) để tránh nhầm.`,
  INDICATOR_NOT_WHOLE: (p) => `"${p.label}" là ${p.value}, nhưng số ${p.unit} phải là số nguyên. Đề nghị sửa lại.`,
  INDICATOR_NEGATIVE: (p) => `"${p.label}" là ${p.value}, là số âm. Số ${p.unit} không thể âm; đề nghị sửa lại.`,
  INDICATOR_BELOW_MIN: (p) => `"${p.label}" là ${p.value}, phải từ ${p.min} trở lên. Đề nghị sửa lại.`,
  INDICATOR_ABOVE_MAX: (p) => `"${p.label}" là ${p.value}, vượt mức tối đa ${p.max}. Đề nghị sửa lại.`,
  INDICATOR_EXCEEDS: (p) =>
    `"${p.label}" (${p.value}) lớn hơn "${p.otherLabel}" (${p.otherValue}), điều này không thể xảy ra. Đề nghị đối chiếu lại hai số.`,
  META_REQUIRED_EMPTY: (p) => `Chưa nhập "${p.label}" trong trang Thông tin chung. Đề nghị bổ sung.`,
  META_UNIT_UNKNOWN: (p) =>
    `Đơn vị "${p.unit}" không có trong danh sách đơn vị của đợt tổng hợp. Đề nghị chọn tên đơn vị trong danh sách thả xuống của mẫu, hoặc bổ sung đơn vị vào danh sách.`,
  META_UNIT_AMBIGUOUS: (p) => `Tên đơn vị "${p.unit}" khớp với nhiều đơn vị (${p.candidates}). Đề nghị ghi đúng tên như trong danh sách.`,
  META_PERIOD_INVALID: (p) => `Kỳ báo cáo "${p.raw}" không hợp lệ. Đề nghị chọn kỳ trong danh sách thả xuống (Quý I…IV, 6 tháng, 9 tháng, Năm).`,
  META_PERIOD_MISMATCH: (p) => `Báo cáo ghi kỳ "${p.found}", nhưng đợt tổng hợp này là kỳ "${p.expected}". Đề nghị đơn vị gửi đúng báo cáo kỳ ${p.expected}.`,
  META_YEAR_INVALID: (p) => `Năm báo cáo "${p.raw}" không hợp lệ. Đề nghị ghi năm bằng 4 chữ số, ví dụ 2024.`,
  META_YEAR_MISMATCH: (p) => `Báo cáo ghi năm ${p.found}, nhưng đợt tổng hợp này là năm ${p.expected}. Đề nghị đơn vị kiểm tra lại.`,
  META_DATE_INVALID: (p) => `"${p.label}" ghi "${p.raw}", không phải ngày hợp lệ. Đề nghị ghi theo dạng ngày/tháng/năm, ví dụ 10/04/2024.`,
  META_DATE_RANGE_REVERSED: (p) => `Số liệu "từ ngày" ${p.from} lại sau "đến ngày" ${p.to}. Đề nghị sửa lại khoảng thời gian.`,
  META_DATE_RANGE_DIFFERS: (p) =>
    `Số liệu tính từ ${p.from} đến ${p.to}, khác với kỳ của đợt tổng hợp (từ ${p.expectedFrom} đến ${p.expectedTo}). Đề nghị kiểm tra lại mốc chốt số liệu.`,
  META_REPORT_DATE_FUTURE: (p) => `Ngày báo cáo ${p.date} là ngày trong tương lai (hôm nay là ${p.today}). Đề nghị sửa lại ngày báo cáo.`,
  META_REPORT_DATE_EARLY: (p) => `Ngày báo cáo ${p.date} trước ngày chốt số liệu ${p.to}. Đề nghị kiểm tra lại.`,
  META_EMAIL_INVALID: (p) => `Thư điện tử "${p.raw}" không đúng dạng (ví dụ ten@example.vn). Đề nghị sửa để liên hệ khi cần.`,
  META_PHONE_INVALID: (p) => `Số điện thoại "${p.raw}" không đúng dạng. Đề nghị ghi số gồm 9 đến 11 chữ số.`,
  NOMINATION_KIND_MISSING: (p) => `Điển hình đề xuất: cần ${p.expected} ${p.kind}, mới có ${p.found}. Đề nghị đơn vị bổ sung.`,
  NOMINATION_KIND_EXTRA: (p) => `Điển hình đề xuất: có ${p.found} ${p.kind}, nhiều hơn ${p.expected} theo hướng dẫn. Đề nghị chọn lựa lại.`,
  NOMINATION_FIELD_EMPTY: (p) => `Điển hình đề xuất, dòng ${p.row}: chưa nhập "${p.label}". Đề nghị bổ sung.`,
  NOMINATION_KIND_INVALID: (p) => `Điển hình đề xuất, dòng ${p.row}: "${p.raw}" không phải Tập thể hay Cá nhân. Đề nghị chọn trong danh sách.`,
  NOMINATION_FORM_INVALID: (p) => `Điển hình đề xuất, dòng ${p.row}: hình thức "${p.raw}" không có trong danh sách của hướng dẫn. Đề nghị chọn trong danh sách.`,
  SUBMISSION_SUPERSEDED: (p) =>
    `Đã thay bằng tệp "${p.keptFile}" (ngày báo cáo ${p.keptDate}${p.keptSaved ? `, lưu lúc ${p.keptSaved}` : ''}) vì ${REPLACED_BECAUSE[p.because as ReplacedBecause] ?? REPLACED_BECAUSE.name}. Đơn vị ${p.unit} gửi nhiều tệp; tệp này (ngày báo cáo ${p.date}) không được tổng hợp. Nếu tệp này mới là bản đúng, đề nghị bỏ tệp kia khỏi thư mục rồi tổng hợp lại.`,
  ACTION_FAILED: (p) => `Chưa ${p.action} được (${p.detail}). Không có gì bị ghi đè. Đề nghị thử lại; nếu vẫn lỗi, ghi lại thông báo này và báo cho người phụ trách kỹ thuật.`,
  SETTINGS_NOT_SAVED: (p) => `Chưa lưu được thông tin đợt tổng hợp vào sổ làm việc (${p.detail}); lần mở sau sẽ phải chọn lại. Đề nghị lưu sổ làm việc rồi thử lại.`,
  SETTINGS_RESET: (p) => `Thông tin đợt tổng hợp lưu trong sổ làm việc không dùng được (${p.detail}) nên đã được đặt lại. Đề nghị chọn lại kỳ báo cáo, hạn nộp và danh sách đơn vị.`,
  HOST_FAILED: (p) => `Excel báo lỗi khi ${p.action} (${p.detail}). Đề nghị thử lại; nếu vẫn lỗi, lưu sổ làm việc, đóng rồi mở lại Excel.`,
  HOST_PAYLOAD_TOO_LARGE: (p) => `Dữ liệu quá lớn để Excel trên web nhận một lần khi ${p.action}. Đề nghị dùng Excel trên máy tính, hoặc tải bảng tổng hợp về dạng tệp.`,
  HOST_RESPONSE_TOO_LARGE: (p) => `Sổ làm việc quá lớn để Excel trên web gửi về một lần khi ${p.action}. Đề nghị xóa bớt các trang tính không cần, dùng Excel trên máy tính, hoặc lưu sổ thành tệp rồi kiểm tra bằng nút chọn tệp.`,
  SUMMARY_NOT_RECOGNISED: (p) =>
    `Tệp "${p.file}" không phải bảng tổng hợp do phần mềm này lập, hoặc đã mất ${p.what}. Đề nghị chọn tệp bảng tổng hợp mà lệnh tong-hop đã ghi (đã sửa trong Excel cũng được, miễn giữ nguyên các trang tính).`,
  SUMMARY_DATE_UNREADABLE: (p) =>
    `Trang "${p.sheet}": dòng địa danh, ngày tháng "${p.raw}" không đọc được (cần dạng "Hà Nội, ngày 05 tháng 02 năm 2026"), nên báo cáo Word dùng ngày ${p.date}. Đề nghị sửa lại dòng đó nếu cần ngày khác.`,
  NOMINATIONS_MARKED_OVER: (p) =>
    `Đã đánh dấu gửi cấp trên ${p.found} ${p.kind}, nhiều hơn ${p.expected} theo hướng dẫn. Đề nghị bỏ bớt dấu ở cột "Gửi cấp trên" (trang "Điển hình") trước khi gửi, để cấp trên không phải chọn lại.`,
  HOST_DOWNLOADED_INSTEAD: (p) =>
    `${p.what} (${p.size}) quá lớn để Excel trên web mở thành sổ làm việc mới: mỗi lần gửi tối đa ${megabytes(LIMITS.excel.webRequestBytes)}, tính cả phần mã hóa. Tệp đã được tải xuống thành "${p.fileName}"; đề nghị mở tệp đó bằng Excel. Không có dữ liệu nào bị mất.`,
  HOST_UNSUPPORTED_FEATURE: (p) => `Sổ làm việc có một thành phần mà Excel trên web không hỗ trợ khi ${p.action} (${p.detail}). Đề nghị mở bằng Excel trên máy tính, hoặc dùng nút tải tệp .xlsx.`,
  HOST_NOT_IMPLEMENTED: (p) => `Phiên bản Excel này chưa có chức năng cần để ${p.action}. Đề nghị cập nhật Office, dùng Excel trên web, hoặc dùng nút tải tệp .xlsx.`,
  HOST_SHEET_EXISTS: (p) => `Không thể ${p.action} vì sổ làm việc đã có trang tính trùng tên (${p.sheets}). Đề nghị chọn "tạo sổ làm việc mới", hoặc đổi tên trang tính cũ.`,
  HOST_BUSY: (p) => `Excel đang bận (có thể đang sửa một ô) nên chưa thể ${p.action}. Đề nghị nhấn Enter hoặc Esc để thoát ô đang sửa rồi thử lại.`,
  HOST_NOT_SUPPORTED: (p) => `Phiên bản Excel này chưa hỗ trợ ${p.action}. Đề nghị cập nhật Excel, hoặc dùng nút tải tệp .xlsx.`,
  REGISTRY_UNREADABLE: (p) => `Không đọc được danh sách đơn vị "${p.file}" (${p.detail}). Đề nghị dùng tệp .xlsx có các cột Mã, Tên, Loại.`,
  REGISTRY_EMPTY: (p) => `Danh sách đơn vị "${p.file}" không có đơn vị nào. Đề nghị ghi mỗi đơn vị một dòng với các cột Mã, Tên, Loại.`,
  REGISTRY_SHEET_MISSING: () => 'Sổ làm việc đang mở không có trang "Danh sách đơn vị". Đề nghị thêm trang này (cột Mã, Tên, Loại) hoặc chọn tệp danh sách.',
  REGISTRY_MISSING_CODE: (p) => `Danh sách đơn vị, dòng ${p.row}: đơn vị "${p.value}" chưa có mã. Đề nghị bổ sung mã đơn vị.`,
  REGISTRY_MISSING_NAME: (p) => `Danh sách đơn vị, dòng ${p.row}: mã "${p.value}" chưa có tên đơn vị. Đề nghị bổ sung.`,
  REGISTRY_DUPLICATE_CODE: (p) => `Danh sách đơn vị, dòng ${p.row}: mã "${p.value}" bị trùng với một dòng trên. Đề nghị đặt cho mỗi đơn vị một mã riêng.`,
  ...FAULT_MESSAGES,
};

export function formatIssue(issue: Issue): string {
  return ISSUE_MESSAGES[issue.code](issue.params);
}

/** The message prefixed with where it applies: a sheet and cell, or a place in a template file. */
export function formatIssueWithPlace(issue: Issue): string {
  const { cell, path } = issue.location;
  if (cell?.word) return `${cell.sheet}, ${cell.word}: ${formatIssue(issue)}`;
  if (cell) return `Trang "${cell.sheet}", ô ${columnLetters(cell.col)}${cell.row + 1}: ${formatIssue(issue)}`;
  if (path && issue.code !== 'DEF_INVALID') return `[${path}] ${formatIssue(issue)}`;
  return formatIssue(issue);
}

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

/** Column letters as people see them in Excel ("AB"), for messages and tables only. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Số liệu!D12", as a user types it in Excel's name box. */
export function formatCellForDisplay(cell: CellAddress): string {
  if (cell.word) return `${cell.sheet}: ${cell.word}`;
  return `${cell.sheet}!${columnLetters(cell.col)}${cell.row + 1}`;
}
