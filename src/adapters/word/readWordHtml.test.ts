import type { WordBlock, WordDocument, WordParagraph } from '../../core/wordReport/WordDocument';
import { decodeEntities } from './tokenizeHtml';
import { readWordHtml } from './readWordHtml';
import { WORD_REFUSALS } from './wordReadMessages';

const utf8 = (html: string) => new TextEncoder().encode(html);
function utf16(html: string, { bom = true, bigEndian = false } = {}): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + html.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = bigEndian ? 0xfe : 0xff;
    out[at++] = bigEndian ? 0xff : 0xfe;
  }
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    out[at++] = bigEndian ? code >> 8 : code & 0xff;
    out[at++] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}
const read = (bytes: Uint8Array): WordDocument => {
  const result = readWordHtml(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
};
const texts = (blocks: WordBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.rows.map((r) => r.join('|')).join(' / ')}]`));
const paragraphs = (doc: WordDocument) => doc.blocks.filter((b): b is WordParagraph => b.kind === 'paragraph');

/** A page as Word saves it ("Web Page"), head, styles, conditional blocks and all. */
const WORD_PAGE = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=unicode"><title>Báo cáo</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-family:"Times New Roman"} --></style></head>
<body lang=VI style='tab-interval:36.0pt'><div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
 <tr><td valign=top style='padding:0cm'><p class=MsoNormal align=center style='text-align:center'><b>ĐẢNG BỘ PHƯỜNG<o:p></o:p></b></p></td>
 <td><p class=MsoNormal align=center style='text-align:center'><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></p>
 <p class=MsoNormal align=right style='text-align:right'><i>Hoàng Mai,&nbsp;&nbsp;&nbsp; ngày 15 tháng 6 năm 2026</i></p></td></tr></table>
<p class=MsoTitle>BÁO CÁO<br>kết quả quý II năm 2026</p>
<h1>I. LÃNH ĐẠO, CHỈ ĐẠO</h1>
<p class=MsoNormal style='text-align:justify'><b>1. Học tập:</b> N&#417;i nh&#7853;n &amp; h&#x1ECD;c t&#x1EAD;p, <span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>đạt 97,9%.</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Tổ chức hội nghị</p>
<p class=MsoHeading2 style='font-weight:bold'>Về công tác tuyên truyền</p>
<p class=MsoNormal><span style='font-weight:normal'>không đậm</span> <span style='display:none'>ẩn</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border:none'>
 <tr><td rowspan=2 style='border:solid windowtext 1.0pt'><p>Chỉ tiêu</p></td><td colspan=2><p>Quý II</p></td></tr>
 <tr><td>Kỳ này</td><td>Lũy kế</td></tr>
 <tr><td>Hội nghị</td><td>12</td><td>20</td></tr>
</table>
<script>document.write('không phải báo cáo')</script>
<!-- một ghi chú <p>ẩn</p> -->
</div></body></html>`;

test('a page saved by Word, in UTF-16 with a byte-order mark: paragraphs, headings, tables, entities, layout padding', () => {
  const doc = read(utf16(WORD_PAGE));
  expect(doc.format).toBe('html');
  expect(texts(doc.blocks)).toEqual([
    '[ĐẢNG BỘ PHƯỜNG|ĐẢNG CỘNG SẢN VIỆT NAM\nHoàng Mai, ngày 15 tháng 6 năm 2026]',
    'BÁO CÁO\nkết quả quý II năm 2026',
    'I. LÃNH ĐẠO, CHỈ ĐẠO',
    '1. Học tập: Nơi nhận & học tập, \tđạt 97,9%.',
    'a) Tổ chức hội nghị',
    'Về công tác tuyên truyền',
    'không đậm',
    '[Chỉ tiêu|Quý II|Quý II / Chỉ tiêu|Kỳ này|Lũy kế / Hội nghị|12|20]',
  ]);
  expect(doc.blocks[0]).toMatchObject({ kind: 'table', borderless: true });
  expect(doc.blocks[7]).toMatchObject({ kind: 'table', borderless: false });
  const [title, h1, learning, listed, heading2, plain] = paragraphs(doc);
  expect(title).toMatchObject({ style: 'Title', bold: false });
  expect(h1).toMatchObject({ headingLevel: 1, bold: true, caps: true, style: 'Heading 1' });
  expect(learning).toMatchObject({ bold: false, boldLead: '1. Học tập:', align: 'both' });
  expect(listed.label).toBeUndefined();
  expect(heading2).toMatchObject({ headingLevel: 2, bold: true });
  expect(plain.bold).toBe(false);
});

test('the same page in UTF-16 without a mark (either byte order) and in UTF-8 reads the same', () => {
  const expected = texts(read(utf16(WORD_PAGE)).blocks);
  expect(texts(read(utf16(WORD_PAGE, { bom: false })).blocks)).toEqual(expected);
  expect(texts(read(utf16(WORD_PAGE, { bom: true, bigEndian: true })).blocks)).toEqual(expected);
  expect(texts(read(utf8(WORD_PAGE)).blocks)).toEqual(expected);
});

test('a reporting system\'s page: plain HTML, decomposed text made NFC, lists, divs, unclosed paragraphs, a declared code page', () => {
  const html = `<!DOCTYPE html><html><body><div>Ba\u0301o ca\u0301o<div><strong>Tổng hợp</strong></div></div>
<p>Đoạn một<p style="font-weight:700">Đoạn hai đậm<ol type="I"><li>Lãnh đạo<li>Kết quả</ol><ul><li>gạch</ul>
<h3>Mục ba</h3>Chữ rời sau mục</body></html>`;
  const doc = read(utf8(html));
  expect(texts(doc.blocks)).toEqual(['Báo cáo', 'Tổng hợp', 'Đoạn một', 'Đoạn hai đậm', 'Lãnh đạo', 'Kết quả', 'gạch', 'Mục ba', 'Chữ rời sau mục']);
  const p = paragraphs(doc);
  expect(p[1].bold).toBe(true);
  expect(p[2].bold).toBe(false);
  expect(p[3].bold).toBe(true);
  expect(p.slice(4, 7).map((x) => x.label)).toEqual(['I.', 'II.', '-']);
  expect(p[7].headingLevel).toBe(3);
  // windows-1258, Vietnamese's own code page: "Hà" with a combining grave in the text.
  const cp1258 = Uint8Array.from([...new TextEncoder().encode('<html><head><meta charset="windows-1258"></head><body><p>H'), 0x61, 0xcc, ...new TextEncoder().encode('</p></body></html>')]);
  expect(texts(read(cp1258).blocks)).toEqual(['Hà']);
});

test('legacy text in a .VnTime font in a page is converted and noted', () => {
  const html = `<html><body><p><span style='font-family:".VnTime"'>§¶ng bé ph­êng ®· tæ chøc häc tËp</span></p><p style="font-family:'VNI-Times'">Đảng bộ phường</p></body></html>`;
  const doc = read(utf8(html));
  expect(texts(doc.blocks)).toEqual(['Đảng bộ phường đã tổ chức học tập', 'Đảng bộ phường']);
  expect(doc.notes.map((n) => n.code)).toEqual(['LEGACY_ENCODING']);
});

test('Word\'s footnotes, comments, headers and table of contents in a page are left out of the body', () => {
  const html = `<html><body>
<p class=MsoTocHeading>MỤC LỤC</p>
<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc1">I. LÃNH ĐẠO<span style='display:none;mso-hide:screen'>.</span><span style='mso-tab-count:1 dotted'>.... </span>3</a></span></p>
<p class=MsoNormal>II. Kết quả<span style='mso-tab-count:1 dotted'>....... </span>5</p>
<div style='mso-element:header' id=h1><p class=MsoHeader>Đầu trang</p></div>
<p class=MsoNormal>Đạt 97,9%<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a> số đảng viên.<span class=MsoCommentReference><a style='mso-comment-reference:AB_1'>[AB1]</a></span></p>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr size=1><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1">[1]</a> Chú thích.</p><table><tr><td>ô trong chú thích</td></tr></table></div></div>
<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>Sửa lại</p></div></div>
<p class=MsoNormal>Trên đây là báo cáo.</p></body></html>`;
  const doc = read(utf8(html));
  expect(texts(doc.blocks)).toEqual(['Đạt 97,9% số đảng viên.', 'Trên đây là báo cáo.']);
  expect(doc.notes.map((n) => n.code)).toEqual(['TOC_SKIPPED', 'FOOTNOTES_SKIPPED']);
});

test('entities: named, decimal, hexadecimal, unknown kept as written', () => {
  expect(decodeEntities('N&#417;i nh&#7853;n &amp; &lt;b&gt; &quot;x&quot; &eacute;&Agrave;&nbsp;&hellip; &bogus; &#0; &#x110000;')).toBe('Nơi nhận & <b> "x" éÀ\u00a0… &bogus; \ufffd \ufffd');
});

test('an empty or oversized page is refused', () => {
  expect(readWordHtml(new Uint8Array(0))).toEqual({ ok: false, reason: WORD_REFUSALS.empty });
  expect(readWordHtml(new Uint8Array(21 * 1024 * 1024)).ok).toBe(false);
});
