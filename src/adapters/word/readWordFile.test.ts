import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDocx, para, zipParts } from '../../../tests/helpers/makeDocx';
import type { WordParagraph } from '../../core/wordReport/WordDocument';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { readZipParts } from '../xlsxFast/readZipParts';
import { plainTextBlocks } from './plainTextBlocks';
import { readDoc } from './readDoc';
import { docUnavailable, readWordFile, type WordFileReaders } from './readWordFile';
import { oleProblem } from './screenOleFile';
import { sniffWordFile } from './sniffWordFile';
import { WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '__fixtures__', name)));
const cli: WordFileReaders = { inflate: nativeInflateRaw, readDoc };
const browser: WordFileReaders = { inflate: nativeInflateRaw };
const texts = (result: WordReadResult) => {
  if (!result.ok) throw new Error(result.reason);
  return result.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.rows.map((r) => r.join('|')).join(' / ')}]`));
};
const BODY = ['BÁO CÁO kết quả quý II năm 2026', 'I. KẾT QUẢ THỰC HIỆN', '1. Công tác tuyên truyền: đã tổ chức 12 hội nghị cho cán bộ.', '[Chỉ tiêu|Số lượng / Hội nghị|12]', '2. Kết hợp học tập với làm theo.', 'Trên đây là báo cáo.'];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const ole = (stream: string) => Uint8Array.from([...OLE, ...new Uint8Array(504), ...utf16le(stream), ...new Uint8Array(64)]);

test('files are told apart by their content, whatever their names', () => {
  expect(sniffWordFile(makeDocx({ body: para('x') }))).toBe('docx');
  expect(sniffWordFile(fixture('bao-cao-cu.doc'))).toBe('doc');
  expect(sniffWordFile(zipParts({ 'xl/workbook.xml': '<workbook/>' }))).toBe('xlsx');
  expect(sniffWordFile(ole('Workbook'))).toBe('xlsx');
  expect(sniffWordFile(ole('EncryptedPackage'))).toBe('unknown');
  expect(sniffWordFile(new TextEncoder().encode('  <html xmlns:w="urn:schemas-microsoft-com:office:word"><body>x</body></html>'))).toBe('html');
  expect(sniffWordFile(utf16le('<html><body><p>x</p></body></html>'))).toBe('html');
  expect(sniffWordFile(new TextEncoder().encode('\ufeff<!DOCTYPE html><p>x'))).toBe('html');
  expect(sniffWordFile(new TextEncoder().encode('{\\rtf1\\ansi Báo cáo}'))).toBe('unknown');
  expect(sniffWordFile(new TextEncoder().encode('Báo cáo dạng chữ thường'))).toBe('unknown');
  expect(sniffWordFile(zipParts({ 'content.xml': '<x/>' }))).toBe('unknown');
});

test('an old .doc made by LibreOffice: the body by paragraphs, its table, no header and no footnote; the numbering noted as unknown', async () => {
  const result = await readWordFile(fixture('bao-cao-cu.doc'), 'bao-cao.doc', cli);
  expect(texts(result)).toEqual(BODY);
  expect(result.ok && result.document.format).toBe('doc');
  expect(result.ok && result.document.notes.map((n) => n.code)).toEqual(['NUMBERING_UNKNOWN', 'FOOTNOTES_SKIPPED']);
  expect(JSON.stringify(result)).not.toMatch(/Đầu trang|Chú thích cuối trang không vào/);
});

test('the same report saved as .docx by LibreOffice reads the same body, and a .docx named .doc is read as a .docx', async () => {
  const docx = fixture('bao-cao-libreoffice.docx');
  const result = await readWordFile(docx, 'bao-cao.doc', browser);
  expect(texts(result)).toEqual(BODY);
  expect(result.ok && (result.document.blocks[1] as WordParagraph).headingLevel).toBe(1);
  expect(JSON.stringify(result)).not.toMatch(/Đầu trang|Chú thích cuối trang không vào/);
});

test('where no .doc reader is given (the browser doors), a .doc is refused with what to do', async () => {
  expect(await readWordFile(fixture('bao-cao-cu.doc'), 'bao-cao.doc', browser)).toEqual({ ok: false, reason: WORD_REFUSALS.docUnavailable });
  expect(await docUnavailable()).toEqual({ ok: false, reason: expect.stringContaining('mở tệp trong Word rồi lưu thành .docx') });
});

test('a web page sent as .doc is read as a page', async () => {
  const html = utf16le('\ufeff<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p class=MsoNormal>N&#417;i nh&#7853;n:</p></body></html>');
  const result = await readWordFile(html, 'bao-cao.doc', browser);
  expect(texts(result)).toEqual(['Nơi nhận:']);
  expect(result.ok && result.document.format).toBe('html');
});

test('damaged, unsupported and foreign files come back with a Vietnamese reason, never a throw', async () => {
  const doc = fixture('bao-cao-cu.doc');
  const docx = makeDocx({ body: para('x') });
  const cases: [Uint8Array, string][] = [
    [new Uint8Array(0), WORD_REFUSALS.empty],
    [docx.subarray(0, docx.length - 30), WORD_REFUSALS.damagedZip],
    [doc.subarray(0, 1024), WORD_REFUSALS.docDamaged],
    [ole('EncryptedPackage'), WORD_REFUSALS.encrypted],
    [new TextEncoder().encode('{\\rtf1\\ansi x}'), WORD_REFUSALS.rtf],
    [zipParts({ 'xl/workbook.xml': '<workbook/>' }), WORD_REFUSALS.spreadsheet],
    [new TextEncoder().encode('chữ thường'), WORD_REFUSALS.unknown('a.doc')],
  ];
  for (const [bytes, reason] of cases) expect(await readWordFile(bytes, 'a.doc', cli)).toEqual({ ok: false, reason });
  // The .doc reader's own refusal, for a file that only looks like one.
  expect(await readDoc(ole('WordDocument'))).toEqual({ ok: false, reason: WORD_REFUSALS.docDamaged });
});

test('a .doc with a table of contents (LibreOffice\'s): the contents left out, the headings kept once', async () => {
  const result = await readWordFile(fixture('muc-luc.doc'), 'muc-luc.doc', cli);
  expect(texts(result)).toEqual(['I. KẾT QUẢ', 'Nội dung một.', 'II. ĐÁNH GIÁ', 'Nội dung hai.']);
  expect(result.ok && result.document.notes.map((n) => n.code)).toEqual(['NUMBERING_UNKNOWN', 'TOC_SKIPPED']);
  // Untitled, two "title, tab, page" lines in a row are enough; one such line among body text is body text.
  expect(plainTextBlocks('I. Kết quả\t3\nII. Đánh giá\t5\nI. KẾT QUẢ\nĐạt 97%\t15\n').blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['I. KẾT QUẢ', 'Đạt 97%\t15']);
});

test('a .doc body as text: rows end in a tab, a cell of several paragraphs inside a table, a typed table of contents left out', () => {
  const body = 'MỤC LỤC\nI. Lãnh đạo\t3\nII. Kết quả\t5\nI. LÃNH ĐẠO\nChỉ tiêu\tSố\t\nHội nghị\nhọc tập\t12\t\nSau bảng\n§¶ng bé ph­êng Hoµng Mai\n';
  const { blocks, notes } = plainTextBlocks(body);
  expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows))).toEqual(['I. LÃNH ĐẠO', [['Chỉ tiêu', 'Số'], ['Hội nghị\nhọc tập', '12']], 'Sau bảng', 'Đảng bộ phường Hoàng Mai']);
  expect(notes.map((n) => n.code)).toEqual(['NUMBERING_UNKNOWN', 'LEGACY_ENCODING', 'TOC_SKIPPED']);
  // A body all in TCVN3: a short heading with one telling letter converts with the rest; in a Unicode body it would not.
  const tcvn = plainTextBlocks('2. KiÕn nghÞ\n§¶ng bé ph­êng Hoµng Mai ®· tæ chøc 12 héi nghÞ häc tËp.\n').blocks;
  expect(tcvn.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['2. Kiến nghị', 'Đảng bộ phường Hoàng Mai đã tổ chức 12 hội nghị học tập.']);
  expect(plainTextBlocks('2. KiÕn nghÞ\nĐảng bộ phường.\n').blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['2. KiÕn nghÞ', 'Đảng bộ phường.']);
});

test('a .doc whose header is a table and whose body runs on to a figures table with no blank line: the body stays paragraphs, never a cell', () => {
  const long = 'Ban Thường vụ ban hành 15 văn bản để triển khai, gồm kế hoạch học tập chuyên đề năm 2026, hướng dẫn xây dựng mô hình làm theo ở chi bộ và các công văn chỉ đạo.';
  const body = `ĐẢNG ỦY PHƯỜNG ĐỐNG ĐA\n*\nSố: 95-BC/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM\n\nĐống Đa, ngày 15 tháng 06 năm 2026\t\nBÁO CÁO\nI. CÔNG TÁC LÃNH ĐẠO\n${long}\nII. KẾT QUẢ\nSTT\tChỉ tiêu\tQuý II/2026\t\n1\tSố văn bản\t15\t\n`;
  const blocks = plainTextBlocks(body).blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows));
  expect(blocks).toEqual([
    'ĐẢNG ỦY PHƯỜNG ĐỐNG ĐA',
    '*',
    [['Số: 95-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐống Đa, ngày 15 tháng 06 năm 2026']],
    'BÁO CÁO',
    'I. CÔNG TÁC LÃNH ĐẠO',
    long,
    'II. KẾT QUẢ',
    [['STT', 'Chỉ tiêu', 'Quý II/2026'], ['1', 'Số văn bản', '15']],
  ]);
});

/** Quoted-printable, as MHT writers encode a page (UTF-8 bytes above 127 and "=" as =XX, soft breaks). */
function quotedPrintable(text: string): string {
  const encoded = [...Buffer.from(text, 'utf8')].map((b) => (b > 126 || b === 61 ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
  return encoded.replace(/(.{70})/g, '$1=\r\n');
}
const mht = (html: string) =>
  `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type="text/html";\r\n    boundary="----=mhtDocumentPart"\r\n\r\n\r\n------=mhtDocumentPart\r\nContent-Type: text/html;\r\n    charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n${quotedPrintable(html)}\r\n\r\n------=mhtDocumentPart--\r\n`;
const PAGE = '<html><body><h1>I. LÃNH ĐẠO, CHỈ ĐẠO</h1><p>Ban hành <b>13</b> văn bản = đủ.</p><table border=1><tr><td>Hội nghị</td><td>12</td></tr></table></body></html>';

test('a single-file web page (MHT, quoted-printable) sent as .doc is read as a page', async () => {
  const bytes = new TextEncoder().encode(mht(PAGE));
  expect(sniffWordFile(bytes)).toBe('html');
  expect(texts(await readWordFile(bytes, 'bao-cao.doc', browser))).toEqual(['I. LÃNH ĐẠO, CHỈ ĐẠO', 'Ban hành 13 văn bản = đủ.', '[Hội nghị|12]']);
});

test('a .docx made from a web page (altChunk: MHT or HTML, or another .docx) is read where the chunk stands, and a chunk it cannot read is said', async () => {
  const rels = (targets: Record<string, string>) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(targets).map(([id, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/>`).join('')}</Relationships>`;
  const inner = makeDocx({ body: para('Văn bản lồng trong tài liệu') });
  const docx = makeDocx({
    body: `${para('Trước')}<w:altChunk r:id="htmlChunk" xmlns:r="r"/><w:altChunk r:id="pageChunk" xmlns:r="r"/><w:altChunk r:id="docChunk" xmlns:r="r"/><w:altChunk r:id="lost" xmlns:r="r"/>${para('Sau')}`,
    extra: {
      'word/_rels/document.xml.rels': rels({ htmlChunk: 'afchunk.mht', pageChunk: '/word/page.htm', docChunk: '../word/inner.docx', lost: 'khong-co.mht' }),
      'word/afchunk.mht': mht(PAGE),
      'word/page.htm': '<html><body><p>Trang nhúng thẳng</p></body></html>',
    },
  });
  const withInner = zipParts({ ...Object.fromEntries(unzip(docx)), 'word/inner.docx': inner });
  const result = await readWordFile(withInner, 'bao-cao.docx', browser);
  expect(texts(result)).toEqual(['Trước', 'I. LÃNH ĐẠO, CHỈ ĐẠO', 'Ban hành 13 văn bản = đủ.', '[Hội nghị|12]', 'Trang nhúng thẳng', 'Văn bản lồng trong tài liệu', 'Sau']);
  expect(result.ok && result.document.notes.map((n) => n.message)).toEqual([expect.stringContaining('altChunk'), expect.stringContaining('1 phần nội dung nhúng không đọc được')]);
});

/** A zip's parts by name (to add one and zip again). */
function unzip(bytes: Uint8Array): [string, Uint8Array][] {
  const zip = readZipParts(bytes, nativeInflateRaw);
  if (!zip) throw new Error('not a zip');
  return zip.entries.map(({ name }) => [name, zip.read(name) ?? new Uint8Array(0)]);
}

test('an old .doc whose sector chains loop is refused before word-extractor follows them (it would abort the process)', async () => {
  const doc = fixture('bao-cao-cu.doc');
  const view = new DataView(doc.buffer, doc.byteOffset, doc.byteLength);
  const size = 1 << view.getUint16(30, true);
  const fatAt = size + view.getInt32(76, true) * size;
  const directory = view.getInt32(48, true);
  // The directory's chain made to loop through one more sector: directory → other → directory.
  const other = directory === 1 ? 2 : 1;
  view.setInt32(fatAt + directory * 4, other, true);
  view.setInt32(fatAt + other * 4, directory, true);
  expect(oleProblem(doc)).toBe('directory chain');
  expect(await readDoc(doc)).toEqual({ ok: false, reason: WORD_REFUSALS.docDamaged });
  expect(oleProblem(fixture('bao-cao-cu.doc'))).toBeNull();
});

test("a .doc table whose rows word-extractor ran on one line, each row's end a second tab: its rows taken apart", () => {
  const body = 'Kỳ báo cáo\tTập thể được khen\tCá nhân được khen\t\tQuý II/2026\t9\t15\t\tCùng kỳ năm 2025\t9\t11\t\t\n';
  const [table] = plainTextBlocks(body).blocks;
  expect(table).toEqual({ kind: 'table', borderless: false, rows: [['Kỳ báo cáo', 'Tập thể được khen', 'Cá nhân được khen'], ['Quý II/2026', '9', '15'], ['Cùng kỳ năm 2025', '9', '11']] });
});
