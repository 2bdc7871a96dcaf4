import type { ReportingPeriod } from '../period/ReportingPeriod';
import { labelPeriod } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import type { IsoDate } from '../text/calendarDate';
import { typographicQuotes } from '../text/typographicQuotes';
import { defaultRecipients } from './officialHeader';

/**
 * The header and signature of the roll-up report as a Party document (Hướng dẫn 36-HD/VPTW).
 * All of it is data the office edits per round: names of bodies change, numbers run per term.
 */
export interface OfficialDocument {
  /** The committee the office belongs to, the header's top line, e.g. "Tỉnh ủy Nghệ An". */
  bodyAbove: string;
  /** The issuing body, e.g. "Ban Tuyên giáo và Dân vận Tỉnh ủy"; also the unit name the level above knows. */
  issuer: string;
  /** The issuing body's code in the level above's registry, when known. */
  issuerCode?: string;
  /** Number and symbol, typed by the user: "45-BC/BTGDVTU"; empty leaves room to write it by hand. */
  number: string;
  /** The place of the date line; derived from the committee when empty (officialHeader's placeOf). */
  place: string;
  date: IsoDate;
  /** Trích yếu; a default is made from the template and the period. */
  subject?: string;
  recipients: string[];
  /** A department (ban) signs as its head or deputy; a committee (cấp ủy) on behalf of its standing committee. */
  issuerKind: 'department' | 'committee';
  signer: 'head' | 'deputy';
  signerName?: string;
  /** The signature block as the officer wrote it in the summary, when it is not one of the usual forms. */
  signatureLines?: string[];
  author?: string;
  phone?: string;
  email?: string;
}

/** The signature block's lines, by kind of body. */
export function signatureLines(doc: OfficialDocument): string[] {
  if (doc.signatureLines && doc.signatureLines.length > 0) return doc.signatureLines;
  if (doc.issuerKind === 'committee') return doc.signer === 'head' ? ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'] : ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'];
  return doc.signer === 'head' ? ['TRƯỞNG BAN'] : ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'];
}

export function defaultSubject(template: ReportTemplate, period: ReportingPeriod): string {
  const topic = template.title.replace(/^Báo cáo\s+/i, '');
  return `${topic.charAt(0).toLowerCase()}${topic.slice(1)}, ${labelPeriod(period).replace(/^Năm/, 'năm')}`;
}

/** The summary line as printed: the one given or the default, with typographic quotes. */
export function reportSubject(doc: Pick<OfficialDocument, 'subject'>, template: ReportTemplate, period: ReportingPeriod): string {
  return typographicQuotes(doc.subject ?? defaultSubject(template, period));
}

/** A starting point for the header when the user has not filled it in yet. */
export function defaultDocument(body: string, date: IsoDate): OfficialDocument {
  return {
    bodyAbove: '',
    issuer: body,
    number: '',
    place: '',
    date,
    // Never a placeholder: whom the office can tell from its own name (see completeDocument).
    recipients: defaultRecipients({ bodyAbove: '', issuer: body }),
    issuerKind: 'department',
    signer: 'head',
  };
}
