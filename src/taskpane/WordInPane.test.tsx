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
  expect(within(within(waiting).getByRole('list', { name: 'Số liệu đọc từ câu văn (cần xác nhận)' })).getAllByRole('listitem').length).toBeGreaterThan(5);
  expect(screen.getByText('1 chờ xác nhận')).toBeTruthy();
  fireEvent.click(within(waiting).getByRole('button', { name: 'Xác nhận cách đọc này' }));
  expect(screen.queryByRole('region', { name: 'Báo cáo Word chờ xác nhận' })).toBeNull();
  expect(screen.getByText('2 đúng hạn')).toBeTruthy();
  expect(JSON.parse(data.get('tong-hop-bao-cao.round') ?? '{}').confirmedWord).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
});
