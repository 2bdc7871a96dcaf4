import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDocx, para, zipParts } from '../../../tests/helpers/makeDocx';
import type { WordParagraph } from '../../core/wordReport/WordDocument';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { plainTextBlocks } from './plainTextBlocks';
import { readDoc } from './readDoc';
import { docUnavailable, readWordFile, type WordFileReaders } from './readWordFile';
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

test('a .doc body as text: rows end in a tab, a cell of several paragraphs inside a table, a typed table of contents left out', () => {
  const body = 'MỤC LỤC\nI. Lãnh đạo\t3\nII. Kết quả\t5\nI. LÃNH ĐẠO\nChỉ tiêu\tSố\t\nHội nghị\nhọc tập\t12\t\nSau bảng\n§¶ng bé ph­êng Hoµng Mai\n';
  const { blocks, notes } = plainTextBlocks(body);
  expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows))).toEqual(['I. LÃNH ĐẠO', [['Chỉ tiêu', 'Số'], ['Hội nghị\nhọc tập', '12']], 'Sau bảng', 'Đảng bộ phường Hoàng Mai']);
  expect(notes.map((n) => n.code)).toEqual(['NUMBERING_UNKNOWN', 'LEGACY_ENCODING', 'TOC_SKIPPED']);
});
