import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { templateJsonSchema } from '../src/core/template/templateSchema';

const schemaFile = path.join(__dirname, '..', 'schemas', 'report-template.schema.json');
const committed = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const builtin = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'src', 'core', 'template', 'definitions', 'hn-kl01.v1.json'), 'utf8'));

test('the committed JSON Schema is the one generated from the core schema (run `npm run schema` after changing it)', () => {
  expect(committed).toEqual(JSON.parse(JSON.stringify(templateJsonSchema())));
});

test('a standard JSON Schema validator accepts the built-in template and refuses a broken one', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(committed);
  expect(validate(builtin)).toBe(true);
  const broken = { ...builtin, version: 0, indicators: [{ ...builtin.indicators[0], aggregation: 'avg' }] };
  expect(validate(broken)).toBe(false);
  expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/version', '/indicators/0/aggregation']));
});

test('the catalogue shipped in catalogue/ loads, and its copy of the built-in template has not drifted', async () => {
  const { loadCatalogueFolder } = await import('../src/cli/templateOptions');
  const { DEFAULT_TEMPLATE } = await import('../src/core/template/builtinTemplates');
  const loaded = await loadCatalogueFolder(path.join(__dirname, '..', 'catalogue'));
  expect(loaded.issues).toEqual([]);
  expect(loaded.templates.map((t) => t.template)).toEqual([DEFAULT_TEMPLATE]);
});
