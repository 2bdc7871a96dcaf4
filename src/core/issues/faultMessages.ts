import type { IssueCode, IssueParams } from './Issue';

/** The faults an office meets (a full disk, a locked file, a pulled USB stick, Excel refusing), said with what to do. */
export type FaultCode = Extract<
  IssueCode,
  | 'DISK_FULL'
  | 'WRITE_NOT_PERMITTED'
  | 'READ_NOT_PERMITTED'
  | 'OUTPUT_IN_USE'
  | 'PATH_TOO_LONG'
  | 'PATH_REFUSED'
  | 'FOLDER_GONE'
  | 'VOLUME_READ_ONLY'
  | 'TOO_MANY_OPEN_FILES'
  | 'DISK_FAILED'
  | 'OUTPUTS_KEPT'
  | 'INPUT_GONE'
  | 'INPUT_CHANGED'
  | 'INPUT_NOT_READABLE'
  | 'BROWSER_STORAGE_FULL'
  | 'DOWNLOAD_REFUSED'
  | 'HOST_PROTECTED'
  | 'HOST_WORKBOOK_CLOSED'
  | 'PATH_IS_FOLDER'
>;

export const FAULT_MESSAGES: Record<FaultCode, (p: IssueParams) => string> = {
  DISK_FULL: (p) => `Ổ đĩa chứa thư mục "${p.folder}" đã đầy: cần thêm khoảng ${p.need}. Xóa bớt tệp hoặc chọn nơi khác bằng -o.`,
  WRITE_NOT_PERMITTED: (p) =>
    `Không có quyền ghi vào thư mục "${p.folder}" (thư mục dùng chung chỉ cho xem, hoặc thư mục của người khác). Đề nghị chọn thư mục của mình bằng -o (ví dụ trong Tài liệu), hoặc nhờ người quản lý thư mục cấp quyền ghi.`,
  READ_NOT_PERMITTED: (p) => `Không có quyền đọc "${p.file}". Đề nghị chép tệp sang thư mục của mình rồi chạy lại, hoặc nhờ người quản lý thư mục cấp quyền đọc.`,
  OUTPUT_IN_USE: (p) => `Tệp "${p.file}" đang mở, có thể trong Excel hoặc Word (hoặc được đặt chỉ cho đọc): đóng tệp rồi chạy lại, hoặc chọn tên khác bằng -o.`,
  PATH_TOO_LONG: (p) => `Đường dẫn "${p.file}" quá dài (${p.length} ký tự) nên hệ điều hành không nhận. Đề nghị chọn thư mục ngắn hơn hoặc tên ngắn hơn bằng -o.`,
  PATH_REFUSED: (p) => `Tên "${p.name}" có ký tự mà Windows không nhận (< > : " / \\ | ? *, hoặc dấu cách, dấu chấm ở cuối tên). Đề nghị đặt tên khác bằng -o.`,
  FOLDER_GONE: (p) =>
    `Thư mục "${p.folder}" không còn (ổ mạng bị ngắt, USB bị rút, hoặc thư mục vừa bị xóa, đổi tên). Đề nghị cắm lại ổ hoặc kết nối lại mạng rồi chạy lại, hoặc chọn nơi khác bằng -o.`,
  VOLUME_READ_ONLY: (p) => `Ổ đĩa chứa thư mục "${p.folder}" chỉ cho đọc (USB gạt khóa ghi, đĩa CD, ổ mạng chỉ đọc). Đề nghị chọn nơi khác bằng -o, hoặc mở khóa ghi rồi chạy lại.`,
  TOO_MANY_OPEN_FILES: (p) => `Máy đang mở quá nhiều tệp cùng lúc nên chưa mở được "${p.file}". Đề nghị đóng bớt chương trình rồi chạy lại.`,
  DISK_FAILED: (p) => `Ổ đĩa báo lỗi (${p.code}) với "${p.file}": ổ có thể bị hỏng hoặc vừa bị ngắt. Đề nghị kiểm tra ổ đĩa, hoặc chọn nơi khác bằng -o, rồi chạy lại.`,
  OUTPUTS_KEPT: (p) =>
    `Không tệp nào của lần chạy này được ghi vào chỗ, để bảng tổng hợp và báo cáo luôn đi cùng nhau.${p.kept ? ` Giữ nguyên bản cũ: ${p.kept}.` : ''}${p.absent ? ` Chưa ghi: ${p.absent}.` : ''} Đề nghị sửa lỗi trên rồi chạy lại.`,
  INPUT_GONE: (p) => `Tệp "${p.file}" không còn khi đọc (bị xóa, đổi tên, hoặc ổ chứa tệp bị ngắt) nên không được tổng hợp. Đề nghị kiểm tra lại thư mục rồi chạy lại.`,
  INPUT_CHANGED: (p) => `Tệp "${p.file}" thay đổi trong khi đang đọc (có thể đang được chép vào hoặc đang lưu) nên không được tổng hợp lần này. Đề nghị đợi chép xong rồi chạy lại.`,
  INPUT_NOT_READABLE: (p) =>
    `Không đọc được tệp "${p.file}": máy không cho đọc (tệp bị khóa, không có quyền, hoặc đã bị chuyển đi sau khi chọn). Đề nghị chép tệp vào thư mục của mình, chọn lại rồi thử lại.`,
  BROWSER_STORAGE_FULL: (p) =>
    `Bộ nhớ của trình duyệt dành cho trang này đã đầy nên chưa lưu được ${p.what}. Đề nghị xóa bớt dữ liệu duyệt web của trang, hoặc tải kết quả về dạng tệp; những gì đang làm vẫn còn trên trang.`,
  DOWNLOAD_REFUSED: (p) =>
    `Trình duyệt không cho tải xuống "${p.fileName}" (${p.detail}). Đề nghị cho phép trang này tải tệp xuống (biểu tượng chặn ở thanh địa chỉ), kiểm tra ổ đĩa còn chỗ trống, rồi bấm lại.`,
  HOST_PROTECTED: (p) =>
    `Excel không cho ${p.action}: sổ làm việc đang mở ở chế độ chỉ đọc, hoặc sổ làm việc, trang tính đang được bảo vệ. Sổ làm việc được giữ nguyên. Đề nghị lưu thành bản khác (Tệp › Lưu thành) hoặc bỏ bảo vệ (Xem lại › Bỏ bảo vệ) rồi thử lại.`,
  PATH_IS_FOLDER: (p) => `"${p.file}" là một thư mục, không phải tệp. Đề nghị chọn đúng tệp (với -o, ghi cả tên tệp, ví dụ "D:\\Báo cáo\\Tổng hợp.xlsx").`,
  HOST_WORKBOOK_CLOSED: (p) => `Sổ làm việc đã bị đóng trong khi ${p.action}. Đề nghị mở lại sổ làm việc rồi thử lại.`,
};
