import { buildTemplateWorkbook } from '../../src/core/workbook/buildTemplateWorkbook';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { makePeriod } from '../../src/core/period/ReportingPeriod';
import { writeWorkbook } from '../../src/adapters/exceljs/writeWorkbook';
import { readWorkbookGrid } from '../../src/adapters/sheetjs/readWorkbookGrid';
import { extractSubmission } from '../../src/core/workbook/extractSubmission';

test('smoke', async () => {
  const spec = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: makePeriod('Q1', 2024) });
  const bytes = await writeWorkbook(spec);
  const read = readWorkbookGrid(bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  console.log(read.grid.names.slice(0, 5), read.grid.sheets.map((s) => [s.name, s.hidden]));
  const ex = extractSubmission(read.grid, [DEFAULT_TEMPLATE]);
  console.log(JSON.stringify(ex).slice(0, 1500));
});
