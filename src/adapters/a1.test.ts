import { columnToLetters, decodeReference, encodeRange, lettersToColumn, quoteSheetName, renderFormula } from './a1';

test('column letters both ways', () => {
  for (const [col, letters] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA']] as const) {
    expect(columnToLetters(col)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(col);
  }
});

test('sheet names are quoted when Excel needs it', () => {
  expect(quoteSheetName('Sheet1')).toBe('Sheet1');
  expect(quoteSheetName('Số liệu')).toBe("'Số liệu'");
  expect(quoteSheetName("Bà Triệu's")).toBe("'Bà Triệu''s'");
  expect(quoteSheetName('AB12')).toBe("'AB12'");
});

test('ranges and formulas render from zero-based addresses', () => {
  expect(encodeRange({ row: 4, col: 3 })).toBe('D5');
  expect(encodeRange({ sheet: 'Danh mục', row: 4, col: 1, rowEnd: 33, colEnd: 1 }, { absolute: true, withSheet: true })).toBe("'Danh mục'!$B$5:$B$34");
  const f = { text: 'SUM({0})/{1}', refs: [{ row: 5, col: 4, rowEnd: 9, colEnd: 4 }, { sheet: 'Số liệu', row: 0, col: 0 }] };
  expect(renderFormula(f, 'Tổng quan')).toBe("SUM(E6:E10)/'Số liệu'!A1");
  expect(renderFormula({ text: '{0}', refs: [{ sheet: 'Tổng quan', row: 0, col: 0 }] }, 'Tổng quan')).toBe('A1');
  expect(() => renderFormula({ text: '{1}', refs: [] }, 'x')).toThrow();
});

test('defined-name references decode to a sheet and the top-left cell', () => {
  expect(decodeReference("'Nội dung'!$B$5")).toEqual({ sheet: 'Nội dung', row: 4, col: 1 });
  expect(decodeReference('Data!B5:C9')).toEqual({ sheet: 'Data', row: 4, col: 1 });
  expect(decodeReference("'It''s'!$A$1")).toEqual({ sheet: "It's", row: 0, col: 0 });
  expect(decodeReference('&apos;Danh mục&apos;!$B5:$B$34')).toEqual({ sheet: 'Danh mục', row: 4, col: 1 });
  expect(decodeReference('#REF!')).toBeNull();
  expect(decodeReference('SUM(A1)')).toBeNull();
});
