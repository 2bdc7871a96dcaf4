import { createRandom } from '../../src/sample/makeSampleReports';
import { makeDocx, style } from './makeDocx';

/*
 * A unit's report as Word saves it, generated: a header table, a table of contents, headings
 * numbered through their styles, numbered and bulleted lists, run-in bold headings, a figures
 * table, a tracked change and a footnote, with Word's verbose run properties (a 10-page report's
 * document.xml is a few hundred kilobytes). For the fuzz harness and the bench.
 */

const WORDS = 'Đảng bộ đã tổ chức quán triệt học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh cán bộ đảng viên hội nghị chuyên đề kết quả nâng cao chất lượng tuyên truyền kiểm tra giám sát nêu gương trách nhiệm người đứng đầu mô hình cách làm hay điển hình tiên tiến'.split(' ');
export const RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr>';
export const BOLD_RPR = RPR.replace('<w:rPr>', '<w:rPr><w:b/><w:bCs/>');

export const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  style('Normal', 'Normal', '<w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="both"/></w:pPr>').replace('<w:style ', '<w:style w:default="1" ') +
  style('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr>') +
  style('Heading2', 'heading 2', '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:caps w:val="0"/></w:rPr>') +
  style('TOC1', 'toc 1', '<w:basedOn w:val="Normal"/>') +
  style('ListParagraph', 'List Paragraph', '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr>') +
  style('TableGrid', 'Table Grid', '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>', 'table');

const lvl = (ilvl: number, format: string, text: string, pStyle = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
export const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.', 'Heading1')}${lvl(1, 'decimal', '%2.', 'Heading2')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '-')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const run = (text: string, rPr = RPR) => `<w:r w:rsidRPr="00A1B2C3">${rPr}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
/** A body paragraph's spacing and indent: 3 pt before and after, lines at 1.3, the first line indented 1 cm. */
export const BODY_SPACING = '<w:spacing w:before="60" w:after="60" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="567"/>';
export const paragraph = (runs: string, pPr = '', spacing = BODY_SPACING) => `<w:p w:rsidR="00C4D5E6" w:rsidRDefault="00C4D5E6" w:rsidP="00F7A8B9"><w:pPr>${pPr}${spacing}<w:rPr><w:lang w:val="vi-VN"/></w:rPr></w:pPr>${runs}</w:p>`;

export interface SampleReport {
  bytes: Uint8Array;
  /** The document part's size, in bytes. */
  documentBytes: number;
}

/** A generated report of about `pages` pages, the same for the same seed. */
export function makeSampleReportDocx(seed: number, pages: number): SampleReport {
  const rand = createRandom(seed);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const sentence = () => {
    const s = words(8 + Math.floor(rand() * 10));
    return `${s[0].toUpperCase()}${s.slice(1)}, `;
  };
  const body: string[] = [];
  const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraph(run(text, BOLD_RPR), '<w:jc w:val="center"/>')}</w:tc>`;
  body.push(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:bottom w:val="nil"/></w:tblBorders></w:tblPr><w:tr>${cell('ĐẢNG BỘ PHƯỜNG ' + seed)}${cell('ĐẢNG CỘNG SẢN VIỆT NAM')}</w:tr></w:tbl>`);
  body.push(paragraph(run('BÁO CÁO', BOLD_RPR), '<w:jc w:val="center"/>'));
  body.push(`<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('I. Lãnh đạo\t1')}</w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`);
  for (let page = 0; page < pages; page++) {
    body.push(paragraph(run(words(5).toUpperCase()), '<w:pStyle w:val="Heading1"/>'));
    for (let section = 0; section < 3; section++) {
      body.push(paragraph(run(`Về ${words(6)}`), '<w:pStyle w:val="Heading2"/>'));
      for (let p = 0; p < 3; p++) {
        const lead = rand() < 0.3 ? run(`${words(3)}: `, BOLD_RPR) : '';
        const runs = Array.from({ length: 4 + Math.floor(rand() * 4) }, sentence).map((s) => run(s)).join('');
        const change = rand() < 0.1 ? `<w:ins w:id="${page}" w:author="A">${run('thêm ')}</w:ins><w:del w:id="${page + 1}" w:author="A"><w:r><w:delText>bỏ </w:delText></w:r></w:del>` : '';
        const note = rand() < 0.05 ? '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' : '';
        body.push(paragraph(lead + runs + change + note + run('đạt kết quả tốt.')));
      }
      body.push(paragraph(run(words(10)), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'));
    }
    const row = (a: string, b: string) => `<w:tr><w:tc>${paragraph(run(a))}</w:tc><w:tc>${paragraph(run(b))}</w:tc></w:tr>`;
    body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${row('Chỉ tiêu', 'Số lượng')}${row('Hội nghị', String(Math.floor(rand() * 100)))}${row('Đảng viên', String(Math.floor(rand() * 3000)))}</w:tbl>`);
  }
  body.push(paragraph(run('Nơi nhận:', BOLD_RPR)));
  const bodyXml = body.join('');
  return { bytes: makeDocx({ body: bodyXml, styles: STYLES, numbering: NUMBERING }), documentBytes: Buffer.byteLength(bodyXml) };
}
