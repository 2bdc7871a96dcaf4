import { labelPeriod, type ReportingPeriod } from '../../src/core/period/ReportingPeriod';
import type { ReportTemplate } from '../../src/core/template/ReportTemplate';
import type { TemplateEntries } from '../../src/core/workbook/fillTemplateWorkbook';
import { formatDateLong, type IsoDate } from '../../src/core/text/calendarDate';
import { formatVietnameseNumber } from '../../src/core/text/formatVietnameseNumber';
import { makeDocx } from './makeDocx';
import { BOLD_RPR, NUMBERING, paragraph, RPR, run, STYLES, type SampleReport } from './sampleReportDocx';

/*
 * A unit's report written in Word instead of the template, with the same content as its workbook:
 * the header and signature of Hướng dẫn 36-HD/VPTW, a body on the template's đề cương (its parts
 * and sections, each section's text), then the figures table and the nominations table. Written
 * as Word saves a report (verbose run properties, a sentence in one or two runs, A4 at 14 pt).
 */

/**
 * How the unit laid its headings out: labels typed, with the đề cương's titles; Word's heading
 * styles numbering them, with other wordings the template lists; or typed, with two sections
 * merged under one heading (the officer must decide, so the report waits).
 */
export type UnitReportLayout = 'typed' | 'styles' | 'merged';

export interface UnitReport {
  entries: TemplateEntries;
  template: ReportTemplate;
  period: ReportingPeriod;
  /** The unit's name as the registry has it ("Đảng ủy xã …"). */
  unitName: string;
  /** The body above it, first line of the header. */
  superior: string;
  /** Picks among the template's other wordings; the same seed, the same document. */
  seed: number;
}

/** A4, margins 2 cm top and bottom, 3 cm left, 2 cm right (Nghị định 30/2020/NĐ-CP). */
const A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
/** The text at 13 pt, single lines 6 pt apart (the least Nghị định 30/2020 allows); tables too, their cells without spacing or indent. */
const REPORT_SPACING = '<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/>';
const CELL_SPACING = '<w:spacing w:before="0" w:after="0"/>';
const TEXT_RPR = RPR.replace(/w:val="28"/g, 'w:val="26"');
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
const CENTER = '<w:jc w:val="center"/>';

/** A paragraph of body text: each sentence a run, a long one split in two, as Word's edits leave them. */
function textParagraph(text: string): string {
  const runs = text.split(/(?<=[.;!?])\s+/u).flatMap((sentence, i, all) => {
    const tail = i < all.length - 1 ? ' ' : '';
    const comma = sentence.indexOf(', ', 40);
    if (comma < 0) return [run(sentence + tail, TEXT_RPR)];
    return [run(sentence.slice(0, comma + 2), TEXT_RPR), `<w:proofErr w:type="gramStart"/>${run(sentence.slice(comma + 2) + tail, TEXT_RPR)}<w:proofErr w:type="gramEnd"/>`];
  });
  return paragraph(runs.join(''), '', REPORT_SPACING);
}

/** A table of cells, each cell's lines its paragraphs; the first row bold when it is a header. */
function table(rows: string[][], options: { borderless?: boolean; header?: boolean } = {}): string {
  const borders = options.borderless ? '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' : '';
  const rPr = (bold: boolean) => (options.borderless ? (bold ? BOLD_RPR : RPR) : bold ? TEXT_RPR.replace('<w:rPr>', '<w:rPr><w:b/><w:bCs/>') : TEXT_RPR);
  const cell = (text: string, bold: boolean) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${text.split('\n').map((line) => paragraph(run(line, rPr(bold)), options.borderless ? CENTER : '', CELL_SPACING)).join('')}</w:tc>`;
  const tr = (cells: string[], bold: boolean) => `<w:tr>${cells.map((c) => cell(c, bold)).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr>${options.borderless ? '' : '<w:tblStyle w:val="TableGrid"/>'}<w:tblW w:w="5000" w:type="pct"/>${borders}</w:tblPr>${rows.map((r, i) => tr(r, options.header === true && i === 0)).join('')}</w:tbl>`;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');
const place = (unitName: string) => unitName.replace(/^Đảng ủy (?:xã|phường)\s+/u, '').replace(/\s+\d+$/u, '');

/** The headings' words: the đề cương's titles, or for 'styles' one of the other wordings the template lists. */
function headingWords(title: string, others: readonly string[] | undefined, layout: UnitReportLayout, pick: number): string {
  if (layout !== 'styles' || !others || others.length === 0) return title;
  return others[pick % others.length];
}

function headingParagraph(text: string, level: 1 | 2, layout: UnitReportLayout, label: string): string {
  if (layout === 'styles') return paragraph(run(level === 1 ? upper(text) : text), `<w:pStyle w:val="Heading${level}"/>`);
  return paragraph(run(`${label} ${level === 1 ? upper(text) : text}`, BOLD_RPR));
}

/** The body on the đề cương: parts by Roman numerals, sections by number, each section's text under it. */
function body(report: UnitReport, layout: UnitReportLayout): string[] {
  const { template, entries, seed } = report;
  const texts = entries.sections ?? {};
  const out: string[] = [];
  let part = 0;
  let inPart = 0;
  let group: string | undefined;
  const sections = template.sections;
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    if (!s.group || s.group !== group) {
      group = s.group;
      part++;
      inPart = 0;
      const g = template.groups.find((x) => x.code === s.group);
      const words = g ? headingWords(g.title, g.headings, layout, seed + part) : headingWords(s.title, s.headings, layout, seed);
      out.push(headingParagraph(words, 1, layout, `${['I', 'II', 'III', 'IV', 'V', 'VI'][part - 1]}.`));
      if (!g) {
        for (const line of (texts[s.code] ?? '').split('\n')) if (line.trim()) out.push(textParagraph(line));
        continue;
      }
    }
    inPart++;
    const next = sections[k + 1];
    // Two neighbouring sections of a part under one heading, their texts one after the other.
    const merge = layout === 'merged' && next && next.group === s.group && s.code === 'II.2';
    const words = merge ? `${s.title} và ${next.title.charAt(0).toLowerCase()}${next.title.slice(1)}` : headingWords(s.title, s.headings, layout, seed + k);
    out.push(headingParagraph(words, 2, layout, `${inPart}.`));
    for (const code of merge ? [s.code, next.code] : [s.code]) for (const line of (texts[code] ?? '').split('\n')) if (line.trim()) out.push(textParagraph(line));
    if (merge) k++;
  }
  return out;
}

/** The figures table: one line per count the template sums, in its order; "-" for none, as units write. */
function figuresTable(report: UnitReport): string {
  const { template, entries, period } = report;
  const values = entries.indicators ?? {};
  const rows = template.indicators
    .filter((i) => i.aggregation === 'sum')
    .map((i, n) => {
      const v = values[i.code];
      const shown = typeof v !== 'number' ? '' : v === 0 && n % 2 === 0 ? '-' : formatVietnameseNumber(v);
      return [String(n + 1), i.label, i.unit, shown, ''];
    });
  return table([['STT', 'Chỉ tiêu', 'ĐVT', labelPeriod(period), 'Ghi chú'], ...rows], { header: true });
}

function nominationsTable(report: UnitReport): string {
  const columns = report.template.nominations.columns;
  const rows = (report.entries.nominations ?? []).map((n) => columns.map((c) => String(n[c.code] ?? '')));
  return table([columns.map((c) => c.label), ...rows], { header: true });
}

/** The unit's Word report (.docx) with its workbook's content, laid out as `layout` says. */
export function makeUnitReportDocx(report: UnitReport, layout: UnitReportLayout): SampleReport {
  const { entries, period, unitName, superior } = report;
  const meta = entries.metadata ?? {};
  const reportDate = meta.ngay_bao_cao && typeof meta.ngay_bao_cao === 'object' && 'date' in meta.ngay_bao_cao ? meta.ngay_bao_cao.date : undefined;
  const periodWords = labelPeriod(period).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const parts = [
    table([[`${upper(superior)}\n${upper(unitName)}\n*\nSố ${String(meta.so_ky_hieu ?? '')}`, `ĐẢNG CỘNG SẢN VIỆT NAM\n${reportDate ? `${place(unitName)}, ${formatDateLong(reportDate as IsoDate)}` : ''}`]], { borderless: true }),
    paragraph(run('BÁO CÁO', BOLD_RPR), CENTER),
    paragraph(run(`Kết quả thực hiện Kết luận số 01-KL/TW ${periodWords}`, BOLD_RPR), CENTER),
    textParagraph(`Thực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận ${superior.replace(/^Đảng bộ /u, '')}, ${unitName} báo cáo kết quả như sau:`),
    ...body(report, layout),
    textParagraph(`Trên đây là báo cáo kết quả thực hiện Kết luận số 01-KL/TW ${periodWords} của ${unitName}.`),
    table([['Nơi nhận:\n- Ban Tuyên giáo và Dân vận cấp trên,\n- Lưu Văn phòng.', `T/M ĐẢNG ỦY\nBÍ THƯ\n\n${String(meta.nguoi_lap ?? '')}`]], { borderless: true }),
    PAGE_BREAK,
    paragraph(run('BIỂU SỐ LIỆU KÈM THEO BÁO CÁO', BOLD_RPR), CENTER),
    figuresTable(report),
    paragraph(run('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH ĐỀ XUẤT BIỂU DƯƠNG', BOLD_RPR), CENTER),
    nominationsTable(report),
  ];
  const bodyXml = parts.join('');
  return { bytes: makeDocx({ body: bodyXml, styles: STYLES, numbering: NUMBERING, section: A4 }), documentBytes: Buffer.byteLength(bodyXml) };
}
