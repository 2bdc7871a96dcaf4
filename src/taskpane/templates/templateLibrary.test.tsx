/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeWorkbook } from '../../adapters/exceljs/writeWorkbook';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../../core/workbook/fillTemplateWorkbook';
import { makeSampleEntries } from '../../sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import { PERIOD_H1_2026, TEMPLATE_V2 } from '../../../tests/helpers/builders';
import { App } from '../App';
import { readFilesOnPage as readFilesInSlices } from '../files/readFilesOnPage';
import { createBrowserHost } from '../host/browserHost';
import type { WorkbookHost } from '../host/WorkbookHost';
import { createLibraryStore, type CatalogueReader } from './templateLibrary';

const fixtures = path.join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'catalogue');
const published: CatalogueReader = async (file) => fs.promises.readFile(path.join(fixtures, file), 'utf8');
const unreachable: CatalogueReader = async () => {
  throw new Error('Failed to fetch');
};

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const host = (): WorkbookHost => ({ ...createBrowserHost(memoryStorage()), today: () => '2026-11-22' });

function listed(): string[] {
  return within(screen.getByRole('list', { name: 'Các mẫu hiện có' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

test('the pane lists the built-in and the published templates, newest version first, with date and issuer', async () => {
  render(<App host={host()} readFiles={readFilesInSlices} catalogue={published} libraryStore={createLibraryStore(memoryStorage())} />);
  await screen.findByText(/Danh mục "Danh mục mẫu thử nghiệm" của Ban Tuyên giáo và Dân vận \(thử\): 1 mẫu, cập nhật ngày 22\/11\/2026\./);
  const items = listed();
  expect(items).toHaveLength(2);
  expect(items[0]).toContain('phiên bản 2');
  expect(items[0]).toContain('Ban hành 16/11/2026 · Ban Tuyên giáo và Dân vận Thành ủy Hà Nội · từ danh mục');
  expect(items[1]).toContain('phiên bản 1');
  expect(items[1]).toContain('có sẵn');
});

test('with the catalogue unreachable, the last pulled one is still listed, with a warning', async () => {
  const storage = memoryStorage();
  const first = render(<App host={host()} readFiles={readFilesInSlices} catalogue={published} libraryStore={createLibraryStore(storage)} />);
  await screen.findByText(/1 mẫu, cập nhật ngày/);
  first.unmount();
  render(<App host={host()} readFiles={readFilesInSlices} catalogue={unreachable} libraryStore={createLibraryStore(storage)} />);
  await screen.findByText('Không kết nối được tới danh mục mẫu (Failed to fetch); đang dùng danh mục đã tải ngày 22/11/2026. Nên cập nhật lại khi có mạng.');
  expect(listed()[0]).toContain('phiên bản 2');
});

test('a template file picked by hand is checked, offered, kept, and its reports are read', async () => {
  const storage = memoryStorage();
  const h = host();
  render(<App host={h} readFiles={readFilesInSlices} catalogue={unreachable} libraryStore={createLibraryStore(storage)} />);
  await screen.findByText(/Nơi phát hành chưa đăng danh mục mẫu|Không đọc được danh mục mẫu/);
  const picker = screen.getByTestId('template-file') as HTMLInputElement;
  fireEvent.change(picker, { target: { files: [new File(['{ "id": "x" }'], 'hỏng.json')] } });
  await screen.findByText('Tệp "hỏng.json" không phải tệp mẫu dùng được');
  fireEvent.change(picker, { target: { files: [new File([fs.readFileSync(path.join(fixtures, 'hn-kl01.v2.json'))], 'mẫu 2027.json')] } });
  await screen.findByText(/Đã mở mẫu ".*" phiên bản 2; mẫu được giữ lại/);
  expect(listed()[0]).toContain('mở từ tệp "mẫu 2027.json"');

  // A unit's report made with version 2 is now recognised on the Kiểm tra tab.
  const { entries } = makeSampleEntries({ unit: SAMPLE_REGISTRY.units[0], period: PERIOD_H1_2026, reportDate: '2026-06-18', seed: 3, template: TEMPLATE_V2 });
  delete entries.indicators?.hoat_dong_tt;
  const bytes = await writeWorkbook(fillTemplateWorkbook(buildTemplateWorkbook(TEMPLATE_V2, { period: PERIOD_H1_2026, deadline: '2026-06-22' }), TEMPLATE_V2, entries));
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.change(await screen.findByTestId('check-file'), { target: { files: [new File([bytes as BlobPart], 'v2.xlsx')] } });
  // Read with version 2's own fields: its new required figure is the one reported missing.
  await waitFor(() => expect(screen.getByRole('tabpanel').textContent).toContain('Chưa nhập "Tổng số chi bộ trực thuộc"'));
  expect(screen.getByRole('tabpanel').textContent).not.toContain('phần mềm chỉ có phiên bản');
});

test('storage full: the catalogue is still listed, and the user is told its offline copy was not kept', async () => {
  const full = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
  render(<App host={host()} readFiles={readFilesInSlices} catalogue={published} libraryStore={createLibraryStore(full)} />);
  await screen.findByText('Bộ nhớ của trình duyệt dành cho trang này đã đầy nên chưa lưu được bản danh mục mẫu để dùng khi không có mạng. Đề nghị xóa bớt dữ liệu duyệt web của trang, hoặc tải kết quả về dạng tệp; những gì đang làm vẫn còn trên trang.');
  expect(listed()[0]).toContain('phiên bản 2');
});
