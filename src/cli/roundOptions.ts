import * as fs from 'node:fs';
import * as path from 'node:path';
import { makePeriod, parsePeriodKind, type ReportingPeriod } from '../core/period/ReportingPeriod';
import type { Issue } from '../core/issues/Issue';
import type { UnitRegistry } from '../core/registry/UnitRegistry';
import { parseDateLike, type IsoDate } from '../core/text/calendarDate';
import { SAMPLE_REGISTRY } from '../sample/sampleRegistry';
import type { OfficialDocument } from '../core/workbook/OfficialDocument';
import { isRoundYear } from '../core/round/limits';
import { REGISTRY_EXTENSIONS, describeExtensions } from '../core/round/folderEntries';
import { UserError } from './fileIo';
import { readRegistryFile } from './readRegistryFile';
import type { WordConfirmation } from '../core/wordReport/wordDecisions';
import { wordConfirmationsFromFile } from './wordConfirmationsFromFile';

/** Options a user gives on the command line, or in a round file (--dot), in Vietnamese. */
export interface RoundFlags {
  dot?: string;
  ky?: string;
  nam?: string;
  tuNgay?: string;
  denNgay?: string;
  hanNop?: string;
  /** A new date to send or correct by (don-doc's messages; a correction by then is not late). */
  hanMoi?: string;
  coQuan?: string;
  danhSach?: string;
  danhSachMau?: boolean;
  mau?: string;
  /** A catalogue folder, a template file sent by hand, older versions accepted in the round. */
  danhMuc?: string;
  tepMau?: string;
  nhanPhienBan?: string;
  homNay?: string;
  /** The roll-up report's header and signature (see documentFromFlags). */
  capTren?: string;
  maCoQuan?: string;
  soKyHieu?: string;
  diaDanh?: string;
  ngayBaoCao?: string;
  trichYeu?: string;
  noiNhan?: string[];
  loaiCoQuan?: string;
  kyThay?: boolean;
  nguoiKy?: string;
  nguoiLap?: string;
  dienThoai?: string;
  email?: string;
  kyTruoc?: string;
  /** Content keys of Word reports confirmed as read (--xac-nhan-word). */
  xacNhanWord?: string | string[];
  /** The round file's "xacNhanWord": keys confirmed as read, and the office's decisions on Word reports. */
  xacNhanWordTep?: WordConfirmation[];
}

/** The roll-up report's header and signature as given by flags (or the round file's "vanBan"); the round service fills the rest. */
export function documentFieldsFromFlags(flags: RoundFlags): Partial<OfficialDocument> {
  const kind = flags.loaiCoQuan ? (/^(cap-uy|cấp-ủy|cấp ủy|cap uy)$/i.test(flags.loaiCoQuan) ? 'committee' : /^ban$/i.test(flags.loaiCoQuan) ? 'department' : null) : 'department';
  if (!kind) throw new UserError(`--loai-co-quan: "${flags.loaiCoQuan}" phải là "ban" hoặc "cap-uy".`);
  const recipients = flags.noiNhan?.flatMap((r) => r.split(';')).map((r) => r.trim()).filter(Boolean);
  return {
    bodyAbove: flags.capTren,
    issuerCode: flags.maCoQuan,
    number: flags.soKyHieu,
    place: flags.diaDanh,
    date: flags.ngayBaoCao ? parseUserDate(flags.ngayBaoCao, '--ngay-bao-cao') : undefined,
    subject: flags.trichYeu,
    recipients: recipients && recipients.length > 0 ? recipients : undefined,
    issuerKind: kind,
    signer: flags.kyThay ? 'deputy' : 'head',
    signerName: flags.nguoiKy,
    author: flags.nguoiLap,
    phone: flags.dienThoai,
    email: flags.email,
  };
}

export function parseUserDate(value: string, option: string): IsoDate {
  const date = parseDateLike(value);
  if (!date) throw new UserError(`${option}: "${value}" không phải ngày hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 22/06/2026.`);
  return date;
}

/** Flags win over the round file; paths in the round file are relative to it. */
export function mergeRoundFile(flags: RoundFlags): RoundFlags {
  const dot = flags.dot;
  if (!dot) return flags;
  if (!fs.existsSync(dot)) throw new UserError(`Không tìm thấy tệp đợt tổng hợp "${dot}".`);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(fs.readFileSync(dot, 'utf8'));
  } catch {
    throw new UserError(`Tệp đợt tổng hợp "${dot}" không phải JSON hợp lệ.`);
  }
  const doc = (typeof data['vanBan'] === 'object' && data['vanBan'] !== null ? data['vanBan'] : {}) as Record<string, unknown>;
  const besideRoundFile = (value: string | undefined) => (value ? path.resolve(path.dirname(dot), value) : undefined);
  const str = (k: string) => (data[k] === undefined || data[k] === null ? (doc[k] === undefined || doc[k] === null ? undefined : String(doc[k])) : String(data[k]));
  const registry = str('danhSach');
  const fromFile: RoundFlags = {
    ky: str('ky'),
    nam: str('nam'),
    tuNgay: str('tuNgay'),
    denNgay: str('denNgay'),
    hanNop: str('hanNop'),
    hanMoi: str('hanMoi'),
    coQuan: str('coQuan'),
    mau: str('mau'),
    danhMuc: besideRoundFile(str('danhMuc')),
    tepMau: besideRoundFile(str('tepMau')),
    nhanPhienBan: str('nhanPhienBan'),
    danhSach: besideRoundFile(registry),
    capTren: str('capTren'),
    maCoQuan: str('maCoQuan'),
    soKyHieu: str('soKyHieu'),
    diaDanh: str('diaDanh'),
    ngayBaoCao: str('ngayBaoCao'),
    trichYeu: str('trichYeu'),
    noiNhan: Array.isArray(doc['noiNhan']) ? (doc['noiNhan'] as unknown[]).map(String) : undefined,
    loaiCoQuan: str('loaiCoQuan'),
    kyThay: doc['kyThay'] === true ? true : undefined,
    nguoiKy: str('nguoiKy'),
    nguoiLap: str('nguoiLap'),
    dienThoai: str('dienThoai'),
    email: str('email'),
    kyTruoc: besideRoundFile(str('kyTruoc')),
    xacNhanWordTep: wordConfirmationsFromFile(data['xacNhanWord'], dot),
  };
  const merged: RoundFlags = { ...fromFile };
  for (const [k, v] of Object.entries(flags)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return merged;
}

/** The round's period; a command that cannot go on without one stops with what to give. */
export function requirePeriod(flags: RoundFlags): ReportingPeriod {
  const period = resolvePeriod(flags);
  if (!period) throw new UserError('Cần cho biết kỳ báo cáo: --ky (Q1…Q4, H1 = 6 tháng, M9 = 9 tháng, Y = năm, custom) và --nam.');
  return period;
}

export function resolvePeriod(flags: RoundFlags): ReportingPeriod | undefined {
  if (!flags.ky && !flags.nam) return undefined;
  const kind = flags.ky ? parsePeriodKind(flags.ky) : null;
  if (!kind) throw new UserError(`--ky: "${flags.ky ?? ''}" không phải kỳ báo cáo; dùng Q1, Q2, Q3, Q4, H1 (6 tháng), M9 (9 tháng), Y (năm) hoặc custom.`);
  const year = Number(flags.nam);
  if (!isRoundYear(year)) throw new UserError(`--nam: "${flags.nam ?? ''}" không phải năm hợp lệ (ví dụ 2026).`);
  const from = flags.tuNgay ? parseUserDate(flags.tuNgay, '--tu-ngay') : undefined;
  const to = flags.denNgay ? parseUserDate(flags.denNgay, '--den-ngay') : undefined;
  if (kind === 'custom' && (!from || !to)) throw new UserError('Kỳ tùy chỉnh (custom) cần --tu-ngay và --den-ngay.');
  if ((from && !to) || (!from && to)) throw new UserError('Cần cả --tu-ngay và --den-ngay.');
  if (from && to && from > to) throw new UserError('--tu-ngay phải trước --den-ngay.');
  return makePeriod(kind, year, from && to ? { from, to } : undefined);
}

/** The deadline the user gave; the round service decides the default. */
export function deadlineFromFlags(flags: RoundFlags): IsoDate | undefined {
  return flags.hanNop ? parseUserDate(flags.hanNop, '--han-nop') : undefined;
}

export function resolveRegistry(flags: RoundFlags): { registry?: UnitRegistry; issues: Issue[] } {
  if (flags.danhSachMau) return { registry: SAMPLE_REGISTRY, issues: [] };
  if (!flags.danhSach) return { issues: [] };
  return readRegistryFile(flags.danhSach);
}

/** The round's registry; a command that cannot go on without one stops with what to give. */
export function requireRegistry(flags: RoundFlags): { registry: UnitRegistry; issues: Issue[] } {
  const { registry, issues } = resolveRegistry(flags);
  if (!registry) throw new UserError(`Cần danh sách đơn vị: --danh-sach <tệp ${describeExtensions(REGISTRY_EXTENSIONS)}> (cột Mã, Tên, Loại), hoặc --danh-sach-mau để chạy thử.`);
  return { registry, issues };
}
