import { makeDocx, para, style } from '../../../tests/helpers/makeDocx';
import type { WordParagraph } from '../../core/wordReport/WordDocument';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';
import { formatNumber, symbolText } from './numberingLabels';
import { readDocx } from './readDocx';

const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const abstractNum = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const numbered = (text: string, numId: number, ilvl = 0) => para(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

function labels(body: string, numbering: string, styles?: string): [string | undefined, string][] {
  const result = readDocx(makeDocx({ body, numbering, styles }), { inflate: nativeInflateRaw });
  if (!result.ok) throw new Error(result.reason);
  return result.document.blocks.map((b) => [(b as WordParagraph).label, (b as WordParagraph).text]);
}

test('numbers in each format Word offers for reports', () => {
  expect([1, 4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
  expect(formatNumber(3, 'lowerRoman')).toBe('iii');
  expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA', 'BB', 'AAA']);
  expect(formatNumber(2, 'lowerLetter')).toBe('b');
  expect(formatNumber(7, 'decimalZero')).toBe('07');
  expect(formatNumber(12, 'decimal')).toBe('12');
  expect(formatNumber(5, 'none')).toBe('');
  expect(formatNumber(5, 'cardinalText')).toBe('5');
  expect(symbolText('\uf0b7')).toBe('•');
  expect(symbolText('\uf0d8')).toBe('➢');
});

test('nested levels: a deeper level restarts when a shallower one advances, lvlText fills %1…%3', () => {
  const numbering = abstractNum(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') + lvl(2, 'lowerLetter', '%3)') + lvl(3, 'bullet', '-')) + num(1, 0);
  const body = [numbered('A', 1), numbered('a1', 1, 1), numbered('a1x', 1, 2), numbered('a1y', 1, 2), numbered('dot', 1, 3), numbered('a2', 1, 1), numbered('a2x', 1, 2), numbered('B', 1), numbered('b1', 1, 1)].join('');
  expect(labels(body, numbering)).toEqual([
    ['I.', 'A'], ['1.', 'a1'], ['a)', 'a1x'], ['b)', 'a1y'], ['-', 'dot'], ['2.', 'a2'], ['a)', 'a2x'], ['II.', 'B'], ['1.', 'b1'],
  ]);
});

test('multi-level labels, and isLgl shows the shallower roman level in arabic figures', () => {
  const numbering = abstractNum(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2.') + lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>')) + num(1, 0);
  const body = [numbered('A', 1), numbered('x', 1, 1), numbered('y', 1, 2), numbered('B', 1), numbered('z', 1, 1)].join('');
  expect(labels(body, numbering)).toEqual([['I.', 'A'], ['I.1.', 'x'], ['1.1.1', 'y'], ['II.', 'B'], ['II.1.', 'z']]);
});

test('lists of one definition share counters; a startOverride restarts a list of its own', () => {
  const numbering = abstractNum(0, lvl(0, 'decimal', '%1.')) + num(1, 0) + num(2, 0) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') + num(4, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>');
  const body = [numbered('a', 1), numbered('b', 1), numbered('c', 2), numbered('fresh', 3), numbered('fresh2', 3), numbered('from5', 4), numbered('d', 1)].join('');
  expect(labels(body, numbering)).toEqual([['1.', 'a'], ['2.', 'b'], ['3.', 'c'], ['1.', 'fresh'], ['2.', 'fresh2'], ['5.', 'from5'], ['4.', 'd']]);
});

test('a level redefined in lvlOverride, a start other than 1, lvlRestart 0 never restarting', () => {
  const numbering =
    abstractNum(0, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%2)', '<w:lvlRestart w:val="0"/>')) +
    abstractNum(1, '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>') +
    num(1, 0) +
    num(2, 1, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride>') +
    num(3, 1);
  const body = [numbered('a', 1), numbered('x', 1, 1), numbered('b', 1), numbered('y', 1, 1), numbered('r1', 2), numbered('r2', 2), numbered('C', 3)].join('');
  expect(labels(body, numbering)).toEqual([['1.', 'a'], ['1)', 'x'], ['2.', 'b'], ['2)', 'y'], ['(i)', 'r1'], ['(ii)', 'r2'], ['C.', 'C']]);
});

test('numbering linked to heading styles: the style carries numId, the level is the one naming the style', () => {
  const numbering =
    abstractNum(0, lvl(0, 'upperRoman', '%1.', '<w:pStyle w:val="Heading1"/>') + lvl(1, 'decimal', '%2.', '<w:pStyle w:val="Heading2"/>')) + num(7, 0);
  const styles =
    style('Normal', 'Normal', '', 'paragraph').replace('<w:style ', '<w:style w:default="1" ') +
    style('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>') +
    style('Heading2', 'heading 2', '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr>') +
    style('Body', 'Body Text', '<w:basedOn w:val="Normal"/>');
  const h = (text: string, id: string) => para(text, `<w:pStyle w:val="${id}"/>`);
  const body = [h('ĐẶC ĐIỂM', 'Heading1'), h('KẾT QUẢ', 'Heading1'), h('Học tập', 'Heading2'), para('văn bản', '<w:pStyle w:val="Body"/>'), h('Làm theo', 'Heading2'), h('ĐÁNH GIÁ', 'Heading1'), h('Ưu điểm', 'Heading2'), para('bỏ số', '<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>')].join('');
  expect(labels(body, numbering, styles)).toEqual([
    ['I.', 'ĐẶC ĐIỂM'], ['II.', 'KẾT QUẢ'], ['1.', 'Học tập'], [undefined, 'văn bản'], ['2.', 'Làm theo'], ['III.', 'ĐÁNH GIÁ'], ['1.', 'Ưu điểm'], [undefined, 'bỏ số'],
  ]);
});

test('a list defined through a numbering style (numStyleLink), bullets in a symbol font, an unknown list', () => {
  const numbering =
    abstractNum(0, '<w:numStyleLink w:val="ListStyle"/>') +
    abstractNum(1, '<w:styleLink w:val="ListStyle"/>' + lvl(0, 'lowerLetter', '%1)')) +
    abstractNum(2, lvl(0, 'bullet', '\uf0b7')) +
    num(1, 0) + num(2, 1) + num(3, 2);
  const styles = style('ListStyle', 'My List', '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>', 'numbering');
  const body = [numbered('a', 1), numbered('b', 1), numbered('dot', 3), numbered('nothing', 99)].join('');
  expect(labels(body, numbering, styles)).toEqual([['a)', 'a'], ['b)', 'b'], ['•', 'dot'], [undefined, 'nothing']]);
});
