import { makeDocx, para, run, style, W_NS, zipParts } from '../../../tests/helpers/makeDocx';
import type { WordBlock, WordDocument, WordParagraph, WordTable } from '../../core/wordReport/WordDocument';
import { LIMITS } from '../../core/round/limits';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { readDocx } from './readDocx';
import { WORD_REFUSALS } from './wordReadMessages';

const read = (bytes: Uint8Array): WordDocument => {
  const result = readDocx(bytes, { inflate: nativeInflateRaw });
  if (!result.ok) throw new Error(result.reason);
  return result.document;
};
const texts = (blocks: WordBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.rows.map((r) => r.join('|')).join(' / ')}]`));
const paragraphs = (doc: WordDocument) => doc.blocks.filter((b): b is WordParagraph => b.kind === 'paragraph');
const refusal = (bytes: Uint8Array) => {
  const result = readDocx(bytes, { inflate: nativeInflateRaw });
  return result.ok ? 'read' : result.reason;
};

test('tracked changes: inserted and moved-in text kept, deleted and moved-away text dropped, old properties ignored', () => {
  const body =
    para([run('Đã tổ chức '), `<w:ins w:id="1" w:author="A">${run('12 ')}</w:ins>`, `<w:del w:id="2" w:author="A"><w:r><w:delText>10 </w:delText></w:r></w:del>`, run('hội nghị.')]) +
    para([`<w:moveFrom w:id="3">${run('Câu cũ.')}</w:moveFrom>`, run('Ở lại.')]) +
    para(`<w:moveTo w:id="4">${run('Câu chuyển đến.')}</w:moveTo>`) +
    para(`<w:r><w:rPr><w:rPrChange w:id="5"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Không đậm.</w:t></w:r>`) +
    // A paragraph deleted whole, its mark too: gone.
    `<w:p><w:pPr><w:rPr><w:del w:id="6"/></w:rPr></w:pPr><w:del w:id="7">${run('Đoạn xóa hẳn.')}</w:del></w:p>`;
  const doc = read(makeDocx({ body }));
  expect(texts(doc.blocks)).toEqual(['Đã tổ chức 12 hội nghị.', 'Ở lại.', 'Câu chuyển đến.', 'Không đậm.']);
  expect(paragraphs(doc)[3].bold).toBe(false);
  expect(doc.notes.map((n) => n.code)).toEqual(['TRACKED_CHANGES']);
});

const tocField = (entries: string[]) =>
  `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(entries[0])}</w:p>` +
  entries.slice(1).map((e) => para([run(e), '<w:r><w:tab/></w:r>', run('3')])).join('') +
  `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

test('a table of contents is left out: TOC field, TOC content control, TOC styles, typed "title … page" lines', () => {
  const styles = style('TOC1', 'toc 1') + style('TOC2', 'toc 2');
  const sdt = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${para('MỤC LỤC')}${para('I. Trong khối mục lục\t2')}</w:sdtContent></w:sdt>`;
  const body = [
    sdt,
    tocField(['I. LÃNH ĐẠO\t1', 'II. KẾT QUẢ']),
    para('II.1 Học tập\t4', '<w:pStyle w:val="TOC2"/>'),
    para('Mục lục'),
    para('I. Lãnh đạo, chỉ đạo ........ 1'),
    para('II. Kết quả\t2'),
    para('I. LÃNH ĐẠO, CHỈ ĐẠO'),
    para('Năm 2026 có 12 hội nghị\t15'),
    `<w:p><w:fldSimple w:instr=" TOC \\o "><w:r><w:t>Mục lục đơn giản\t1</w:t></w:r></w:fldSimple></w:p>`,
  ].join('');
  const doc = read(makeDocx({ body, styles }));
  // Lines that look like entries but follow body text stay: only those right after a table of contents go.
  expect(texts(doc.blocks)).toEqual(['I. LÃNH ĐẠO, CHỈ ĐẠO', 'Năm 2026 có 12 hội nghị\t15']);
  expect(doc.notes.map((n) => n.code)).toEqual(['TOC_SKIPPED']);
});

test('footnote marks dropped, footnotes, headers and footers never in the body, comments ignored', () => {
  const body =
    para([run('Đạt 97,9%'), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', run(' số đảng viên.')]) +
    para(['<w:commentRangeStart w:id="0"/>', run('Có nhận xét.'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>']);
  const extra = {
    'word/footnotes.xml': `<w:footnotes xmlns:w="${W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>Chú thích: số liệu đến 14/6.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    'word/header1.xml': `<w:hdr xmlns:w="${W_NS}"><w:p><w:r><w:t>ĐẢNG BỘ PHƯỜNG (đầu trang)</w:t></w:r></w:p></w:hdr>`,
    'word/comments.xml': `<w:comments xmlns:w="${W_NS}"><w:comment w:id="0"><w:p><w:r><w:t>Sửa lại</w:t></w:r></w:p></w:comment></w:comments>`,
  };
  const doc = read(makeDocx({ body, extra }));
  expect(texts(doc.blocks)).toEqual(['Đạt 97,9% số đảng viên.', 'Có nhận xét.']);
  expect(doc.notes.map((n) => n.code)).toEqual(['FOOTNOTES_SKIPPED']);
});

test('breaks, tabs, no-break hyphens, symbols, hyperlinks, smart tags, simple fields and content controls as shown; hidden text and page numbers not', () => {
  const body =
    para([run('Hoàng Mai,'), '<w:r><w:br/><w:t>ngày 15</w:t><w:tab/><w:t>tháng 6</w:t></w:r>', '<w:r><w:t>Số 12</w:t><w:noBreakHyphen/><w:t>BC</w:t></w:r>']) +
    para(['<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>', run(' Mục')]) +
    para([`<w:hyperlink r:id="rId9" xmlns:r="r">${run('trang tin')}</w:hyperlink>`, `<w:smartTag w:element="place">${run(' Hà Nội')}</w:smartTag>`, `<w:fldSimple w:instr=" DATE ">${run(' 15/6')}</w:fldSimple>`]) +
    para([`<w:sdt><w:sdtPr/><w:sdtContent>${run('Trong ô nhập')}</w:sdtContent></w:sdt>`, run(' ẩn', '<w:vanish/>'), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>']) +
    para(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>8</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', run('Trang')]) +
    para(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>liên kết</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>']);
  expect(texts(read(makeDocx({ body })).blocks)).toEqual(['Hoàng Mai,\nngày 15\ttháng 6Số 12-BC', '• Mục', 'trang tin Hà Nội 15/6', 'Trong ô nhập', 'Trang', 'liên kết']);
});

test('text boxes read as paragraphs of their own, their fallback picture not twice; drawing text bodies skipped', () => {
  const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="wps"><w:txbxContent>${para('ĐẢNG CỘNG SẢN VIỆT NAM')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${para('ĐẢNG CỘNG SẢN VIỆT NAM')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const shape = '<w:r><w:drawing><a:graphic xmlns:a="a"><a:txBody><a:p><a:r><a:t>Chữ hình vẽ</a:t></a:r></a:p></a:txBody></a:graphic></w:drawing></w:r>';
  const doc = read(makeDocx({ body: para([box, shape, run('Số 45-BC/ĐU')]) }));
  expect(texts(doc.blocks)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 45-BC/ĐU']);
  expect(doc.notes.map((n) => n.code)).toEqual(['OTHER']);
});

const tbl = (props: string, rows: string) => `<w:tbl><w:tblPr>${props}</w:tblPr><w:tblGrid/>${rows}</w:tbl>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text.split('\n').map((t) => para(t)).join('')}</w:tc>`;
const noBorders = '<w:tblBorders><w:top w:val="none"/><w:left w:val="nil"/><w:bottom w:val="none"/><w:right w:val="none"/><w:insideH w:val="none"/><w:insideV w:val="none"/></w:tblBorders>';
const grid = '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:insideH w:val="single"/></w:tblBorders>';

test('tables: cells by row, spans repeated, merged cells repeated down, a cell of several paragraphs, nested tables', () => {
  const rows =
    tr(tc('Chỉ tiêu', '<w:vMerge w:val="restart"/>'), tc('Quý II', '<w:gridSpan w:val="2"/>')) +
    tr(tc('', '<w:vMerge/>'), tc('Kỳ này'), tc('Lũy kế')) +
    tr(tc('Hội nghị\nhọc tập'), tc('12'), `<w:tc>${tbl('', tr(tc('a'), tc('b')))}</w:tc>`);
  const doc = read(makeDocx({ body: tbl(grid, rows) + para('Sau bảng') }));
  expect(doc.blocks[0]).toEqual({ kind: 'table', rows: [['Chỉ tiêu', 'Quý II', 'Quý II'], ['Chỉ tiêu', 'Kỳ này', 'Lũy kế'], ['Hội nghị\nhọc tập', '12', 'a\tb']], borderless: false });
  expect(texts(doc.blocks.slice(1))).toEqual(['Sau bảng']);
});

test('borderless tables: borders none or nil and no cell borders, or a style without borders; lines from a style or a cell count', () => {
  const styles = style('TableGrid', 'Table Grid', `<w:tblPr>${grid}</w:tblPr>`, 'table') + style('Plain', 'Plain Table', `<w:tblPr>${noBorders}</w:tblPr>`, 'table');
  const one = tr(tc('T/M BAN THƯỜNG VỤ'), tc('Nơi nhận'));
  const cases: [string, string, boolean][] = [
    ['borders none and nil', noBorders, true],
    ['no borders said, no style', '', true],
    ['a style without borders', '<w:tblStyle w:val="Plain"/>', true],
    ['Table Grid', '<w:tblStyle w:val="TableGrid"/>', false],
    ['Table Grid, its borders taken off', `<w:tblStyle w:val="TableGrid"/>${noBorders}`, true],
    ['borders of its own', grid, false],
  ];
  for (const [, props, borderless] of cases) expect((read(makeDocx({ body: tbl(props, one), styles })).blocks[0] as WordTable).borderless).toBe(borderless);
  const cellLine = tr(tc('x', '<w:tcBorders><w:bottom w:val="single"/></w:tcBorders>'));
  expect((read(makeDocx({ body: tbl(noBorders, cellLine) })).blocks[0] as WordTable).borderless).toBe(false);
});

test('paragraph properties: bold from runs, styles and character styles through basedOn; italic, underline, caps, alignment, boldLead, heading level', () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    style('Normal', 'Normal', '<w:pPr><w:jc w:val="both"/></w:pPr>').replace('<w:style ', '<w:style w:default="1" ') +
    style('Strong1', 'Đề mục đậm', '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr>') +
    style('Strong2', 'Đề mục đậm giữa', '<w:basedOn w:val="Strong1"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:caps/></w:rPr>') +
    style('Emph', 'Nhấn mạnh', '<w:rPr><w:b/><w:i/></w:rPr>', 'character') +
    style('Heading2', 'heading 2', '<w:basedOn w:val="Normal"/>') +
    style('MyOutline', 'Tiêu đề riêng', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>') +
    style('Child', 'Tiêu đề con', '<w:basedOn w:val="MyOutline"/>');
  const body = [
    para('Về công tác tuyên truyền', '<w:pStyle w:val="Strong1"/>'),
    para('kết quả', '<w:pStyle w:val="Strong2"/>'),
    para([run('2. Kết hợp học tập với làm theo', '<w:b/>'), run(': Trong quý, …')]),
    para([run('* Kiến nghị:', '<w:rStyle w:val="Emph"/>'), run(' đề nghị cấp trên …')]),
    para([run('Nghiêng gạch', '<w:i/><w:u w:val="single"/>'), run(' ', '')]),
    para([run('Không ', '<w:b/>'), run('đậm hết')]),
    para('Học tập', '<w:pStyle w:val="Heading2"/><w:jc w:val="right"/>'),
    para('Mức riêng', '<w:pStyle w:val="Child"/>'),
    para('Cấp đề mục trực tiếp', '<w:outlineLvl w:val="0"/>'),
    para('Bỏ cấp', '<w:pStyle w:val="Heading2"/><w:outlineLvl w:val="9"/>'),
    para(run('Không đậm dù kiểu đậm', '<w:b w:val="0"/>'), '<w:pStyle w:val="Strong1"/>'),
  ].join('');
  const [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11] = paragraphs(read(makeDocx({ body, styles })));
  expect(p1).toEqual({ kind: 'paragraph', text: 'Về công tác tuyên truyền', bold: true, italic: false, style: 'Đề mục đậm', align: 'both' });
  expect(p2).toMatchObject({ bold: true, caps: true, align: 'center', style: 'Đề mục đậm giữa' });
  expect(p3).toMatchObject({ bold: false, boldLead: '2. Kết hợp học tập với làm theo:' });
  expect(p4).toMatchObject({ bold: false, boldLead: '* Kiến nghị:' });
  expect(p5).toMatchObject({ italic: true, underline: true });
  expect(p6.boldLead).toBeUndefined();
  expect(p7).toMatchObject({ headingLevel: 2, align: 'right', style: 'heading 2' });
  expect(p8.headingLevel).toBe(3);
  expect(p9.headingLevel).toBe(1);
  expect(p10.headingLevel).toBeUndefined();
  expect(p11.bold).toBe(false);
});

test('legacy text: TCVN3 in .VnTime and .VnTimeH converted and noted, a short heading too; a VNI font over Unicode text left alone', () => {
  const tcvn = (text: string, font: string) => run(text, `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>`);
  const body = [
    para(tcvn('b¸o c¸o kÕt qu¶ häc tËp', '.VnTimeH')),
    para(tcvn('§¶ng bé ph­êng Hoµng Mai ®· tæ chøc 12 héi nghÞ.', '.VnTime')),
    para([run('Đảng bộ ', '<w:rFonts w:ascii="VNI-Times"/>'), run('phường', '<w:rFonts w:ascii="VNI-Times"/>')]),
    para(run('Hội nghị quán triệt', '<w:rFonts w:ascii=".VnTime"/>')),
    para(tcvn('Hµ', '.VnTime')),
    para(tcvn('a) NhiÖm vô', '.VnTime')),
    para(tcvn('Tổ công tác', 'VNI-Times')),
  ].join('');
  const doc = read(makeDocx({ body }));
  expect(texts(doc.blocks)).toEqual(['BÁO CÁO KẾT QUẢ HỌC TẬP', 'Đảng bộ phường Hoàng Mai đã tổ chức 12 hội nghị.', 'Đảng bộ phường', 'Hội nghị quán triệt', 'Hà', 'a) Nhiệm vụ', 'Tổ công tác']);
  expect(paragraphs(doc)[0].caps).toBe(true);
  expect(doc.notes).toEqual([expect.objectContaining({ code: 'LEGACY_ENCODING', message: expect.stringContaining('4 đoạn') })]);
});

test('a DOCTYPE or an entity declaration is refused, never expanded', () => {
  const evil = (document: string) => zipParts({ 'word/document.xml': document });
  const doctype = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "${'a'.repeat(10)}">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
  expect(refusal(evil(doctype))).toBe(WORD_REFUSALS.doctype);
  const styles = makeDocx({ body: para('x'), styles: '' });
  expect(refusal(styles)).toBe('read');
  const unknownEntity = `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
  expect(refusal(evil(unknownEntity))).toBe(WORD_REFUSALS.damagedXml);
  const badStyles = zipParts({ 'word/document.xml': `<w:document xmlns:w="${W_NS}"><w:body/></w:document>`, 'word/styles.xml': '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><w:styles/>' });
  expect(refusal(badStyles)).toBe(WORD_REFUSALS.doctype);
});

test('damaged, oversized and crafted files are refused with a reason; the input is never modified', () => {
  const good = makeDocx({ body: para('Báo cáo') });
  const copy = good.slice();
  expect(refusal(good.subarray(0, Math.floor(good.length / 2)))).toBe(WORD_REFUSALS.damagedZip);
  expect(refusal(new Uint8Array(0))).toBe(WORD_REFUSALS.empty);
  expect(refusal(new Uint8Array(LIMITS.file.bytes + 1))).toBe(WORD_REFUSALS.tooLarge(LIMITS.file.bytes + 1));
  expect(refusal(zipParts({ 'xl/workbook.xml': '<workbook/>' }))).toBe(WORD_REFUSALS.notWord);
  // A part declaring far more than it holds: refused from the directory alone, before inflating.
  const bomb = zipParts({ 'word/document.xml': `<w:document xmlns:w="${W_NS}"><w:body>${'<w:p/>'.repeat(10)}</w:body></w:document>` }, { store: true });
  const view = new DataView(bomb.buffer);
  const central = bomb.length - 22 - (46 + 'word/document.xml'.length);
  view.setUint32(central + 24, LIMITS.file.inflatedBytes + 1, true);
  expect(refusal(bomb)).toMatch(/^Tệp có cấu trúc bất thường/);
  const broken = makeDocx({ body: '<w:p><w:r><w:t>chưa đóng</w:r></w:p>' });
  expect(refusal(broken)).toBe(WORD_REFUSALS.damagedXml);
  expect(copy).toEqual(good);
});

test('reading stops past the time limit on the clock given', () => {
  const body = Array.from({ length: 3000 }, (_, i) => para(`Đoạn ${i}`)).join('');
  let now = 0;
  const result = readDocx(makeDocx({ body }), { inflate: nativeInflateRaw, now: () => (now += LIMITS.file.timeMs) });
  expect(result).toEqual({ ok: false, reason: WORD_REFUSALS.timeout });
  expect(readDocx(makeDocx({ body }), { inflate: nativeInflateRaw, now: () => 0 }).ok).toBe(true);
});

test('a crafted file nesting elements very deep is read in one pass, not searched again at every level', () => {
  const depth = 100_000;
  const deep = `<w:p><w:pPr>${'<w:x>'.repeat(depth)}${'</w:x>'.repeat(depth)}</w:pPr><w:r>${'<w:y>'.repeat(depth)}${'</w:y>'.repeat(depth)}<w:t>Còn đọc được</w:t></w:r></w:p>`;
  const styles = `<w:style w:styleId="S"><w:pPr>${'<w:rPrChange>'.repeat(depth)}${'</w:rPrChange>'.repeat(depth)}</w:pPr></w:style>`;
  expect(texts(read(makeDocx({ body: deep, styles })).blocks)).toEqual(['Còn đọc được']);
});
