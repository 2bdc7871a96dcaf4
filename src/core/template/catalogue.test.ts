import { DEFAULT_TEMPLATE } from './builtinTemplates';
import { addToCatalogueIndex, catalogueEntryFor, loadCatalogue, templateFileName } from './catalogue';
import { mergeAvailableTemplates } from './availableTemplates';

const v1 = DEFAULT_TEMPLATE;
const v2 = { ...v1, version: 2, published: '2026-11-16' };

function reader(files: Record<string, string>) {
  return async (file: string) => {
    if (!(file in files)) throw new Error('HTTP 404');
    return files[file];
  };
}

test('loads every listed template; a missing, broken or mislabelled file is skipped with a reason', async () => {
  const index = {
    title: 'Danh mục thử',
    templates: [
      catalogueEntryFor(v2, 'hn-kl01.v2.json'),
      { ...catalogueEntryFor(v1, 'mất.json') },
      { ...catalogueEntryFor(v1, 'hỏng.json') },
      { ...catalogueEntryFor(v1, 'sai-nhãn.json'), version: 3 },
    ],
  };
  const loaded = await loadCatalogue(
    reader({ 'index.json': JSON.stringify(index), 'hn-kl01.v2.json': JSON.stringify(v2), 'hỏng.json': '{ "id": "hn-kl01" }', 'sai-nhãn.json': JSON.stringify(v1) }),
  );
  expect(loaded.templates.map((t) => [t.template.version, t.source, t.file])).toEqual([[2, 'catalogue', 'hn-kl01.v2.json']]);
  expect(loaded.issues.map((i) => [i.code, i.params.file])).toEqual([
    ['CATALOGUE_FILE_UNREADABLE', 'mất.json'],
    ['CATALOGUE_FILE_UNREADABLE', 'hỏng.json'],
    ['CATALOGUE_ENTRY_MISMATCH', 'sai-nhãn.json'],
  ]);
});

test('an index that is missing, not JSON, or names a file outside the folder is refused as a whole', async () => {
  expect((await loadCatalogue(reader({}))).issues.map((i) => i.code)).toEqual(['CATALOGUE_UNREADABLE']);
  expect((await loadCatalogue(reader({ 'index.json': '<html>' }))).issues[0].params.detail).toContain('không phải JSON');
  const escaping = { templates: [{ ...catalogueEntryFor(v1, '../bí mật.json') }] };
  const loaded = await loadCatalogue(reader({ 'index.json': JSON.stringify(escaping) }));
  expect([loaded.index, loaded.issues.map((i) => i.code)]).toEqual([null, ['CATALOGUE_UNREADABLE']]);
});

test('publishing adds or replaces an entry; merging keeps one per version, newest first', () => {
  const first = addToCatalogueIndex(null, catalogueEntryFor(v1, templateFileName(v1)), '2026-11-01');
  const second = addToCatalogueIndex(first, catalogueEntryFor(v2, templateFileName(v2)), '2026-11-16');
  const again = addToCatalogueIndex(second, { ...catalogueEntryFor(v2, templateFileName(v2)), title: 'Sửa tên' }, '2026-11-17');
  expect(again.templates.map((e) => [e.file, e.title === 'Sửa tên'])).toEqual([['hn-kl01.v2.json', true], ['hn-kl01.v1.json', false]]);
  expect(again.updated).toBe('2026-11-17');
  const merged = mergeAvailableTemplates([{ template: v1, source: 'builtin' }], [{ template: v2, source: 'catalogue' }, { template: v1, source: 'catalogue' }]);
  expect(merged.map((m) => [m.template.version, m.source])).toEqual([[2, 'catalogue'], [1, 'builtin']]);
});
