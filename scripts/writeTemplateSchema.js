// Writes schemas/report-template.schema.json from the zod schema in the core (the one source).
// templateJsonSchema.test.ts fails when the committed file is out of date.
const fs = require('node:fs');
const path = require('node:path');
const { templateJsonSchema } = require('../lib/core/template/templateSchema');

const target = path.join(__dirname, '..', 'schemas', 'report-template.schema.json');
fs.writeFileSync(target, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
console.log(`Đã ghi ${path.relative(process.cwd(), target)}`);
