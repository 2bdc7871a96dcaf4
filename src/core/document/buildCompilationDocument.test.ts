import { makePeriod } from '../period/ReportingPeriod';
import { DEFAULT_TEMPLATE } from '../template/builtinTemplates';
import type { OfficialDocument } from '../workbook/OfficialDocument';
import { NO_TEXT_IN_SECTION, buildCompilationDocument } from './buildCompilationDocument';
import type { DocumentSpec, ParagraphSpec } from './DocumentSpec';

const document: OfficialDocument = {
  bodyAbove: 'Đảng bộ tỉnh Mẫu',
  issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  number: '',
  place: 'Tân An',
  date: '2026-10-08',
  recipients: ['Lưu Văn phòng'],
  issuerKind: 'department',
  signer: 'head',
};
const period = makePeriod('Q3', 2026);

const paragraphs = (spec: DocumentSpec) => spec.sections.flatMap((s) => s.blocks).filter((b): b is ParagraphSpec => b.kind === 'paragraph');
const textOf = (p: ParagraphSpec) => p.runs.map((r) => r.text).join('');

test('every unit\'s text, in full and in order, under its name and its section; a section nobody wrote says so', () => {
  const long = 'Chi bộ đã tổ chức học tập chuyên đề năm 2026 cho toàn thể đảng viên. '.repeat(2_000).trim();
  const sections = {
    'II.1': [
      { unitName: 'Đảng ủy xã A', text: 'Đã quán triệt Kết luận số 01.\n\n• Học tập chuyên đề.' },
      { unitName: 'Đảng ủy phường B', text: long },
    ],
    'III.1': [{ unitName: 'Đảng ủy xã A', text: 'Ưu điểm: đoàn kết.' }],
  };
  const spec = buildCompilationDocument({ template: DEFAULT_TEMPLATE, period, sections }, { document });
  const all = paragraphs(spec);
  const texts = all.map(textOf);
  expect(texts.slice(0, 6)).toEqual(['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', '', 'TRÍCH BÁO CÁO CÁC ĐƠN VỊ', 'Quý III/2026', '-----', expect.stringContaining('Toàn văn nội dung báo cáo của các đơn vị')]);
  expect(texts[5]).toContain('kèm theo báo cáo');
  const at = (t: string) => texts.indexOf(t);
  // Group, section, unit, its paragraphs, the next unit; nothing cut.
  expect(at('II. KẾT QUẢ THỰC HIỆN')).toBeLessThan(at(`1. ${DEFAULT_TEMPLATE.sections[1].title}`));
  const section = at(`1. ${DEFAULT_TEMPLATE.sections[1].title}`);
  expect(texts.slice(section + 1, section + 6)).toEqual(['Đảng ủy xã A', 'Đã quán triệt Kết luận số 01.', '- Học tập chuyên đề.', 'Đảng ủy phường B', long]);
  expect(all[section + 1]).toMatchObject({ heading: 3, runs: [{ text: 'Đảng ủy xã A', bold: true }] });
  expect(all[section]).toMatchObject({ heading: 2 });
  expect(all[at('II. KẾT QUẢ THỰC HIỆN')]).toMatchObject({ heading: 1 });
  // A section outside any group is a first-level heading, its units one below.
  const first = at(`I. ${DEFAULT_TEMPLATE.sections[0].title.toUpperCase()}`);
  expect(all[first]).toMatchObject({ heading: 1 });
  expect(texts[first + 1]).toBe(NO_TEXT_IN_SECTION);
  expect(texts.filter((t) => t === NO_TEXT_IN_SECTION)).toHaveLength(DEFAULT_TEMPLATE.sections.length - 2);
  expect(spec.title).toBe('Trích báo cáo các đơn vị Quý III/2026');
  // A working document: no number, no signature, no table.
  expect(spec.sections.flatMap((s) => s.blocks).every((b) => b.kind === 'paragraph')).toBe(true);
});

test('the cleaner is the caller\'s, told where each text stands', () => {
  const seen: string[] = [];
  const spec = buildCompilationDocument(
    { template: DEFAULT_TEMPLATE, period, sections: { 'IV.2': [{ unitName: 'Đảng ủy xã A', text: '  giữ   nguyên  ' }, { text: 'Văn bản của Ban.' }] } },
    {
      document,
      clean: (text, { sectionCode, sectionTitle, unitName }) => {
        seen.push(`${sectionCode}|${sectionTitle}|${unitName ?? ''}`);
        return [text];
      },
    },
  );
  const texts = paragraphs(spec).map(textOf);
  expect(texts).toContain('  giữ   nguyên  ');
  // Without a unit (the officer's own text), no name heading.
  expect(texts[texts.indexOf('  giữ   nguyên  ') + 1]).toBe('Văn bản của Ban.');
  expect(seen).toEqual([`IV.2|${DEFAULT_TEMPLATE.sections.at(-1)?.title}|Đảng ủy xã A`, `IV.2|${DEFAULT_TEMPLATE.sections.at(-1)?.title}|`]);
});
