import type { Consolidation } from '../consolidation/Consolidation';
import { paragraph, type DocumentSpec, type TableSpec } from '../document/DocumentSpec';
import { BODY, PARTY_DOCUMENT_PAGE, cell, headerTable, signatureTable } from '../document/partyDocumentBlocks';
import { labelPeriod } from '../period/ReportingPeriod';
import { describeContact } from '../registry/UnitRegistry';
import { describeStatus } from '../round/statusLabels';
import { templateFileName } from '../round/outputFileNames';
import { formatDate, type IsoDate } from '../text/calendarDate';
import { formatVietnameseNumber } from '../text/formatVietnameseNumber';
import { typographicQuotes } from '../text/typographicQuotes';
import type { OfficialDocument } from '../workbook/OfficialDocument';
import { fullIssuerName } from '../workbook/officialHeader';
import { unitsToChase } from './buildReminders';

const HEADER_SHADE = 'D9E2F3';

/**
 * The official letter (công văn đôn đốc) chasing the units that have not sent a valid report:
 * the Party document's header with "V/v …" under the number, the units in a table with whom to
 * call, the date to send by, and the signature. Units that were only late are not in it: they
 * have reported.
 */
export function buildReminderLetter(c: Consolidation, options: { today: IsoDate; document: OfficialDocument; resendBy?: IsoDate }): DocumentSpec {
  const doc = options.document;
  const { period, deadline, template } = c.round;
  const label = labelPeriod(period);
  const chased = unitsToChase(c).filter((u) => u.status !== 'late');
  const missing = chased.filter((u) => u.status === 'missing').length;
  const invalid = chased.length - missing;
  const subject = `V/v đôn đốc gửi báo cáo ${label}`;
  const state = [missing > 0 ? `chưa nhận được báo cáo của ${formatVietnameseNumber(missing)} đơn vị` : '', invalid > 0 ? `${formatVietnameseNumber(invalid)} đơn vị gửi báo cáo còn lỗi, chưa tổng hợp được` : ''].filter(Boolean).join('; ');
  const by = options.resendBy ? `chậm nhất trong ngày ${formatDate(options.resendBy)}` : 'trong thời gian sớm nhất';
  const header = { header: true, cells: ['STT', 'Đơn vị', 'Tình hình', 'Người phụ trách, liên hệ'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
  const table: TableSpec = {
    kind: 'table',
    columnWidths: [7, 38, 20, 35],
    borders: true,
    rows: [header, ...chased.map((u, i) => ({ cells: [cell(String(i + 1), { align: 'center' }), cell(u.unit.name), cell(describeStatus(u)), cell(describeContact(u.unit.contact), { sizePt: 10 })] }))],
  };
  const body = [
    headerTable(doc, { type: 'CV', letterSubject: subject }),
    paragraph([{ text: 'Kính gửi: ', italic: true }, { text: 'Các cấp ủy, đơn vị có tên tại danh sách dưới đây.' }], { align: 'center', firstLineIndentMm: 0, spaceBeforePt: 12, spaceAfterPt: 12 }),
    paragraph(typographicQuotes(`Theo hướng dẫn, các đơn vị gửi ${template.title.replace(/^Báo cáo/, 'báo cáo')} ${label} về ${fullIssuerName(doc)}, hạn nộp hết ngày ${formatDate(deadline)}, theo mẫu “${templateFileName(period)}” (mã ${template.id}, phiên bản ${template.version}).`)),
    paragraph(
      chased.length > 0
        ? `Đến ngày ${formatDate(options.today)}, ${doc.issuer} ${state}. Để kịp tổng hợp, báo cáo cấp trên đúng thời hạn, đề nghị các đơn vị có tên dưới đây khẩn trương hoàn thành, gửi báo cáo ${by}; đơn vị có báo cáo còn lỗi sửa theo phản hồi đã gửi và gửi lại bản đã sửa.`
        : `Đến ngày ${formatDate(options.today)}, tất cả các đơn vị đã gửi báo cáo hợp lệ.`,
    ),
    ...(chased.length > 0 ? [table, paragraph('', { spaceAfterPt: 6 })] : []),
    paragraph(`Đề nghị các đơn vị quan tâm, thực hiện.`),
    signatureTable({ ...doc, recipients: ['Như trên', 'Lưu Văn phòng'] }),
  ];
  return {
    title: `Công văn đôn đốc gửi báo cáo ${label}`,
    creator: doc.issuer,
    ...PARTY_DOCUMENT_PAGE,
    paragraphDefaults: BODY,
    sections: [{ orientation: 'portrait', pageNumbers: { skipFirst: true }, blocks: body }],
  };
}
