import { makeIssue } from '../../core/issues/Issue';
import { present } from '../../core/present';
import { DEFAULT_BODY } from '../../core/round/roundDefaults';
import { defaultDeadline } from '../../core/period/ReportingPeriod';
import { DEFAULT_TEMPLATE } from '../../core/template/builtinTemplates';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { makeInput, makeOfficialDocument, makeRegistry, PERIOD_H1_2026, TEMPLATE_V2 } from '../../../tests/helpers/builders';
import type { PickedFile } from '../checkFileBytes';
import { checkFiles, feedbackForCheckedFiles } from './checkFiles';
import { chooseRoundTemplate } from './chooseRoundTemplate';
import { firstRoundForm } from './firstRoundForm';
import { registryFromWorkbook } from './registryFromWorkbook';
import { roundBody, settleRound } from './RoundSettings';
import { consolidateRound, pickedRoundFiles, runRound } from './runRound';
import { settingsFromSaved } from './settingsFromSaved';

const context = { templates: [DEFAULT_TEMPLATE, TEMPLATE_V2], today: '2026-07-06' };
const registry = makeRegistry(3);

describe('settleRound: every default decided once, for every door', () => {
  test('a round with only its period and units', () => {
    const { round, document } = settleRound({ period: PERIOD_H1_2026, registry }, context);
    expect(round.template).toBe(chooseRoundTemplate(context.templates));
    expect(round.template.version).toBe(Math.max(DEFAULT_TEMPLATE.version, TEMPLATE_V2.version));
    expect(round.deadline).toBe(defaultDeadline(PERIOD_H1_2026));
    expect(round).toMatchObject({ body: DEFAULT_BODY, alsoAccept: [], includeInvalid: false, dateBasis: 'report' });
    expect(document).toMatchObject({ issuer: DEFAULT_BODY, date: '2026-07-06', issuerKind: 'department', signer: 'head' });
    expect(document.recipients.length).toBeGreaterThan(0);
  });

  test('the body: the one given (trimmed), else the registry owner, else the default', () => {
    expect(roundBody('  Ban Tuyên giáo và Dân vận Thành ủy ', registry)).toBe('Ban Tuyên giáo và Dân vận Thành ủy');
    expect(roundBody('', { ...registry, owner: 'Ban Tuyên giáo và Dân vận Huyện ủy' })).toBe('Ban Tuyên giáo và Dân vận Huyện ủy');
    expect(roundBody(undefined, registry)).toBe(DEFAULT_BODY);
  });

  test('what the user filled wins; blank recipients are dropped; "older" accepts every older version of the round\'s template', () => {
    const settled = settleRound({ period: PERIOD_H1_2026, registry, template: TEMPLATE_V2, alsoAccept: 'older', deadline: '2026-06-30', document: { number: '12-BC/BTGDVTU', recipients: [' Thường trực Tỉnh ủy ', ' '] } }, context);
    expect(settled.round.alsoAccept?.map((t) => t.version)).toEqual([DEFAULT_TEMPLATE.version]);
    expect(settled.round.deadline).toBe('2026-06-30');
    expect(settled.document).toMatchObject({ number: '12-BC/BTGDVTU', recipients: ['Thường trực Tỉnh ủy'] });
  });

  test('the pane\'s form comes to the same settings; a saved template no longer known falls back to the default', () => {
    const form = { ...firstRoundForm('2026-07-06'), registry };
    expect(form).toMatchObject({ kind: 'Q2', year: 2026, body: DEFAULT_BODY });
    expect(settingsFromSaved({ ...form, registry: undefined }, context.templates)).toBeNull();
    const settings = settingsFromSaved({ ...form, templateKey: 'hn-kl01@99', acceptOlderVersions: true, pages: 6 }, context.templates, { sendUp: ['x'] });
    expect(settings).toMatchObject({ template: chooseRoundTemplate(context.templates), alsoAccept: 'older', sendUp: ['x'], deadline: form.deadline, pages: 6 });
    expect(settleRound(present(settings, 'settings'), context).pages).toBe(6);
    expect(firstRoundForm('2026-02-10')).toMatchObject({ kind: 'Q4', year: 2025 });
  });
});

test('chooseRoundTemplate: by id for its newest version, by id@version, the opened file, or none', () => {
  expect(chooseRoundTemplate(context.templates, { key: `${DEFAULT_TEMPLATE.id}@${DEFAULT_TEMPLATE.version}` })).toBe(DEFAULT_TEMPLATE);
  expect(chooseRoundTemplate(context.templates, { key: 'khong-co' })).toBeNull();
  expect(chooseRoundTemplate(context.templates, { opened: DEFAULT_TEMPLATE })).toBe(DEFAULT_TEMPLATE);
});

test('a round read through any reader: files in, the consolidation and its outputs out, skipped entries kept', async () => {
  const picked = pickedRoundFiles([{ name: 'a.xlsx' }, { name: '~$a.xlsx' }, { name: 'b.ods' }, { name: 'Công văn.pdf' }]);
  expect(picked.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.ods']);
  const inputs = [makeInput('a.xlsx', { unit: registry.units[0] }), makeInput('b.ods', { unit: registry.units[1], errors: ['INDICATOR_NEGATIVE'] })];
  const requests: unknown[] = [];
  const read = async (files: readonly { name: string }[], request: unknown, onProgress: (done: number, total: number) => void) => {
    requests.push(request);
    onProgress(files.length, files.length);
    return inputs;
  };
  const result = await runRound({ period: PERIOD_H1_2026, registry, template: DEFAULT_TEMPLATE, document: makeOfficialDocument() }, context, picked, read);
  expect(requests).toEqual([{ templates: context.templates, today: '2026-07-06', period: PERIOD_H1_2026, registry, template: DEFAULT_TEMPLATE, decidedWord: [] }]);
  expect(result.consolidation.units.map((u) => u.status)).toEqual(['on_time', 'invalid', 'missing']);
  expect(result.consolidation.skipped.map((s) => s.fileName)).toEqual(['~$a.xlsx', 'Công văn.pdf']);
  expect(result.summary().sheets.length).toBeGreaterThan(3);
  expect(result.report().spec.sections.length).toBeGreaterThan(0);
  expect(result.reminders().map((r) => r.status)).toEqual(['invalid', 'missing']);
  expect(result.reminderLetter()).not.toBeNull();
  expect(result.feedback().map((f) => f.unitName)).toEqual([registry.units[1].name]);
  // A round of late units only needs no letter.
  const late = consolidateRound(settleRound({ period: PERIOD_H1_2026, registry: makeRegistry(1), template: DEFAULT_TEMPLATE }, context), { inputs: [makeInput('a.xlsx', { unit: makeRegistry(1).units[0], reportDate: '2026-07-01' })], skipped: [] });
  expect(late.consolidation.units[0].status).toBe('late');
  expect(late.reminderLetter()).toBeNull();
});

test('files checked on their own get feedback under the unit, the name written, or the file name', async () => {
  const inputs = [makeInput('a.xlsx', { unit: registry.units[0], warnings: ['INDICATOR_TEXT_NUMBER'] }), makeInput('Xã lạ.xlsx', { unitName: 'Đảng ủy xã Lạ', errors: ['INDICATOR_NEGATIVE'] }), { fileName: 'hong.xlsx', failure: [] }, { fileName: 'Quét.xlsx', failure: [makeIssue('FILE_EMPTY')] }];
  const checked = await checkFiles<PickedFile>({ templates: context.templates, today: '2026-07-06' }, { files: [], skipped: [] }, async () => inputs);
  expect(checked).toEqual([]);
  const all = await checkFiles<string>({ templates: context.templates, today: '2026-07-06' }, { files: ['a', 'b', 'c', 'd'], skipped: [] }, async () => inputs);
  expect(all.map((c) => c.errors)).toEqual([0, 1, 0, 1]);
  expect(feedbackForCheckedFiles(all, DEFAULT_TEMPLATE).map((f) => f.unitName)).toEqual([registry.units[0].name, 'Đảng ủy xã Lạ', 'Quét']);
});

test('the units from the open workbook\'s sheet "Danh sách đơn vị", or what is missing', () => {
  const sheet = (name: string, rows: unknown[][]) => ({ sheets: [{ name, rows }] }) as unknown as WorkbookGrid;
  expect(registryFromWorkbook(sheet('Trang tính 1', []))).toMatchObject({ issue: { code: 'REGISTRY_SHEET_MISSING' } });
  expect(registryFromWorkbook(sheet('Danh sách đơn vị', [['Mã', 'Tên', 'Loại']]))).toMatchObject({ issue: { code: 'REGISTRY_EMPTY' } });
  const found = registryFromWorkbook(sheet('DANH SÁCH ĐƠN VỊ', [['Mã', 'Tên', 'Loại'], ['A', 'Đảng ủy xã A', 'Xã'], ['A', 'Đảng ủy xã B', 'Xã']]));
  expect(found).toMatchObject({ registry: { units: [{ code: 'A' }] }, warnings: [expect.stringContaining(': A (mã trùng).')] });
});
