// Writes the generated part of the bad-file corpus to tests/fixtures/bad/generated/ (the test
// suite rebuilds it too). Needs the compiled tools: `npm run fixtures:bad` builds them first.
const fs = require('node:fs');
const path = require('node:path');
const { makeBadCorpus } = require('../build/scripts/makeBadCorpus');
const { DEFAULT_TEMPLATE } = require('../build/src/core/template/builtinTemplates');
const { SAMPLE_REGISTRY } = require('../build/src/sample/sampleRegistry');
const { makePeriod } = require('../build/src/core/period/ReportingPeriod');

(async () => {
  const out = path.join(__dirname, '..', 'tests', 'fixtures', 'bad', 'generated');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const files = await makeBadCorpus({ template: DEFAULT_TEMPLATE, registry: SAMPLE_REGISTRY, period: makePeriod('H1', 2026), deadline: '2026-06-22' });
  for (const f of files) {
    fs.writeFileSync(path.join(out, f.fileName), f.bytes);
    console.log(`${f.fileName}: ${f.what}`);
  }
  console.log(`Đã ghi ${files.length} tệp vào ${out}`);
})();
