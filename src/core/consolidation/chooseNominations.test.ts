import { makeRegistry, TEMPLATE } from '../../../tests/helpers/builders';
import { chooseNominations } from './chooseNominations';

const [a, b, c] = makeRegistry(3).units;
const proposal = (unit: typeof a, row: number, kind: string) => ({ unit, nomination: { row, kind, values: { loai: kind, ten: `${kind} ${unit.code}` } } });
const marked = (list: ReturnType<typeof chooseNominations>) => list.filter((n) => n.sendUp).map((n) => n.key);

test('the pre-marks spread over units: the second kind comes from another unit when one proposed it', () => {
  const all = [proposal(a, 0, 'Tập thể'), proposal(a, 1, 'Cá nhân'), proposal(b, 0, 'Tập thể'), proposal(b, 1, 'Cá nhân')];
  expect(marked(chooseNominations(all, TEMPLATE))).toEqual(['DV01#1', 'DV02#2']);
});

test('two marks from one unit only when no other unit proposed that kind', () => {
  const all = [proposal(a, 0, 'Tập thể'), proposal(a, 1, 'Cá nhân'), proposal(b, 0, 'Tập thể'), proposal(c, 0, 'Tập thể')];
  expect(marked(chooseNominations(all, TEMPLATE))).toEqual(['DV01#1', 'DV01#2']);
});

test('the office\'s own choice stays as it is', () => {
  const all = [proposal(a, 0, 'Tập thể'), proposal(a, 1, 'Cá nhân'), proposal(b, 1, 'Cá nhân')];
  expect(marked(chooseNominations(all, TEMPLATE, ['DV01#1', 'DV01#2']))).toEqual(['DV01#1', 'DV01#2']);
});
