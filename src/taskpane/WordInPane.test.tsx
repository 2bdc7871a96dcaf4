/**
 * @jest-environment jsdom
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { SAMPLE_REGISTRY } from '../sample/sampleRegistry';
import { App } from './App';
import { readFilesOnPage } from './files/readFilesOnPage';
import { createBrowserHost } from './host/browserHost';
import type { WorkbookHost } from './host/WorkbookHost';

const FIXTURES = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'word', 'dev');
const fileOf = (name: string) => new File([new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) as BlobPart], name);

const UNITS = SAMPLE_REGISTRY.units.map(({ code, name, kind }) => ({ code, name, kind }));

/** A browser page with its storage, the round's form already filled. */
function openPane(data: Map<string, string>) {
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  const host: WorkbookHost = { ...createBrowserHost(storage), download: () => undefined, today: () => '2026-07-06' };
  return render(<App host={host} readFiles={readFilesOnPage} />);
}

async function readInPane(files: File[]) {
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  fireEvent.change(await screen.findByTestId('report-files'), { target: { files } });
  fireEvent.click(await screen.findByRole('button', { name: `Đọc và kiểm tra ${files.length} tệp` }));
}

test('a Word report decided in the pane: a part moved, an unplaced block attached, confirmed: counted, the choice kept with the round and not asked again on the next reading', async () => {
  const data = new Map<string, string>();
  data.set('tong-hop-bao-cao.round', JSON.stringify({ kind: 'Q2', year: 2026, deadline: '2026-06-22', body: 'Ban Tuyên giáo và Dân vận Thành ủy', registry: { units: UNITS, sample: true }, registrySource: 'danh sách mẫu' }));
  const first = openPane(data);
  await readInPane([fileOf('d17-nghia-do.docx')]);
  const waiting = await screen.findByRole('region', { name: 'Báo cáo Word chờ xác nhận' });
  expect(screen.getByText('1 chờ xác nhận')).toBeTruthy();
  // The part read under II.5 is moved to II.6.
  // (Queries by label and text: role queries over a page this size take seconds each in jsdom.)
  const move = within(waiting).getByLabelText('Chuyển mục II.5 sang mục khác');
  expect(within(move).getByText(/^II\.6\. Công tác kiểm tra, giám sát/u)).toBeTruthy();
  fireEvent.change(move, { target: { value: 'II.6' } });
  // The block the reading could not place ("I. ĐẶC ĐIỂM TÌNH HÌNH"), collapsed, is attached to I.
  expect(within(waiting).queryByLabelText('Gắn đoạn chưa xếp 1 vào mục')).toBeNull();
  fireEvent.click(within(waiting).getByText(/^Đoạn chưa xếp 1: I\. ĐẶC ĐIỂM TÌNH HÌNH/u));
  fireEvent.change(await within(waiting).findByLabelText('Gắn đoạn chưa xếp 1 vào mục'), { target: { value: 'I' } });
  expect(within(waiting).getByText(/^Đoạn chưa xếp 1: .* → mục I$/u)).toBeTruthy();
  expect(within(waiting).getByText(/^Xác nhận kèm 1 mục chuyển, 1 đoạn gắn/u)).toBeTruthy();
  fireEvent.click(within(waiting).getByRole('button', { name: 'Xác nhận cách đọc này' }));
  expect(screen.queryByRole('region', { name: 'Báo cáo Word chờ xác nhận' })).toBeNull();
  expect(screen.getByText('1 đúng hạn')).toBeTruthy();
  const saved = JSON.parse(data.get('tong-hop-bao-cao.round') ?? '{}').confirmedWord;
  expect(saved).toEqual([{ key: expect.stringMatching(/^[0-9a-f]{16}$/), moves: [{ from: 'II.5', to: 'II.6' }], attach: [{ block: 1, to: 'I' }] }]);
  first.unmount();

  // The next session, the same file: the decision is found by the file's content; nothing is asked.
  openPane(data);
  await readInPane([fileOf('d17-nghia-do.docx')]);
  expect(await screen.findByText('1 đúng hạn')).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Báo cáo Word chờ xác nhận' })).toBeNull();
  expect(JSON.parse(data.get('tong-hop-bao-cao.round') ?? '{}').confirmedWord).toEqual(saved);
});

test('Word reports dropped in the pane: one with nothing to decide counts, one waiting is shown as read and confirmed in one click, kept with the round', async () => {
  const data = new Map<string, string>();
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  const units = SAMPLE_REGISTRY.units.map(({ code, name, kind }) => ({ code, name, kind }));
  data.set('tong-hop-bao-cao.round', JSON.stringify({ kind: 'Q2', year: 2026, deadline: '2026-06-22', body: 'Ban Tuyên giáo và Dân vận Thành ủy', registry: { units, sample: true }, registrySource: 'danh sách mẫu' }));
  const host: WorkbookHost = { ...createBrowserHost(storage), download: () => undefined, today: () => '2026-07-06' };
  render(<App host={host} readFiles={readFilesOnPage} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  fireEvent.change(await screen.findByTestId('report-files'), { target: { files: [fileOf('d01-ngoc-ha.docx'), fileOf('d04-hoan-kiem.docx')] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Đọc và kiểm tra 2 tệp' }));
  const waiting = await screen.findByRole('region', { name: 'Báo cáo Word chờ xác nhận' });
  expect(within(waiting).getByText('Đảng ủy phường Hoàn Kiếm (d04-hoan-kiem.docx)')).toBeTruthy();
  // How it was read: a row per part, the unit's own heading, how sure.
  const table = within(waiting).getByRole('table', { name: 'Cách đọc báo cáo d04-hoan-kiem.docx' });
  expect(within(table).getByText('II.4')).toBeTruthy();
  expect(within(table).getAllByText('Chắc chắn').length).toBeGreaterThan(5);
  // Every figure with what the unit wrote and where: here all from sentences, to confirm.
  const figures = within(waiting).getByRole('table', { name: 'Số liệu đọc từ báo cáo d04-hoan-kiem.docx' });
  expect(within(figures).getAllByText(/^câu \(cần xác nhận\): “/u).length).toBeGreaterThan(5);
  expect(within(figures).getByText('Văn bản lãnh đạo, chỉ đạo ban hành')).toBeTruthy();
  expect(screen.getByText('1 chờ xác nhận')).toBeTruthy();
  fireEvent.click(within(waiting).getByRole('button', { name: 'Xác nhận cách đọc này' }));
  expect(screen.queryByRole('region', { name: 'Báo cáo Word chờ xác nhận' })).toBeNull();
  expect(screen.getByText('2 đúng hạn')).toBeTruthy();
  expect(JSON.parse(data.get('tong-hop-bao-cao.round') ?? '{}').confirmedWord).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
});
