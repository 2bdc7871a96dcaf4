import { createUnitMatcher } from '../../src/core/registry/UnitRegistry';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { readWordReport } from '../../src/core/wordReport/readWordReport';
import type { WordBlock, WordDocument, WordParagraph } from '../../src/core/wordReport/WordDocument';
import { SAMPLE_REGISTRY } from '../../src/sample/sampleRegistry';

/** Paragraphs and a whole report of a unit, as the Word readers hand them to the mapping, for its tests. */

export const p = (text: string, more: Partial<WordParagraph> = {}): WordParagraph => ({ kind: 'paragraph', text, bold: false, italic: false, ...more });
export const b = (text: string, more: Partial<WordParagraph> = {}) => p(text, { bold: true, ...more });
export const doc = (blocks: WordBlock[]): WordDocument => ({ format: 'docx', blocks, notes: [] });
export const matcher = createUnitMatcher(SAMPLE_REGISTRY);
export const filler = (topic: string) => `Trong quý, đơn vị đã triển khai ${topic} bằng nhiều hình thức phù hợp với tình hình thực tế ở cơ sở, bảo đảm đúng kế hoạch đề ra.`;

export const HEADER: WordBlock[] = [
  { kind: 'table', borderless: true, rows: [['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG NGỌC HÀ\n*\nSố 45-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM\nNgọc Hà, ngày 15 tháng 6 năm 2026']] },
  b('BÁO CÁO', { align: 'center' }),
  b('Kết quả thực hiện Kết luận số 01-KL/TW quý II năm 2026', { align: 'center' }),
  p('Thực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận Thành ủy, Đảng ủy phường Ngọc Hà báo cáo như sau:'),
];

export const BACK: WordBlock[] = [
  p('Trên đây là báo cáo kết quả thực hiện Kết luận số 01-KL/TW quý II năm 2026 của Đảng ủy phường Ngọc Hà.'),
  { kind: 'table', borderless: true, rows: [['Nơi nhận:\n- Ban Tuyên giáo và Dân vận Thành ủy,\n- Lưu VP.', 'T/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Thị Lan']] },
];

/** A report's body read between the header and the back matter above, as the round reads it. */
export const readReport = (body: WordBlock[]) => readWordReport(doc([...HEADER, ...body, ...BACK]), DEFAULT_TEMPLATE, { matcher, periodKind: 'Q2' });
