import { buildRegistry, createUnitMatcher, describeContact, registryRowsFromGrid, sortUnitsByName, type UnitRegistry } from './UnitRegistry';

const registry: UnitRegistry = {
  units: [
    { code: 'P01', name: 'Đảng ủy phường Yên Hòa', kind: 'Đảng ủy phường' },
    { code: 'P02', name: 'Đảng ủy phường Ba Đình', kind: 'Đảng ủy phường' },
    { code: 'T01', name: 'Đảng ủy Ủy ban nhân dân Thành phố', kind: 'Đảng ủy trực thuộc' },
    { code: 'X01', name: 'Đảng ủy xã Hòa Lạc', kind: 'Đảng ủy xã' },
    { code: 'X02', name: 'Đảng ủy xã Hoà Lạc Mới', kind: 'Đảng ủy xã' },
    { code: 'A', name: 'Đảng ủy phường An Khánh', kind: 'Đảng ủy phường' },
    { code: 'B', name: 'Đảng bộ phường An Khánh', kind: 'Đảng ủy phường' },
  ],
};
const matcher = createUnitMatcher(registry);

describe('unit name matching', () => {
  test.each([
    ['Đảng ủy phường Yên Hòa', 'P01'],
    ['Đảng uỷ phường Yên Hoà', 'P01'],
    ['ĐẢNG ỦY PHƯỜNG YÊN HÒA', 'P01'],
    ['Đảng ủy phường Yên Hòa'.normalize('NFD'), 'P01'],
    ['  Đảng ủy   phường Yên Hòa ', 'P01'],
    ['Đảng bộ phường Yên Hòa', 'P01'],
    ['phường Yên Hòa', 'P01'],
    ['Ban Thường vụ Đảng ủy phường Ba Đình', 'P02'],
    ['Đảng ủy Uỷ ban nhân dân Thành phố', 'T01'],
    ['p02', 'P02'],
    ['xã Hoà Lạc', 'X01'],
    // The kind of place and the body shortened as units write them.
    ['ĐẢNG ỦY P. YÊN HÒA', 'P01'],
    ['Đảng ủy P.Yên Hòa', 'P01'],
    ['ĐU phường Yên Hòa', 'P01'],
    ['Đảng ủy X. Hoà Lạc', 'X01'],
  ])('%p is %p', (name, code) => {
    const match = matcher.match(name);
    expect(match.kind).toBe('found');
    expect(match.kind === 'found' && match.unit.code).toBe(code);
  });
  test('the tone still matters', () => {
    expect(matcher.match('phường Yên Hoa').kind).toBe('none');
  });
  test('a name that fits two units is ambiguous, never guessed', () => {
    const match = matcher.match('phường An Khánh');
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((u) => u.code)).toEqual(['A', 'B']);
  });
  test('unknown and empty names are not found', () => {
    expect(matcher.match('Đảng ủy phường Ngọc Lâm').kind).toBe('none');
    expect(matcher.match('   ').kind).toBe('none');
  });
});

describe('building a registry', () => {
  test('skips blank rows, reports missing and duplicate codes', () => {
    const { registry: r, problems } = buildRegistry([
      ['P01', 'Đảng ủy phường A', 'Phường'],
      [null, null, null],
      ['', 'Đảng ủy phường B', 'Phường'],
      ['P03', '', 'Phường'],
      ['p01', 'Đảng ủy phường C', 'Phường'],
      ['P04', 'Đảng ủy phường D'],
    ]);
    expect(r.units.map((u) => u.code)).toEqual(['P01', 'P04']);
    expect(problems.map((p) => [p.row, p.problem])).toEqual([
      [2, 'missing-code'],
      [3, 'missing-name'],
      [4, 'duplicate-code'],
    ]);
  });
  test('finds the sheet "Danh sách đơn vị" and skips its header', () => {
    const rows = registryRowsFromGrid([
      { name: 'Ghi chú', rows: [['x']] },
      { name: 'Danh sách đơn vị', rows: [['Mã đơn vị', 'Tên', 'Loại'], ['P01', 'A', 'B'], []] },
    ]);
    expect(rows).toEqual([['P01', 'A', 'B', null, null, null]]);
  });
  test('contacts are optional columns, found by their headers in any order, and kept with the unit', () => {
    const rows = registryRowsFromGrid([
      {
        name: 'Danh sách đơn vị',
        rows: [
          ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Số điện thoại', 'Loại', 'Người phụ trách', 'Thư điện tử'],
          [1, 'P01', 'Đảng ủy phường Yên Hòa', '0912 345 678', 'Đảng ủy phường', 'Nguyễn Thị Lan', 'tuyengiao.yenhoa@example.vn'],
          [2, 'P02', 'Đảng ủy phường Dịch Vọng', null, 'Đảng ủy phường', null, null],
        ],
      },
    ]);
    const { registry: r } = buildRegistry(rows);
    expect(r.units).toEqual([
      { code: 'P01', name: 'Đảng ủy phường Yên Hòa', kind: 'Đảng ủy phường', contact: { person: 'Nguyễn Thị Lan', phone: '0912 345 678', email: 'tuyengiao.yenhoa@example.vn' } },
      { code: 'P02', name: 'Đảng ủy phường Dịch Vọng', kind: 'Đảng ủy phường' },
    ]);
    expect(describeContact(r.units[0].contact)).toBe('Nguyễn Thị Lan, 0912 345 678, tuyengiao.yenhoa@example.vn');
    expect(describeContact(r.units[1].contact)).toBe('');
    // Without a header the first three columns are code, name, kind, as before.
    expect(buildRegistry(registryRowsFromGrid([{ name: 'Sheet1', rows: [['P01', 'A', 'B']] }])).registry.units).toEqual([{ code: 'P01', name: 'A', kind: 'B' }]);
  });
  test('sorts names with the Vietnamese collation', () => {
    const sorted = sortUnitsByName([
      { code: '1', name: 'Yên Hòa', kind: '' },
      { code: '2', name: 'Đống Đa', kind: '' },
      { code: '3', name: 'Dịch Vọng', kind: '' },
    ]);
    expect(sorted.map((u) => u.name)).toEqual(['Dịch Vọng', 'Đống Đa', 'Yên Hòa']);
  });
});
