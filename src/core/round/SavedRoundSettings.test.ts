import { LIMITS } from './limits';
import { parseSavedSettings } from './SavedRoundSettings';

const good = { kind: 'H1', year: 2026, deadline: '2026-06-22', body: 'Ban Tuyên giáo và Dân vận', registry: { units: [{ code: 'X1', name: 'Đảng ủy xã A', kind: 'Đảng ủy xã' }] }, document: { number: '12-BC/BTGDVTU' } };

test('settings that check out come back as they were saved', () => {
  expect(parseSavedSettings(JSON.stringify(good))).toEqual({ settings: good });
});

test('Word reports confirmed: the older plain keys and the decisions with parts moved and blocks attached come back as saved', () => {
  const confirmedWord = ['0123456789abcdef', { key: 'fedcba9876543210', moves: [{ from: 'IV.1', to: 'IV.2' }, { from: 'III.3', to: null }], attach: [{ block: 1, to: 'I' }] }];
  expect(parseSavedSettings(JSON.stringify({ ...good, confirmedWord }))).toEqual({ settings: { ...good, confirmedWord } });
});

test('nothing saved is not a problem', () => {
  expect(parseSavedSettings(undefined)).toEqual({ settings: null });
  expect(parseSavedSettings(null)).toEqual({ settings: null });
});

test.each([
  ['not JSON', '{"kind":', 'không phải JSON'],
  ['an unknown period kind', JSON.stringify({ ...good, kind: 'Q9' }), '"kind" không hợp lệ'],
  ['a year out of range', JSON.stringify({ ...good, year: 1890 }), '"year"'],
  ['a date that does not exist', JSON.stringify({ ...good, deadline: '2026-02-30' }), '"deadline"'],
  ['a registry of the wrong shape', JSON.stringify({ ...good, registry: { units: 'all' } }), '"registry.units" sai kiểu'],
  ['a number instead of settings', '42', 'toàn bộ'],
  ['a Word decision on a block that cannot be', JSON.stringify({ ...good, confirmedWord: [{ key: '0123456789abcdef', attach: [{ block: 0, to: 'I' }] }] }), '"confirmedWord.0.attach.0.block"'],
  ['too many parts moved in one Word report', JSON.stringify({ ...good, confirmedWord: [{ key: '0123456789abcdef', moves: Array.from({ length: LIMITS.wordDecision.moves + 1 }, () => ({ from: 'I', to: null })) }] }), '"confirmedWord.0"'],
])('%s is reset with the reason', (_, raw, detail) => {
  const saved = parseSavedSettings(raw);
  expect(saved.settings).toBeNull();
  expect(saved.issue?.code).toBe('SETTINGS_RESET');
  expect(String(saved.issue?.params.detail)).toContain(detail);
});
