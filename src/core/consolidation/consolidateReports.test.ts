import { present } from '../present';
import { makeInput, makeRegistry, PERIOD_H1_2026, TEMPLATE, TEMPLATE_V2, validFigures } from '../../../tests/helpers/builders';
import { makeIssue } from '../issues/Issue';
import { createRandom } from '../../sample/makeSampleReports';
import { consolidateReports } from './consolidateReports';
import type { ConsolidationRound, SubmissionInput } from './Consolidation';

const registry = makeRegistry(6);
const [u1, u2, u3, u4, u5, u6] = registry.units;
const round: ConsolidationRound = { template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận (thử)' };

describe('statuses', () => {
  const inputs: SubmissionInput[] = [
    makeInput('a.xlsx', { unit: u1, reportDate: '2026-06-22' }),
    makeInput('b.xlsx', { unit: u2, reportDate: '2026-06-23' }),
    makeInput('c.xlsx', { unit: u3, reportDate: '2026-07-01' }),
    makeInput('d.xlsx', { unit: u4, reportDate: '2026-06-01', errors: ['INDICATOR_NEGATIVE'] }),
    makeInput('e.xlsx', { unit: u5, reportDate: '2026-06-20', warnings: ['SECTION_TOO_SHORT'] }),
  ];
  const c = consolidateReports(round, inputs);
  const status = (code: string) => present(c.units.find((u) => u.unit.code === code), code);

  test('on time up to the end of the deadline day', () => {
    expect(status(u1.code)).toEqual(expect.objectContaining({ status: 'on_time', daysLate: 0, counted: true }));
  });
  test('late by calendar days after the deadline', () => {
    expect(status(u2.code)).toEqual(expect.objectContaining({ status: 'late', daysLate: 1 }));
    expect(status(u3.code)).toEqual(expect.objectContaining({ status: 'late', daysLate: 9, counted: true }));
  });
  test('a report with errors is invalid and not counted; warnings do not matter', () => {
    expect(status(u4.code)).toEqual(expect.objectContaining({ status: 'invalid', counted: false }));
    expect(status(u5.code)).toEqual(expect.objectContaining({ status: 'on_time', counted: true }));
  });
  test('a unit without a file is missing', () => {
    expect(status(u6.code)).toEqual(expect.objectContaining({ status: 'missing', counted: false }));
    expect(status(u6.code).file).toBeUndefined();
    expect(c.counts).toEqual(expect.objectContaining({ on_time: 2, late: 2, invalid: 1, missing: 1, files: 5 }));
  });
  test('units follow the registry order', () => {
    expect(c.units.map((u) => u.unit.code)).toEqual(registry.units.map((u) => u.code));
  });
  test('lateness can be judged on the day the file was received', () => {
    const received = consolidateReports({ ...round, dateBasis: 'received' }, [makeInput('a.xlsx', { unit: u1, reportDate: '2026-06-20' }, '2026-06-25')]);
    expect(received.units[0]).toEqual(expect.objectContaining({ status: 'late', daysLate: 3 }));
  });
});

describe('files that are not used', () => {
  test('the same unit twice: the latest report date is kept, the other listed', () => {
    const c = consolidateReports(round, [
      makeInput('moi.xlsx', { unit: u1, reportDate: '2026-06-20', values: { vb_chi_dao: 7 } }),
      makeInput('cu.xlsx', { unit: u1, reportDate: '2026-06-15', values: { vb_chi_dao: 3 } }),
    ]);
    expect(c.units[0].file?.fileName).toBe('moi.xlsx');
    expect(c.totals['vb_chi_dao']).toBe(7);
    const old = present(c.files.find((f) => f.fileName === 'cu.xlsx'), 'cu.xlsx');
    expect(old.role).toBe('superseded');
    expect(old.issues.map((i) => [i.code, i.params.keptFile])).toEqual([['SUBMISSION_SUPERSEDED', 'moi.xlsx']]);
    expect(c.counts.superseded).toBe(1);
  });
  test('a unit outside the registry and an unreadable file are listed, never summed', () => {
    const c = consolidateReports(round, [
      makeInput('la.xlsx', { unitName: 'Đảng ủy phường Lạ', errors: ['META_UNIT_UNKNOWN'] }),
      { fileName: 'hong.xlsx', failure: [makeIssue('FILE_UNREADABLE', {}, { detail: 'x' })] },
      makeInput('a.xlsx', { unit: u1 }),
    ]);
    expect(c.files.map((f) => [f.fileName, f.role])).toEqual([
      ['a.xlsx', 'used'],
      ['hong.xlsx', 'unreadable'],
      ['la.xlsx', 'unknown_unit'],
    ]);
    expect(c.counts).toEqual(expect.objectContaining({ unknownUnit: 1, unreadable: 1, files: 3 }));
    expect(c.totals['tong_dang_vien']).toBe(1000);
    expect(c.issues.map((i) => i.issue.code).sort()).toEqual(['FILE_UNREADABLE', 'META_UNIT_UNKNOWN']);
  });
});

describe('totals and ratios', () => {
  test('totals equal an independent sum over the counted units', () => {
    const big = makeRegistry(40);
    const rand = createRandom(42);
    const inputs: SubmissionInput[] = [];
    const expected: Record<string, number> = {};
    big.units.forEach((unit, i) => {
      if (i % 10 === 3) return; // missing
      const values = validFigures(200 + Math.floor(rand() * 3000));
      for (const k of Object.keys(values)) if (k !== 'tong_dang_vien' && !k.startsWith('dv_')) values[k] = Math.floor(rand() * 50);
      const invalid = i % 10 === 7;
      inputs.push(makeInput(`f${i}.xlsx`, { unit, values, errors: invalid ? ['INDICATOR_EXCEEDS'] : [] }));
      if (!invalid) for (const [k, v] of Object.entries(values)) expected[k] = (expected[k] ?? 0) + v;
    });
    const c = consolidateReports({ ...round, registry: big }, inputs);
    for (const ind of TEMPLATE.indicators) if (ind.aggregation === 'sum') expect([ind.code, c.totals[ind.code]]).toEqual([ind.code, expected[ind.code]]);
    expect(c.reportedBy['tong_dang_vien']).toBe(32);
    const exact = (expected['dv_hoc_tap'] / expected['tong_dang_vien']) * 100;
    expect(c.ratios['ty_le_hoc_tap']).toBeCloseTo(exact, 2);
  });
  test('the ratio is recomputed from summed parts, never averaged', () => {
    const c = consolidateReports(round, [
      makeInput('a.xlsx', { unit: u1, values: { tong_dang_vien: 100, dv_hoc_tap: 100, dv_cam_ket: 0, dv_ktgs: 0 } }),
      makeInput('b.xlsx', { unit: u2, values: { tong_dang_vien: 900, dv_hoc_tap: 450, dv_cam_ket: 0, dv_ktgs: 0 } }),
    ]);
    // Average of 100 % and 50 % would be 75 %; the real share is 550 / 1000.
    expect(c.ratios['ty_le_hoc_tap']).toBe(55);
  });
  test('a missing figure is not counted as zero, and reportedBy says how many gave it', () => {
    const c = consolidateReports(round, [makeInput('a.xlsx', { unit: u1, values: { tac_pham: null } }), makeInput('b.xlsx', { unit: u2, values: { tac_pham: 4 } })]);
    expect(c.totals['tac_pham']).toBe(4);
    expect(c.reportedBy['tac_pham']).toBe(1);
    const none = consolidateReports(round, []);
    expect(none.totals['tac_pham']).toBeNull();
    expect(none.ratios['ty_le_hoc_tap']).toBeNull();
  });
  test('reports with errors can be included on request', () => {
    const inputs = [makeInput('a.xlsx', { unit: u1 }), makeInput('b.xlsx', { unit: u2, errors: ['SECTION_REQUIRED_EMPTY'] })];
    expect(consolidateReports(round, inputs).totals['tong_dang_vien']).toBe(1000);
    expect(consolidateReports({ ...round, includeInvalid: true }, inputs).totals['tong_dang_vien']).toBe(2000);
  });
});

describe('texts and nominations', () => {
  test('every counted unit’s text per section, in registry order, with its unit', () => {
    const c = consolidateReports(round, [
      makeInput('z.xlsx', { unit: u3, text: { I: 'Văn bản của đơn vị 3.', 'II.1': 'Học tập.' } }),
      makeInput('a.xlsx', { unit: u1, text: { I: 'Văn bản của đơn vị 1.' } }),
    ]);
    expect(present(c.sections.find((s) => s.section === 'I'), 'I').entries.map((e) => [e.unit.code, e.text])).toEqual([
      [u1.code, 'Văn bản của đơn vị 1.'],
      [u3.code, 'Văn bản của đơn vị 3.'],
    ]);
    expect(present(c.sections.find((s) => s.section === 'II.1'), 'II.1').entries.map((e) => e.unit.code)).toEqual([u3.code]);
  });
  test('all nominations with the unit that proposed them', () => {
    const c = consolidateReports(round, [
      makeInput('b.xlsx', { unit: u2, nominations: [{ kind: 'Tập thể', name: 'Chi bộ B' }] }),
      makeInput('a.xlsx', { unit: u1, nominations: [{ kind: 'Tập thể', name: 'Chi bộ A' }, { kind: 'Cá nhân', name: 'Nguyễn A' }] }),
    ]);
    expect(c.nominations.map((n) => [n.unit.code, n.nomination.values['ten']])).toEqual([
      [u1.code, 'Chi bộ A'],
      [u1.code, 'Nguyễn A'],
      [u2.code, 'Chi bộ B'],
    ]);
  });
});

test('output does not depend on the order the files were given', () => {
  const inputs = [
    makeInput('Đống Đa.xlsx', { unit: u1, reportDate: '2026-06-19' }),
    makeInput('Ba Đình.xlsx', { unit: u1, reportDate: '2026-06-19' }),
    makeInput('Dịch Vọng.xlsx', { unitName: 'Lạ', errors: ['META_UNIT_UNKNOWN'] }),
    makeInput('Ân Thi.xlsx', { unitName: 'Lạ 2', errors: ['META_UNIT_UNKNOWN'] }),
    makeInput('c.xlsx', { unit: u2 }),
  ];
  const a = consolidateReports(round, inputs);
  const b = consolidateReports(round, [...inputs].reverse());
  const shape = (c: typeof a) => c.files.map((f) => [f.fileName, f.role]);
  expect(shape(a)).toEqual(shape(b));
  // Same report date: the tie is broken by Vietnamese file-name order, the same both ways.
  expect(a.units[0].file?.fileName).toBe(b.units[0].file?.fileName);
  expect(shape(a).slice(-2)).toEqual([
    ['Ân Thi.xlsx', 'unknown_unit'],
    ['Dịch Vọng.xlsx', 'unknown_unit'],
  ]);
});

describe('a round accepting two versions of the template', () => {
  const v1 = TEMPLATE;
  const v2 = TEMPLATE_V2;
  const mixed: ConsolidationRound = { ...round, template: v2, alsoAccept: [v1] };
  const inputs: SubmissionInput[] = [
    makeInput('1.xlsx', { template: v1, unit: u1, values: { tong_dang_vien: 1000, hoat_dong_tt: 4, tac_pham: 1 } }),
    makeInput('2.xlsx', { template: v1, unit: u2, values: { tong_dang_vien: 2000, hoat_dong_tt: 6, tac_pham: 2 } }),
    makeInput('3.xlsx', { template: v2, unit: u3, values: { tong_dang_vien: 3000, tong_chi_bo: 40, chi_bo_chuyen_de: 30, hoi_thi: 2, tac_pham: 3 } }),
    makeInput('4.xlsx', { template: v2, unit: u4, values: { tong_dang_vien: 4000, tong_chi_bo: 60, chi_bo_chuyen_de: 45, hoi_thi: 5, tac_pham: 4 } }),
    makeInput('5.xlsx', { template: { ...v2, version: 3 }, unit: u5, values: { tong_dang_vien: 5000 } }),
  ];
  const c = consolidateReports(mixed, inputs);

  test('shared indicators are summed over both versions, new ones over the units that have them', () => {
    expect(c.totals.tong_dang_vien).toBe(10_000);
    expect(c.totals.tac_pham).toBe(10);
    expect(c.reportedBy.tac_pham).toBe(4);
    expect([c.totals.tong_chi_bo, c.reportedBy.tong_chi_bo]).toEqual([100, 2]);
    expect([c.totals.hoi_thi, c.reportedBy.hoi_thi]).toEqual([7, 2]);
    expect(c.ratios.ty_le_chi_bo_chuyen_de).toBe(75);
    expect(c.totals).not.toHaveProperty('hoat_dong_tt');
  });

  test('a version the round does not accept is refused with the template to use', () => {
    const row = present(c.units.find((u) => u.unit.code === u5.code), u5.code);
    const file = present(row.file, 'its file');
    expect(row.status).toBe('invalid');
    expect(file.issues.map((i) => i.code)).toEqual(['TEMPLATE_NOT_IN_ROUND']);
    expect(file.issues[0].params).toMatchObject({ version: 3, accepted: 'phiên bản 2 hoặc phiên bản 1' });
  });

  test('versions are counted and what they do not share is listed', () => {
    expect(c.versions.map((v) => [v.template.version, v.units])).toEqual([[2, 2], [1, 2]]);
    expect(c.differences.map((d) => [d.kind, d.code, d.inVersions, d.notInVersions, d.inSummary])).toEqual([
      ['indicator', 'tong_chi_bo', [2], [1], true],
      ['indicator', 'chi_bo_chuyen_de', [2], [1], true],
      ['indicator', 'ty_le_chi_bo_chuyen_de', [2], [1], true],
      ['indicator', 'hoi_thi', [2], [1], true],
      ['section', 'II.7', [2], [1], true],
      ['indicator', 'hoat_dong_tt', [1], [2], false],
    ]);
  });

  test('one version only: no differences, and another template id is refused', () => {
    const single = consolidateReports(round, [makeInput('1.xlsx', { unit: u1 }), makeInput('2.xlsx', { template: { ...v1, id: 'hcm-bc05' }, unit: u2 })]);
    expect(single.differences).toEqual([]);
    expect(single.versions.map((v) => [v.template.version, v.units])).toEqual([[1, 1]]);
    expect(single.units[1].status).toBe('invalid');
  });
});
