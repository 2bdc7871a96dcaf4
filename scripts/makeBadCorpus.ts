import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import type { IssueCode } from '../src/core/issues/Issue';
import { PERIOD_KIND_LABELS, type ReportingPeriod } from '../src/core/period/ReportingPeriod';
import type { UnitRegistry } from '../src/core/registry/UnitRegistry';
import type { ReportTemplate } from '../src/core/template/ReportTemplate';
import type { IsoDate } from '../src/core/text/calendarDate';
import { buildTemplateWorkbook } from '../src/core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook, type TemplateEntries } from '../src/core/workbook/fillTemplateWorkbook';
import { NAME_TEMPLATE_ID, NAME_TEMPLATE_VERSION, TEMPLATE_SHEETS, indicatorCellName } from '../src/core/workbook/templateLayout';
import type { WorkbookSpec } from '../src/core/workbook/WorkbookSpec';
import { makeSampleEntries } from '../src/sample/makeSampleReports';

/** What the checker should make of a file: the file's role or unit status, and issue codes it must raise. */
export interface BadFile {
  fileName: string;
  bytes: Uint8Array;
  what: string;
  expect: { outcome: 'unreadable' | 'unknown_unit' | 'superseded' | 'on_time' | 'late' | 'invalid'; codes: IssueCode[]; unitCode?: string };
}

export interface CorpusRound {
  template: ReportTemplate;
  registry: UnitRegistry;
  period: ReportingPeriod;
  deadline: IsoDate;
}

const TCVN3_TEXT =
  'Häc tËp vµ lµm theo t\u00ad t\u00adëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh ®\u00adîc c¸c chi bé triÓn khai th\u00adêng xuyªn; nhiÒu m« h×nh hay ®\u00adîc nh©n réng trong c¸c khu d©n c\u00ad, c¬ quan, tr\u00adêng häc. §¶ng ñy ®· ban hµnh kÕ ho¹ch cô thÓ, ph©n c«ng tr¸ch nhiÖm râ rµng cho tõng chi bé.';
const VNI_TEXT =
  'Hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc, phong caùch Hoà Chí Minh ñöôïc caùc chi boä trieån khai thöôøng xuyeân; nhieàu moâ hình hay ñöôïc nhaân roäng trong caùc khu daân cö, cô quan, tröôøng hoïc. Ñaûng uûy ñaõ ban haønh keá hoaïch cuï theå cho töøng chi boä.';

/** A zip written by SheetJS's own container code (the Office formats are zips). */
function makeZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(entries)) XLSX.CFB.utils.cfb_add(cfb, name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}

/** A real zip bomb: one entry of zeros that deflates a thousandfold. */
function makeZipBomb(inflatedBytes: number): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const workbook = new TextEncoder().encode('<workbook/>');
  const wbName = new TextEncoder().encode('xl/workbook.xml');
  const data = zlib.deflateRawSync(Buffer.alloc(inflatedBytes), { level: 9 });
  const crc = 0; // the screening reads sizes only; nothing gets far enough to check a CRC
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const entry = (fileName: Uint8Array, body: Uint8Array, method: number, size: number) => {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(fileName.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, fileName, body);
    central.push(dir, fileName);
    offset += 30 + fileName.length + body.length;
  };
  entry(wbName, workbook, 0, workbook.length);
  entry(name, data, 8, inflatedBytes);
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, centralBytes, end]));
}

function makeEncrypted(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

function edit(bytes: Uint8Array, change: (wb: XLSX.WorkBook) => void, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
  change(wb);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, bookSST: true }) as ArrayBuffer);
}

/** A copy of the spec with the cell behind a defined name changed. */
export function setNamedCell(spec: WorkbookSpec, name: string, change: (cell: WorkbookSpec['sheets'][number]['cells'][number]) => void): WorkbookSpec {
  const target = spec.names.find((n) => n.name === name)!;
  const sheets = spec.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => ({ ...c })) }));
  const cell = sheets.find((s) => s.name === target.range.sheet)!.cells.find((c) => c.row === target.range.row && c.col === target.range.col)!;
  change(cell);
  return { ...spec, sheets };
}

/**
 * Files as units really send them, each with what the checker must say. Built by the
 * project's own writer and SheetJS edits, so the corpus is reproducible on any machine.
 */
export async function makeBadCorpus(round: CorpusRound): Promise<BadFile[]> {
  const { template, registry, period } = round;
  const spec = buildTemplateWorkbook(template, { period, registry, deadline: round.deadline });
  const unit = (i: number) => registry.units[i];
  const entriesFor = (i: number, seed = 100 + i): TemplateEntries => makeSampleEntries({ unit: unit(i), period, reportDate: round.deadline, seed, template }).entries;
  const write = (entries: TemplateEntries, base: WorkbookSpec = spec) => writeWorkbook(fillTemplateWorkbook(base, template, entries));
  const good = await write(entriesFor(0));
  const files: BadFile[] = [];
  const add = (fileName: string, bytes: Uint8Array, what: string, expect: BadFile['expect']) => files.push({ fileName, bytes, what, expect });

  add('01 rỗng.xlsx', new Uint8Array(0), 'tệp rỗng (0 byte)', { outcome: 'unreadable', codes: ['FILE_EMPTY'] });
  add('02 thực ra là PDF.xlsx', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'tệp PDF đổi đuôi thành .xlsx', { outcome: 'unreadable', codes: ['FILE_NOT_SPREADSHEET'] });
  add('03 thực ra là Word.xlsx', makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'tài liệu Word (.docx) đổi đuôi, không có chữ nào: đọc như báo cáo Word (theo nội dung, không theo tên), báo là trống', { outcome: 'unreadable', codes: ['WORD_UNREADABLE'] });
  add('04 thực ra là ảnh.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'ảnh PNG đổi đuôi', { outcome: 'unreadable', codes: ['FILE_NOT_SPREADSHEET'] });
  add('05 gửi chưa hết.xlsx', good.slice(0, Math.floor(good.length * 0.6)), 'tệp bị cắt giữa chừng (tải về chưa hết)', { outcome: 'unreadable', codes: ['FILE_UNREADABLE'] });
  const corrupt = good.slice();
  for (let i = corrupt.length - 200; i < corrupt.length - 30; i++) corrupt[i] ^= 0xa5;
  add('06 hỏng cấu trúc.xlsx', corrupt, 'tệp nén hỏng (mục lục zip bị ghi đè)', { outcome: 'unreadable', codes: ['FILE_UNREADABLE'] });
  add('07 có mật khẩu.xlsx', makeEncrypted(), 'sổ làm việc đặt mật khẩu', { outcome: 'unreadable', codes: ['FILE_ENCRYPTED'] });
  const big = new Uint8Array(21 * 1024 * 1024);
  big.set(good.subarray(0, 4));
  add('08 quá lớn.xlsx', big, 'tệp 21 MB', { outcome: 'unreadable', codes: ['FILE_TOO_LARGE'] });
  const manyRows = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(manyRows, XLSX.utils.aoa_to_sheet(Array.from({ length: 30_000 }, (_, r) => [r, 'x'])), 'Số liệu');
  add('09 quá nhiều dòng.xlsx', new Uint8Array(XLSX.write(manyRows, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'bảng 30.000 dòng', { outcome: 'unreadable', codes: ['FILE_TOO_MANY_CELLS'] });
  add('10 bom nén.xlsx', makeZipBomb(300 * 1024 * 1024), 'zip bomb: 300 KB nén, 300 MB khi giải nén', { outcome: 'unreadable', codes: ['FILE_ZIP_BOMB'] });

  const otherTemplate = setNamedCell(spec, NAME_TEMPLATE_ID, (c) => (c.value = 'hcm-bc05'));
  add('11 mẫu khác.xlsx', await write(entriesFor(1), otherTemplate), 'mẫu của một báo cáo khác', { outcome: 'unreadable', codes: ['TEMPLATE_UNKNOWN'] });
  const oldVersion = setNamedCell(spec, NAME_TEMPLATE_VERSION, (c) => (c.value = 0));
  add('12 mẫu phiên bản cũ.xlsx', await write(entriesFor(1), oldVersion), 'mẫu đúng loại nhưng phiên bản cũ không còn dùng', { outcome: 'unreadable', codes: ['TEMPLATE_VERSION_UNKNOWN'] });
  add('13 mẫu trắng.xlsx', await write({ metadata: { don_vi: unit(2).name } }), 'mẫu gửi lại chưa điền gì', { outcome: 'invalid', codes: ['SUBMISSION_BLANK'], unitCode: unit(2).code });
  add('14 sai kỳ.xlsx', await write({ ...entriesFor(3), metadata: { ...entriesFor(3).metadata, ky_bao_cao: PERIOD_KIND_LABELS.Q1 } }), 'báo cáo quý I gửi cho đợt 6 tháng', { outcome: 'invalid', codes: ['META_PERIOD_MISMATCH'], unitCode: unit(3).code });
  add('15 sai năm.xlsx', await write({ ...entriesFor(4), metadata: { ...entriesFor(4).metadata, nam: period.year - 1 } }), 'báo cáo năm trước', { outcome: 'invalid', codes: ['META_YEAR_MISMATCH'], unitCode: unit(4).code });
  add('16 đơn vị lạ.xlsx', await write({ ...entriesFor(5), metadata: { ...entriesFor(5).metadata, don_vi: 'Đảng ủy phường Không Có Trong Danh Sách' } }), 'đơn vị không có trong danh sách', { outcome: 'unknown_unit', codes: ['META_UNIT_UNKNOWN'] });
  const early = entriesFor(6);
  add('17a gửi lần 1.xlsx', await write({ ...early, metadata: { ...early.metadata, ngay_bao_cao: { date: period.to } } }), 'một đơn vị gửi hai lần: bản đầu', { outcome: 'superseded', codes: ['SUBMISSION_SUPERSEDED'], unitCode: unit(6).code });
  add('17b gửi lần 2.xlsx', await write(entriesFor(6, 606)), 'một đơn vị gửi hai lần: bản sau được dùng', { outcome: 'on_time', codes: [], unitCode: unit(6).code });

  const textNumbers = entriesFor(7);
  add('18 số dạng chữ.xlsx', await write({ ...textNumbers, indicators: { ...textNumbers.indicators, tong_dang_vien: '1.234', dv_hoc_tap: '1 100', dv_cam_ket: '1.000 người', luot_quan_chung: '12 người' } }), 'số gõ dạng chữ: 1.234, 1 100, 12 người', { outcome: 'on_time', codes: ['INDICATOR_TEXT_NUMBER'], unitCode: unit(7).code });
  const fractions = entriesFor(8);
  add('19 số lẻ.xlsx', await write({ ...fractions, indicators: { ...fractions.indicators, hn_quan_triet: '8,5', mo_hinh_moi: 2.5 } }), 'số đếm có phần lẻ: 8,5 và 2.5', { outcome: 'invalid', codes: ['INDICATOR_NOT_WHOLE'], unitCode: unit(8).code });
  const negative = entriesFor(9);
  add('20 số âm.xlsx', await write({ ...negative, indicators: { ...negative.indicators, tin_bai_mang: -3 } }), 'số âm', { outcome: 'invalid', codes: ['INDICATOR_NEGATIVE'], unitCode: unit(9).code });
  const exceeds = entriesFor(10);
  add('21 vượt mẫu số.xlsx', await write({ ...exceeds, indicators: { ...exceeds.indicators, dv_ktgs: Number(exceeds.indicators!['tong_dang_vien']) + 1 } }), 'đảng viên được kiểm tra nhiều hơn tổng số đảng viên', { outcome: 'invalid', codes: ['INDICATOR_EXCEEDS'], unitCode: unit(10).code });
  const uncached = setNamedCell(fillTemplateWorkbook(spec, template, entriesFor(11)), indicatorCellName('vb_chi_dao'), (c) => {
    c.value = undefined;
    c.formula = { text: '3+4', refs: [] };
  });
  add('22 công thức chưa tính.xlsx', await writeWorkbook(uncached), 'công thức lưu mà chưa có kết quả', { outcome: 'invalid', codes: ['CELL_FORMULA_NO_VALUE'], unitCode: unit(11).code });
  const formulaLike = entriesFor(12);
  add(
    '23 chữ giống công thức.xlsx',
    await write({
      ...formulaLike,
      sections: { ...formulaLike.sections, 'IV.2': '=HYPERLINK("http://example.invalid","Bấm vào đây")', 'III.3': '+ Chọn việc nhỏ, dễ làm, dễ kiểm tra; phát huy vai trò của Mặt trận và các đoàn thể, biểu dương kịp thời các điển hình.' },
      nominations: [{ ...formulaLike.nominations![0], thanh_tich: '-Giữ vững mô hình tự quản 5 năm liền' }, { ...formulaLike.nominations![1], ghi_chu: '@Ban Tuyên giáo' }],
    }),
    'chữ bắt đầu bằng =, +, -, @',
    { outcome: 'on_time', codes: [], unitCode: unit(12).code },
  );
  const nfd = entriesFor(13);
  const toNfd = (v: unknown) => (typeof v === 'string' ? v.normalize('NFD') : v);
  add(
    '24 chữ tổ hợp NFD.xlsx',
    await write({
      metadata: Object.fromEntries(Object.entries(nfd.metadata!).map(([k, v]) => [k, toNfd(v)])) as TemplateEntries['metadata'],
      sections: Object.fromEntries(Object.entries(nfd.sections!).map(([k, v]) => [k, v.normalize('NFD')])),
      indicators: nfd.indicators,
      nominations: nfd.nominations!.map((n) => Object.fromEntries(Object.entries(n).map(([k, v]) => [k, v.normalize('NFD')]))),
    }),
    'toàn bộ chữ gõ ở dạng tổ hợp (NFD)',
    { outcome: 'on_time', codes: [], unitCode: unit(13).code },
  );
  const tcvn = entriesFor(14);
  add('25 phông TCVN3.xlsx', await write({ ...tcvn, metadata: { ...tcvn.metadata, don_vi: '§¶ng ñy ph\u00adêng Phó Th\u00adîng' }, sections: { ...tcvn.sections, 'II.2': TCVN3_TEXT } }), 'tên đơn vị và một mục gõ bằng phông .VnTime (TCVN3)', {
    outcome: 'on_time',
    codes: ['TEXT_LEGACY_ENCODING'],
    unitCode: unit(14).code,
  });
  const vni = entriesFor(15);
  add('26 phông VNI.xlsx', await write({ ...vni, sections: { ...vni.sections, 'II.3': VNI_TEXT } }), 'một mục gõ bằng phông VNI-Times', { outcome: 'on_time', codes: ['TEXT_LEGACY_ENCODING'], unitCode: unit(15).code });
  add(
    '27 đổi tên và ẩn trang.xlsx',
    edit(await write(entriesFor(16)), (wb) => {
      const i = wb.SheetNames.indexOf(TEMPLATE_SHEETS.sections);
      wb.SheetNames[i] = 'ND';
      wb.Sheets['ND'] = wb.Sheets[TEMPLATE_SHEETS.sections];
      delete wb.Sheets[TEMPLATE_SHEETS.sections];
      for (const n of wb.Workbook!.Names!) n.Ref = n.Ref.replace(`'${TEMPLATE_SHEETS.sections}'!`, 'ND!');
      wb.Workbook!.Sheets![i] = { ...(wb.Workbook!.Sheets![i] ?? {}), Hidden: 1 };
    }),
    'trang Nội dung bị đổi tên và ẩn đi',
    { outcome: 'on_time', codes: [], unitCode: unit(16).code },
  );
  add(
    '28 mất tên ô.xlsx',
    edit(await write(entriesFor(17)), (wb) => {
      wb.Workbook!.Names = [];
    }),
    'mất hết tên ô (defined names), ví dụ khi chép sang tệp khác',
    { outcome: 'on_time', codes: ['NAMES_MISSING'], unitCode: unit(17).code },
  );
  add(
    '29 gộp ô.xlsx',
    edit(await write(entriesFor(18)), (wb) => {
      const ws = wb.Sheets[TEMPLATE_SHEETS.sections];
      const name = wb.Workbook!.Names!.find((n) => n.Name === 'TH_ND_I')!;
      const row = Number(/\$(\d+)$/.exec(name.Ref)![1]) - 1;
      ws['!merges'] = [...(ws['!merges'] ?? []), { s: { r: row, c: 1 }, e: { r: row + 1, c: 1 } }];
    }),
    'ô nhập nội dung bị gộp với ô dưới',
    { outcome: 'on_time', codes: [], unitCode: unit(18).code },
  );
  const long = entriesFor(19);
  add('30 nội dung quá dài.xlsx', await write({ ...long, sections: { ...long.sections, 'II.4': 'Đảng ủy tổ chức nhiều hoạt động tuyên truyền phong phú. '.repeat(800) } }), 'một mục dài 44.800 ký tự', {
    outcome: 'on_time',
    // Kept whole on Nội dung, over two rows: nothing to warn about.
    codes: [],
    unitCode: unit(19).code,
  });
  const typed = entriesFor(20);
  add('31 ngày gõ tay.xlsx', await write({ ...typed, metadata: { ...typed.metadata, tu_ngay: '15/12/2025', den_ngay: '14/06/2026', ngay_bao_cao: '19/06/2026' } }), 'ngày gõ dạng chữ dd/mm/yyyy', { outcome: 'on_time', codes: [], unitCode: unit(20).code });
  add(
    '32 hệ ngày 1904.xlsx',
    edit(await write(entriesFor(21)), (wb) => {
      wb.Workbook!.WBProps = { ...(wb.Workbook!.WBProps ?? {}), date1904: true };
      const ws = wb.Sheets[TEMPLATE_SHEETS.metadata];
      for (const code of ['tu_ngay', 'den_ngay', 'ngay_bao_cao']) {
        const ref = wb.Workbook!.Names!.find((n) => n.Name === `TH_TT_${code}`)!.Ref.split('!')[1].replace(/\$/g, '');
        ws[ref].v = (ws[ref].v as number) - 1462;
      }
    }),
    'tệp dùng hệ ngày 1904 (Excel trên máy Mac cũ)',
    { outcome: 'on_time', codes: [], unitCode: unit(21).code },
  );
  const late = entriesFor(22);
  add('33 nộp muộn.xlsx', await write({ ...late, metadata: { ...late.metadata, ngay_bao_cao: { date: '2026-06-25' } } }), 'nộp sau hạn 3 ngày', { outcome: 'late', codes: [], unitCode: unit(22).code });
  add('34 lưu dạng xls.xls', edit(await write(entriesFor(23)), () => undefined, 'biff8'), 'lưu dạng Excel 97-2003 (.xls)', { outcome: 'on_time', codes: ['NAMES_MISSING'], unitCode: unit(23).code });
  return files;
}
