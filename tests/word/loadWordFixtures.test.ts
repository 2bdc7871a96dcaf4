import { loadWordFixtures, truthProblems } from './loadWordFixtures';

describe('Word fixtures of the development set', () => {
  const fixtures = loadWordFixtures('dev');

  test('there are at least 22 reports, one unit outside the registry and one other period', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(22);
    expect(fixtures.filter((f) => f.truth.header.unitCode === null)).toHaveLength(1);
    expect(fixtures.filter((f) => f.truth.header.ky !== 'Q2' || f.truth.header.nam !== 2026)).toHaveLength(1);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s has a valid truth', (_name, f) => {
    expect(f.truth.file).toBe(f.name);
    expect(truthProblems(f.truth, f.bytes)).toEqual([]);
  });

  test('a broken truth is caught', () => {
    const t = structuredClone(fixtures[0].truth);
    t.sections[0].codes = ['IX.9'];
    t.figures.push({ ...t.figures[0] });
    t.header.unitCode = 'HN-99';
    expect(truthProblems(t, fixtures[0].bytes).length).toBeGreaterThanOrEqual(3);
    expect(truthProblems(fixtures[0].truth, Buffer.from('<html>'))).toEqual([expect.stringContaining('nội dung là html')]);
  });
});
