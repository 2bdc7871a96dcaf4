import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { evaluateSynthesis, type BodyParagraph } from './evaluateSynthesis';
import { cleanSentences, goodBody, naiveBody } from './makeTestBodies';
import { findNearDuplicates, unitMasks } from './nearDuplicateSentences';
import { ARTIFACT_PLANS } from './roundArtifacts';
import { SECTION_CODES } from './roundPools';
import { makeSynthesisRound, type SynthesisRound } from './synthesisRound';
import { normalize } from './textNormal';

const dev = makeSynthesisRound({ seed: 1, style: 'dev' });
const heldout = makeSynthesisRound({ seed: 1, style: 'heldout' });
const rounds: [string, SynthesisRound][] = [['dev', dev], ['heldout', heldout]];
const textOf = (round: SynthesisRound, code: string, section: string) => round.texts[round.units.findIndex((u) => u.code === code)][section];

describe('the synthesis test round', () => {
  test('is the same for a seed and differs between seeds', () => {
    expect(makeSynthesisRound({ seed: 1, style: 'dev' })).toEqual(dev);
    expect(makeSynthesisRound({ seed: 2, style: 'dev' }).texts).not.toEqual(dev.texts);
  });

  test('a smaller round keeps its bounds', () => {
    const small = makeSynthesisRound({ seed: 3, style: 'heldout', units: 12 });
    expect(small.units).toHaveLength(12);
    for (const text of small.texts.flatMap((t) => Object.values(t))) expect(text.length).toBeGreaterThanOrEqual(400);
    expect(evaluateSynthesis(goodBody(small), small).failures).toEqual([]);
    expect(() => makeSynthesisRound({ seed: 3, style: 'dev', units: 31 })).toThrow();
  });

  test.each(rounds)('%s: units, period and figures', (style, round) => {
    expect(round.units).toHaveLength(style === 'dev' ? 30 : 33);
    expect(round.period).toEqual({ kind: 'Q3', year: 2026, from: '2026-06-15', to: '2026-09-14' });
    const names = round.units.map((u) => u.name);
    // No unit's name inside another's: attribution by name must be unambiguous.
    for (const a of names) expect(names.filter((b) => b.includes(a))).toEqual([a]);
    for (const figures of round.figures) {
      for (const ind of DEFAULT_TEMPLATE.indicators) {
        if (ind.aggregation !== 'sum') continue;
        expect(Number.isInteger(figures[ind.code]) && figures[ind.code] >= (ind.min ?? 0)).toBe(true);
        if (ind.atMost) expect(figures[ind.code]).toBeLessThanOrEqual(figures[ind.atMost]);
      }
    }
  });

  test.each(rounds)('%s: every section of every unit has 400–1,500 characters of NFC text', (_, round) => {
    for (const texts of round.texts) {
      expect(Object.keys(texts)).toEqual([...SECTION_CODES]);
      for (const text of Object.values(texts)) {
        expect(text.length).toBeGreaterThanOrEqual(400);
        expect(text.length).toBeLessThanOrEqual(1500);
        expect(text.normalize('NFC')).toBe(text);
      }
    }
  });

  test('the two styles share no place, no fact name and no probe', () => {
    const places = (r: SynthesisRound) => new Set(r.units.map((u) => u.name.replace(/^Đảng ủy (phường|xã) /u, '')));
    const probes = (r: SynthesisRound) => new Set([...r.truth.commonActivities, ...r.truth.shortcomings, ...r.truth.recommendations].flatMap((i) => i.probes));
    const facts = (r: SynthesisRound) => new Set(r.truth.namedFacts.map((f) => f.name));
    for (const get of [places, probes, facts]) expect([...get(dev)].filter((x) => get(heldout).has(x))).toEqual([]);
    expect(dev.truth.artifacts.some((a) => a.text === '- 2 -' || a.text === '- 3 -')).toBe(true);
    expect(heldout.truth.artifacts.some((a) => a.kind === 'pageNumber' && !a.text.startsWith('-'))).toBe(true);
  });

  // In the units' prose, that is: a pasted heading may hold a boilerplate probe ("khó khăn, vướng mắc").
  test.each(rounds)('%s: every probe is found in exactly the units the truth lists', (_, round) => {
    const prose = (code: string, section: string) => normalize(cleanSentences(round, round.units.findIndex((u) => u.code === code), section).join(' '));
    const items = [...round.truth.commonActivities, ...round.truth.shortcomings, ...round.truth.recommendations];
    const all = [...items, ...round.truth.boilerplate.map((b) => ({ id: b.probe, section: b.section, units: b.units, probes: [b.probe] }))];
    for (const item of all) {
      const having = round.units.filter((u) => item.probes.some((p) => prose(u.code, item.section).includes(normalize(p)))).map((u) => u.code);
      expect([item.id, having]).toEqual([item.id, item.units]);
    }
    for (const a of round.truth.commonActivities) expect(a.units.length).toBeGreaterThanOrEqual(5);
    for (const a of round.truth.commonActivities) expect(a.units.length).toBeLessThanOrEqual(20);
    for (const r of round.truth.recommendations.filter((x) => x.units.length > 1)) expect(r.units.length).toBeLessThanOrEqual(12);
    expect(round.truth.recommendations.filter((r) => r.units.length === 1).length).toBeGreaterThanOrEqual(5);
    expect(round.truth.shortcomings.filter((r) => r.units.length === 1).length).toBeGreaterThanOrEqual(5);
  });

  test.each(rounds)('%s: named facts are unique, quoted, and in their own unit only', (_, round) => {
    const names = round.truth.namedFacts.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(60);
    for (const f of round.truth.namedFacts) {
      expect(textOf(round, f.unit, f.section)).toMatch(new RegExp(`[“"]${f.name}[”"]`, 'u'));
      const elsewhere = round.units.filter((u) => SECTION_CODES.some((s) => textOf(round, u.code, s).includes(f.name)));
      expect(elsewhere.map((u) => u.code)).toEqual([f.unit]);
    }
  });

  test.each(rounds)('%s: artifacts and other-year sentences are planted where the truth says', (_, round) => {
    for (const a of round.truth.artifacts) expect(textOf(round, a.unit, a.section)).toContain(a.text);
    const kinds = new Set(round.truth.artifacts.map((a) => a.kind));
    for (const kind of ['heading', 'selfLabel', 'footnoteMarker', 'footnoteLine', 'noiNhan', 'signatureLine', 'pageNumber', 'replacementChar']) expect(kinds).toContain(kind);
    const texts = new Set(round.truth.artifacts.map((a) => `${a.unit}|${a.section}`)).size;
    const all = round.units.length * SECTION_CODES.length;
    expect(texts / all).toBeGreaterThan(0.2);
    expect(texts / all).toBeLessThan(0.5);
    expect(ARTIFACT_PLANS.length).toBe(6);
    expect(round.truth.otherYear.length).toBeGreaterThanOrEqual(4);
    for (const o of round.truth.otherYear) expect(normalize(textOf(round, o.unit, o.section))).toContain(o.probe);
  });
});

describe('near-duplicate sentences', () => {
  const masks = unitMasks(['Đảng ủy phường Vạn Lợi', 'Đảng ủy xã Tiên Hưng']);
  test('the same sentence with other numbers and another unit is a near-duplicate', () => {
    const a = 'Đảng ủy phường Vạn Lợi đã tổ chức 12 hội nghị học tập, quán triệt chuyên đề năm 2026 với 1.245 đảng viên tham gia.';
    const b = 'Đảng ủy xã Tiên Hưng đã tổ chức 7 hội nghị học tập, quán triệt chuyên đề năm 2026 với 310 đảng viên tham gia.';
    expect(findNearDuplicates([a, b], masks)).toHaveLength(1);
  });
  test('old and new tone placement and quotes do not hide a duplicate', () => {
    expect(findNearDuplicates(['Đảng uỷ đã cụ thể hoá chuyên đề thành “việc làm” cụ thể của từng chi bộ.', 'Đảng ủy đã cụ thể hóa chuyên đề thành "việc làm" cụ thể của từng chi bộ.'], masks)).toHaveLength(1);
  });
  test('different sentences and short ones are not', () => {
    const s = ['Hệ thống loa truyền thanh cơ sở đã phát 45 tin, bài về tấm gương đạo đức Hồ Chí Minh.', 'Ủy ban Kiểm tra đã tiến hành 3 cuộc kiểm tra và 2 cuộc giám sát đối với 8 tổ chức đảng.'];
    expect(findNearDuplicates(s, masks)).toEqual([]);
    expect(findNearDuplicates(['Đề nghị cấp kinh phí.', 'Đề nghị cấp kinh phí.'], masks)).toEqual([]);
  });
});

describe('evaluating a report body', () => {
  test.each(rounds)('%s: pasting every unit text fails on every count', (_, round) => {
    const score = evaluateSynthesis(naiveBody(round), round);
    expect(score.ok).toBe(false);
    expect(score.nearDuplicatePairs.length).toBeGreaterThan(100);
    expect(score.commonStatedMax).toBeGreaterThan(5);
    expect(score.artifactsFound.length).toBeGreaterThan(50);
    expect(score.otherYearFound.length).toBe(round.truth.otherYear.length);
    expect(score.namedFactsAttributed).toBeLessThan(1);
    expect(Object.values(score.sectionIIIandIVCounts)).not.toContain(true);
    expect(score.summary()).toMatch(/^FAIL/m);
  });

  test.each([...rounds, ['dev seed 7', makeSynthesisRound({ seed: 7, style: 'dev' })], ['heldout seed 7', makeSynthesisRound({ seed: 7, style: 'heldout' })]] as [string, SynthesisRound][])(
    '%s: a body built from the truth passes',
    (_, round) => {
      const score = evaluateSynthesis(goodBody(round), round);
      expect(score.failures).toEqual([]);
      expect(score.ok).toBe(true);
      expect(score.namedFactRecall).toBe(1);
      expect(score.recommendationsListed).toBe(1);
      expect(score.pagesEstimate).toBeGreaterThan(5);
      expect(score.summary()).toMatch(/^PASS$/m);
    },
  );

  const good = goodBody(dev);
  const failuresOf = (body: BodyParagraph[]) => evaluateSynthesis(body, dev).failures.join('\n');

  test('each planted artifact kind, put back into a good body, makes it fail', () => {
    for (const kind of ['heading', 'footnoteMarker', 'footnoteLine', 'noiNhan', 'signatureLine', 'pageNumber', 'replacementChar', 'signer']) {
      const a = dev.truth.artifacts.find((x) => x.kind === kind);
      if (!a) throw new Error(`no ${kind} planted`);
      const body = kind === 'footnoteMarker' || kind === 'replacementChar'
        ? good.map((p, i) => (i === 3 ? { ...p, text: p.text.replace(' ', `${a.text} `) } : p))
        : [...good.slice(0, 4), { section: a.section, text: a.text }, ...good.slice(4)];
      expect([kind, failuresOf(body)]).toEqual([kind, expect.stringContaining('pasted artifacts')]);
    }
  });

  test('a unit label is an artifact at the start of its section, not inside a list', () => {
    const label = dev.truth.artifacts.find((x) => x.kind === 'selfLabel');
    if (!label) throw new Error('no self label planted');
    expect(failuresOf([...good, { section: label.section, text: `${label.text} các chi bộ đã triển khai kế hoạch.` }])).toContain('pasted artifacts');
    expect(failuresOf([...good, { section: label.section, text: `Tiêu biểu là ${label.text} mô hình “Khu phố mẫu”.` }])).not.toContain('pasted artifacts');
  });

  test('m² is a unit of area, not a footnote marker', () => {
    expect(failuresOf([...good, { section: 'II.2', text: 'Nhân dân đã hiến 1.200 m² đất làm đường.' }])).not.toContain('pasted artifacts');
  });

  test('an activity stated three times, another year, a missing count or a fact without its unit fails', () => {
    const activity = good.findIndex((p) => p.section === 'II.1');
    const thrice = [...good, good[activity], good[activity]];
    expect(failuresOf(thrice)).toMatch(/stated 3 times/);
    expect(failuresOf(thrice)).toMatch(/near-duplicate/);
    const year = dev.truth.otherYear[0];
    expect(failuresOf([...good, { section: year.section, text: `Ghi nhận: ${year.probe}.` }])).toMatch(/another year/);
    expect(failuresOf(good.map((p) => (p.section === 'III.2' ? { ...p, text: p.text.replace(/\d+\/\d+ đơn vị/u, 'Nhiều đơn vị') } : p)))).toMatch(/III\.2/);
    const fact = dev.truth.namedFacts[0];
    const unitName = dev.units.find((u) => u.code === fact.unit)?.name ?? '';
    const stripped = good.map((p) => (p.text.includes(fact.name) ? { ...p, text: p.text.split(`của ${unitName}`).join('') } : p));
    expect(failuresOf(stripped)).toMatch(/named facts attributed/);
  });

  test('recommendations without their units fail; typographic or straight quotes and old tone placement do not matter', () => {
    const units = new Set(dev.units.map((u) => u.name));
    const anonymous = good.map((p) => (p.section === 'IV.2' ? { ...p, text: [...units].reduce((t, n) => t.split(n).join('một đơn vị'), p.text) } : p));
    expect(failuresOf(anonymous)).toMatch(/recommendations with their units/);
    const restyled = good.map((p) => ({ ...p, text: p.text.replace(/[“”]/g, '"').split('Đảng ủy').join('Đảng uỷ') }));
    expect(failuresOf(restyled)).toBe('');
  });
});
