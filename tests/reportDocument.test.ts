import JSZip from 'jszip';
import { writeDocument } from '../src/adapters/docx/writeDocument';
import { compareWithPrevious } from '../src/core/consolidation/compareWithPrevious';
import { consolidateReports } from '../src/core/consolidation/consolidateReports';
import type { PreviousPeriod } from '../src/core/consolidation/Consolidation';
import { buildReportDocument } from '../src/core/document/buildReportDocument';
import { APPENDIX_UNIT_LIMIT } from '../src/core/document/reportAppendices';
import { reportContentOf } from '../src/core/document/ReportContent';
import { makeInput, makeOfficialDocument, makeRegistry, PERIOD_H1_2026, TEMPLATE } from './helpers/builders';

const registry = makeRegistry(5);
const document = makeOfficialDocument();

function consolidation(previous?: PreviousPeriod) {
  const inputs = [0, 1, 2].map((i) =>
    makeInput(`dv${i}.xlsx`, {
      unit: registry.units[i],
      values: { tong_dang_vien: 1_000 * (i + 1), dv_hoc_tap: 900 * (i + 1), mo_hinh_moi: 0 },
      text: { 'II.1': `Đã tổ chức quán triệt tại ${registry.units[i].name}.\n• Học tập chuyên đề năm 2026\n+ Quán triệt nghị quyết mới` },
    }),
  );
  inputs.push(makeInput('dv3.xlsx', { unit: registry.units[3], errors: ['INDICATOR_NEGATIVE'] }));
  return consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: document.issuer, previous }, inputs);
}

const unescapeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text of word/document.xml, paragraph by paragraph, and the raw XML for layout checks. */
async function openDocx(bytes: Uint8Array): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  // Text of the runs in order; a line break inside a paragraph (<w:cr/> or <w:br/>) read as a new line.
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:cr|br)\/>/g)].map((t) => unescapeXml(t[1] ?? '\n')).join(''));
  return { xml, paragraphs };
}

test('the .docx carries the Party header, BÁO CÁO, every heading, the figures as Vietnamese sentences and the signature', async () => {
  const c = consolidation();
  const { xml, paragraphs } = await openDocx(await writeDocument(buildReportDocument(reportContentOf(c, null), { document })));
  const text = paragraphs.join('\n');
  // The committee on top, the office under it without the committee's name again.
  for (const line of ['TỈNH ỦY MẪU', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Số 12-BC/BTGDVTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tân An, ngày 06 tháng 7 năm 2026', 'BÁO CÁO', 'Nơi nhận:', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn Ký']) {
    expect(paragraphs).toContain(line);
  }
  expect(paragraphs).toContain('- Lưu Văn phòng.');
  expect(paragraphs).toContain('II. KẾT QUẢ THỰC HIỆN');
  for (const section of TEMPLATE.sections) expect(text.toLocaleUpperCase('vi')).toContain(section.title.toLocaleUpperCase('vi'));
  // 1.000 + 2.000 + 3.000 members; 5.400 of 6.000 studied: 90%.
  // The template's own sentences, figures filled in; a sentence's figures are not repeated after it.
  expect(text).toContain('Về tình hình chung của các đơn vị đã báo cáo: tổng số đảng viên của các đơn vị đã báo cáo là 6.000 người.');
  expect(text).toContain('đã tổ chức 15 hội nghị, lớp học tập, quán triệt với 5.400 đảng viên tham gia (đạt 90%)');
  expect(text).not.toContain('đảng viên tham gia học tập, quán triệt: 5.400 người');
  expect(text).toContain('mô hình, cách làm hay mới xây dựng: chưa có');
  expect(text).toContain(`Đến ngày 06/07/2026, 3/5 đơn vị đã gửi báo cáo hợp lệ (3 đúng hạn); 1 đơn vị chưa gửi; 1 đơn vị gửi báo cáo còn lỗi, chưa được tổng hợp (${registry.units[3].name}).`);
  // The opening an officer writes, then the synthesis: no unit's text pasted under its name.
  expect(text).toContain(`Thực hiện ${TEMPLATE.basis}, `);
  expect(paragraphs.some((p) => p.startsWith(`${registry.units[0].name}: `))).toBe(false);
  expect(text).toContain(`1 đơn vị gửi báo cáo còn lỗi, chưa được tổng hợp (${registry.units[3].name})`);
  // Appendices, the last two on landscape pages.
  for (const line of ['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'TỔNG CỘNG']) expect(paragraphs).toContain(line);
  // A4, margins 20/20/30/15 mm, the first page without a page number.
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  expect(xml.match(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/g)).toHaveLength(2);
  expect(xml).toMatch(/<w:pgMar w:top="1133" w:right="850" w:bottom="1133" w:left="1700"/); // 20, 15, 20, 30 mm
  expect(xml).toContain('<w:titlePg/>');
});

test('against the previous period, like for like, with the number of units compared', async () => {
  const previous: PreviousPeriod = {
    label: 'Quý I-2026',
    totals: { tong_dang_vien: 99_999 },
    reportedUnitCodes: [registry.units[0].code, registry.units[4].code],
    byUnit: { [registry.units[0].code]: { tong_dang_vien: 800, dv_hoc_tap: 720 }, [registry.units[4].code]: { tong_dang_vien: 5_000 } },
  };
  const c = consolidation(previous);
  const { paragraphs } = await openDocx(await writeDocument(buildReportDocument(reportContentOf(c, compareWithPrevious(c)), { document })));
  const text = paragraphs.join('\n');
  expect(text).toContain('Các số so với kỳ trước (Quý I-2026) tính trên 1 đơn vị báo cáo cả hai kỳ.');
  // Unit 0: 1.000 now against 800 then is +25%; never 6.000 against 99.999.
  expect(text).toContain('tổng số đảng viên của các đơn vị đã báo cáo là 6.000 người (tăng 25% so với kỳ trước)');
  // A figure without its own sentence reads the generic way, with its change.
  expect(text).toContain('tin, bài trên báo chí, phát thanh, truyền hình: 15 tin, bài');
});

test('each synthesised paragraph carries its sources as a Word comment, dated as the document', async () => {
  const c = consolidation();
  const spec = buildReportDocument(reportContentOf(c, null), { document });
  const commented = spec.sections[0].blocks.filter((b) => b.kind === 'paragraph' && b.comment);
  expect(commented.length).toBeGreaterThan(0);
  for (const b of commented) if (b.kind === 'paragraph') expect(b.comment).toMatchObject({ author: 'Tổng hợp báo cáo', date: document.date, text: expect.stringMatching(/^Nguồn: .+, mục [IV]/) });
  const bytes = await writeDocument(spec);
  const zip = await JSZip.loadAsync(bytes);
  expect(await zip.file('word/comments.xml')!.async('string')).toContain('Nguồn: ');
  expect(await zip.file('word/document.xml')!.async('string')).toContain('w:commentRangeStart');
  // The same round writes the same text and comments (docProps carries the time of writing).
  const again = await JSZip.loadAsync(await writeDocument(spec));
  for (const part of ['word/document.xml', 'word/comments.xml']) expect(await again.file(part)!.async('string')).toBe(await zip.file(part)!.async('string'));
});

test('a large round lists totals and the units that need attention in its appendices, not every unit', async () => {
  const many = makeRegistry(APPENDIX_UNIT_LIMIT + 20);
  const inputs = many.units.slice(0, APPENDIX_UNIT_LIMIT + 10).map((unit, i) =>
    makeInput(`u${i}.xlsx`, { unit, reportDate: i < 3 ? '2026-06-25' : '2026-06-18', nominations: [{ kind: 'Tập thể', name: `Chi bộ số ${i}` }, ...(i % 2 === 0 ? [{ kind: 'Cá nhân', name: `Người số ${i}` }] : [])] }),
  );
  const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry: many, body: 'Ban' }, inputs);
  const { paragraphs } = await openDocx(await writeDocument(buildReportDocument(reportContentOf(c, null), { document })));
  const tableRowsOf = (unitName: string) => paragraphs.filter((p) => p === unitName).length;
  // Phụ lục 1: one row per indicator with its total and how many units gave it.
  expect(paragraphs).toContain('Số liệu của từng đơn vị: trang “Số liệu” của bảng tổng hợp.');
  expect(paragraphs).toContain(TEMPLATE.indicators[0].label);
  // Phụ lục 3: the 3 late and 10 missing units, not the 207 on time.
  expect(paragraphs).toContain('207 đơn vị nộp đúng hạn không liệt kê dưới đây; danh sách đủ ở trang “Tình hình nộp” của bảng tổng hợp.');
  // Its name is in Phụ lục 2 too: its collective is pre-marked to go up (the individual comes from another unit).
  expect(tableRowsOf(many.units[0].name)).toBe(2);
  expect(tableRowsOf(many.units[10].name)).toBe(0);
  expect(tableRowsOf(many.units[APPENDIX_UNIT_LIMIT + 15].name)).toBe(1);
  // Phụ lục 2: the proposals sent up, not the 315 made.
  expect(paragraphs).toContain('Chi bộ số 0');
  expect(paragraphs).toContain('Người số 2');
  expect(paragraphs).not.toContain('Người số 0');
  expect(paragraphs).not.toContain('Chi bộ số 1');
  // Were the office to send hundreds, Phụ lục 2 counts them by kind and leaves the list to the workbook.
  const all = consolidateReports({ ...c.round, sendUp: c.nominations.map((n) => n.key) }, inputs);
  const every = await openDocx(await writeDocument(buildReportDocument(reportContentOf(all, null), { document })));
  expect(every.paragraphs).toContain('Các đơn vị đề xuất 315 trường hợp (210 tập thể, 105 cá nhân); danh sách đủ ở trang “Điển hình” của bảng tổng hợp.');
  expect(every.paragraphs).not.toContain('Chi bộ số 0');
});

/** The text of each paragraph of the spec, tables' cells included, with the table each sits in (-1 outside). */
function specParagraphs(spec: ReturnType<typeof buildReportDocument>): { text: string; table: number }[] {
  const out: { text: string; table: number }[] = [];
  let tables = 0;
  for (const section of spec.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') out.push({ text: block.runs.map((r) => r.text).join(''), table: -1 });
      else {
        const table = tables++;
        for (const row of block.rows) for (const cell of row.cells) for (const p of cell.paragraphs) out.push({ text: p.runs.map((r) => r.text).join(''), table });
      }
    }
  }
  return out;
}

test('the form of HD 36: room for the number, "Kèm theo" under each appendix, no file names, one number of decimals per table, typographic quotes', () => {
  const inputs = [
    makeInput('a.xlsx', { unit: registry.units[0], values: { tong_dang_vien: 1_000, dv_hoc_tap: 858 } }),
    makeInput('b.xlsx', { unit: registry.units[1], values: { tong_dang_vien: 700, dv_hoc_tap: 664 } }),
  ];
  const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: document.issuer }, inputs);
  const numbered = specParagraphs(buildReportDocument(reportContentOf(c, null), { document })).map((p) => p.text);
  expect(numbered.filter((t) => t === '(Kèm theo Báo cáo số 12-BC/BTGDVTU, ngày 06/7/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Mẫu)')).toHaveLength(3);

  const paragraphs = specParagraphs(buildReportDocument(reportContentOf(c, null), { document: { ...document, number: '' } }));
  const texts = paragraphs.map((p) => p.text);
  expect(texts).toContain('Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BTGDVTU');
  expect(texts.filter((t) => t.startsWith('(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BTGDVTU, ngày 06/7/2026'))).toHaveLength(3);
  // The title quotes the directive's name with typographic quotes, as printed documents do.
  const title = texts.find((t) => t.includes('Chỉ thị số 05-CT/TW')) ?? '';
  expect(title).toContain('“Về đẩy mạnh học tập');
  expect(title).not.toContain('"');
  // Phụ lục 3 tells how units reported, not their files.
  expect(texts).not.toContain('Tệp');
  expect(texts.filter((t) => /\.xlsx$/.test(t))).toEqual([]);
  // 858/1.000 and 664/700: every ratio of the table with two decimals, 85,80% beside 94,86%.
  const ratios = paragraphs.filter((p) => p.table >= 0 && /%$/.test(p.text));
  expect(ratios.map((p) => p.text)).toEqual(expect.arrayContaining(['85,80%', '94,86%', '89,53%']));
  expect(ratios.every((p) => /,\d{2}%$/.test(p.text))).toBe(true);
});
