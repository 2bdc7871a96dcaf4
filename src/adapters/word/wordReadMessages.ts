import type { WordDocument, WordReadNote } from '../../core/wordReport/WordDocument';
import { LIMITS } from '../../core/round/limits';
import { formatFileSize } from '../../core/text/formatFileSize';
import { formatVietnameseNumber } from '../../core/text/formatVietnameseNumber';

/** What a Word reader returns: the document, or why it could not be read (in Vietnamese). */
export type WordReadResult = { ok: true; document: WordDocument } | { ok: false; reason: string };

const RESEND = 'Đề nghị đơn vị mở tệp trong Word, lưu lại thành .docx rồi gửi lại.';

/** Every reason a Word file is refused, worded once; limits come from LIMITS. */
export const WORD_REFUSALS = {
  empty: 'Tệp rỗng, không có nội dung. Đề nghị đơn vị gửi lại tệp báo cáo.',
  tooLarge: (bytes: number) => `Tệp quá lớn (${formatFileSize(bytes)}), vượt giới hạn ${formatFileSize(LIMITS.file.bytes)} của một báo cáo. Đề nghị đơn vị xóa bớt hình ảnh rồi gửi lại.`,
  zipBomb: (size: string) =>
    `Tệp có cấu trúc bất thường: khi giải nén sẽ chiếm ${size}, vượt giới hạn ${formatFileSize(LIMITS.file.inflatedBytes)}, nên không được mở để bảo vệ máy. ${RESEND}`,
  damagedZip: `Tệp .docx bị hỏng hoặc gửi chưa hết (không đọc được phần nén). ${RESEND}`,
  notWord: `Tệp nén này không phải tài liệu Word (không có phần word/document.xml). ${RESEND}`,
  damagedXml: `Nội dung tài liệu Word bị hỏng (XML không hợp lệ). ${RESEND}`,
  doctype: `Tài liệu Word có khai báo DOCTYPE hoặc ENTITY, điều Word không bao giờ ghi; tệp không được mở để bảo vệ máy. ${RESEND}`,
  timeout: `Đọc tệp quá ${formatVietnameseNumber(LIMITS.file.timeMs / 1000)} giây mà chưa xong, có thể tệp bị hỏng; đã bỏ qua tệp này. ${RESEND}`,
  unexpected: (detail: string) => `Không đọc được tài liệu Word (${detail}). ${RESEND}`,
  docUnavailable:
    'Tệp Word 97–2003 (.doc) chưa đọc được ở đây. Đề nghị mở tệp trong Word rồi lưu thành .docx (Tệp › Lưu thành › Tài liệu Word) và đưa tệp .docx vào đợt tổng hợp.',
  docDamaged: `Không đọc được tệp Word 97–2003 (.doc): tệp có thể bị hỏng hoặc có mật khẩu. ${RESEND}`,
  rtf: 'Tệp là văn bản RTF, không phải tài liệu Word. Đề nghị mở tệp trong Word rồi lưu thành .docx và gửi lại.',
  spreadsheet: 'Tệp là bảng tính, không phải tài liệu Word: đọc tệp như một bảng tính.',
  unknown: (name: string) => `Tệp "${name}" không phải tài liệu Word (.docx, .doc) hay trang web mà phần mềm đọc được. Đề nghị đơn vị mở tệp trong Word, lưu thành .docx rồi gửi lại.`,
  encrypted: 'Tài liệu Word được đặt mật khẩu nên không đọc được. Đề nghị đơn vị bỏ mật khẩu rồi gửi lại.',
} as const;

/** The notes a reader adds for the officer, worded once. */
export const WORD_NOTES = {
  legacy: (paragraphs: number, encodings: string): WordReadNote => ({
    code: 'LEGACY_ENCODING',
    message: `Văn bản gõ bằng bảng mã cũ (${encodings}) đã được chuyển sang Unicode (${formatVietnameseNumber(paragraphs)} đoạn); nên xem lại chữ có dấu.`,
  }),
  trackedChanges: { code: 'TRACKED_CHANGES', message: 'Tài liệu còn các thay đổi được theo dõi: đã lấy phần được thêm, bỏ phần bị xóa, như khi chấp nhận mọi thay đổi.' },
  toc: { code: 'TOC_SKIPPED', message: 'Đã bỏ qua mục lục của tài liệu.' },
  footnotes: { code: 'FOOTNOTES_SKIPPED', message: 'Chú thích cuối trang không được đưa vào nội dung các mục.' },
  numberingUnknown: {
    code: 'NUMBERING_UNKNOWN',
    message: 'Tệp .doc không cho biết số thứ tự tự động của các đề mục: chỉ đọc được số gõ tay; các đề mục được nhận theo tên và thứ tự.',
  },
  textboxes: { code: 'OTHER', message: 'Chữ trong các hộp văn bản (text box) được đọc thành đoạn riêng.' },
} satisfies Record<string, WordReadNote | ((...args: never[]) => WordReadNote)>;
