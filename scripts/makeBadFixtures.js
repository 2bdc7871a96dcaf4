// Writes the generated part of the bad-file corpus to tests/fixtures/bad/generated/ (the test
// suite rebuilds it too). Needs the compiled CLI: `npm run fixtures:bad` builds it first.
const fs = require('node:fs');
const path = require('node:path');
const { makeBadCorpus } = require('../lib/cli/makeBadCorpus');
const { DEFAULT_TEMPLATE } = require('../lib/core/template/builtinTemplates');
const { SAMPLE_REGISTRY } = require('../lib/sample/sampleRegistry');
const { makePeriod } = require('../lib/core/period/ReportingPeriod');

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
