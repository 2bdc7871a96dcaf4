import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { settleRound } from '../app/round/RoundSettings';
import { consolidateRound } from '../app/round/runRound';
import { DEFAULT_TEMPLATE } from '../core/template/builtinTemplates';
import { makeInput, makeOfficialDocument, makeRegistry, PERIOD_H1_2026 } from '../../tests/helpers/builders';
import { UserError } from './fileIo';
import { writeDocumentFile, writeRoundFiles } from './jobs';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-jobs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function makeConsolidation() {
  const registry = makeRegistry(4);
  const inputs = registry.units.slice(0, 3).map((unit, i) => makeInput(`dv${i}.xlsx`, { unit, text: { I: `Đơn vị ${unit.name} đã quán triệt nghị quyết.` } }));
  const settled = settleRound({ template: DEFAULT_TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry, body: 'Ban Tuyên giáo và Dân vận (thử)', document: makeOfficialDocument() }, { templates: [DEFAULT_TEMPLATE], today: '2026-07-06' });
  return consolidateRound(settled, { inputs, skipped: [] });
}

describe('writeRoundFiles', () => {

  const word = () => ({ report: path.join(dir, 'Báo cáo.docx'), compilation: path.join(dir, 'Trích.docx') });

  it('writes the summary, and the Word report and its compilation on their own thread, the same report as written in this thread', async () => {
    const c = makeConsolidation();
    const written = await writeRoundFiles(c, { summary: path.join(dir, 'Tổng hợp.xlsx'), word: word() }, false);
    expect(written.written).toBe(path.join(dir, 'Tổng hợp.xlsx'));
    expect(written.report?.written).toBe(path.join(dir, 'Báo cáo.docx'));
    expect(written.report?.compilation).toBe(path.join(dir, 'Trích.docx'));
    expect(fs.readFileSync(written.written).subarray(0, 2).toString()).toBe('PK');
    const here = { written: await writeDocumentFile(c.report().spec, path.join(dir, 'Báo cáo ở đây.docx'), false) };
    // The same parts with the same text (the times of writing differ).
    const parts = async (file: string) => {
      const zip = await JSZip.loadAsync(fs.readFileSync(file));
      return Promise.all(Object.keys(zip.files).sort().map(async (name) => [name, (await zip.file(name)?.async('string'))?.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'thời điểm ghi')]));
    };
    const threaded = await parts(path.join(dir, 'Báo cáo.docx'));
    expect(threaded.length).toBeGreaterThan(5);
    expect(threaded).toEqual(await parts(here.written));
    const compilation = (await parts(path.join(dir, 'Trích.docx'))).find(([name]) => name === 'word/document.xml')?.[1];
    expect(compilation).toContain('TRÍCH BÁO CÁO CÁC ĐƠN VỊ');
    for (const unit of c.consolidation.units.slice(0, 3)) expect(compilation).toContain(`Đơn vị ${unit.unit.name} đã quán triệt nghị quyết.`);
    // No temporary file left beside them.
    expect(fs.readdirSync(dir).sort()).toEqual(['Báo cáo ở đây.docx', 'Báo cáo.docx', 'Trích.docx', 'Tổng hợp.xlsx']);
  });

  it('without a report target writes the summary alone', async () => {
    const written = await writeRoundFiles(makeConsolidation(), { summary: path.join(dir, 'Tổng hợp.xlsx'), word: null }, false);
    expect(written.report).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual(['Tổng hợp.xlsx']);
  });

  it('a report that may not be replaced is refused before anything is written: no summary without its report', async () => {
    const report = path.join(dir, 'Báo cáo.docx');
    fs.writeFileSync(report, 'bản cũ');
    const writing = writeRoundFiles(makeConsolidation(), { summary: path.join(dir, 'Tổng hợp.xlsx'), word: { ...word(), report } }, false);
    await expect(writing).rejects.toBeInstanceOf(UserError);
    await expect(writing).rejects.toThrow(/đã có/);
    expect(fs.readFileSync(report, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['Báo cáo.docx']);
  });

  it('when the summary cannot be written, the error comes after the report\'s thread has finished, and nothing of the set is left', async () => {
    fs.writeFileSync(path.join(dir, 'không phải thư mục'), '');
    const writing = writeRoundFiles(makeConsolidation(), { summary: path.join(dir, 'không phải thư mục', 'Tổng hợp.xlsx'), word: word() }, false);
    await expect(writing).rejects.toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['không phải thư mục']);
  });
});
