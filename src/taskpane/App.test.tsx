/**
 * @jest-environment jsdom
 */
import JSZip from 'jszip';
import { present } from '../core/present';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { OfficeApi } from '../adapters/office/officeApi';
import { createOfficeHost } from './host/createOfficeHost';
import { renderWorkbookSpec } from '../adapters/office/renderWorkbookSpec';
import { writeWorkbook } from '../adapters/exceljs/writeWorkbook';
import { DEFAULT_TEMPLATE } from '../core/template/builtinTemplates';
import { buildRegistryWorkbook } from '../core/workbook/buildRegistryWorkbook';
import { buildTemplateWorkbook } from '../core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../core/workbook/fillTemplateWorkbook';
import { makeSampleFiles } from '../sample/makeSampleReports';
import { SAMPLE_REGISTRY } from '../sample/sampleRegistry';
import { createFakeExcel } from '../../tests/fakes/fakeExcel';
import { PERIOD_H1_2026 } from '../../tests/helpers/builders';
import { App } from './App';
import { readFilesOnPage as readFilesInSlices } from './files/readFilesOnPage';
import { createBrowserHost } from './host/browserHost';
import type { WorkbookHost } from './host/WorkbookHost';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

function excelHost(options: { saved?: unknown; saveFailure?: string; createFailure?: unknown } = {}) {
  const saveFailure = options.saveFailure ?? null;
  const excel = createFakeExcel();
  const created: Uint8Array[] = [];
  const settings = new Map<string, unknown>(options.saved === undefined ? [] : [['tongHopBaoCao.round', options.saved]]);
  const api: OfficeApi = {
    run: excel.run,
    createWorkbook: async (base64) => {
      if (options.createFailure) throw options.createFailure;
      created.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    },
    isSetSupported: () => true,
    platform: 'PC',
    settings: { get: (k: string) => settings.get(k), set: (k: string, v: unknown) => void settings.set(k, v), save: async () => saveFailure },
  };
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const host: WorkbookHost = { ...createOfficeHost(api), today: () => '2026-07-06', download: (name, bytes) => void downloads.push({ name, bytes }) };
  return { host, excel, created, settings, downloads };
}

const template = buildTemplateWorkbook(DEFAULT_TEMPLATE, { period: PERIOD_H1_2026, registry: SAMPLE_REGISTRY, deadline: '2026-06-22' });
const samples = makeSampleFiles(SAMPLE_REGISTRY, DEFAULT_TEMPLATE, PERIOD_H1_2026, '2026-06-22').filter((s) => s.format === 'xlsx');

describe('in a plain browser', () => {
  test('shows the browser door and downloads a template', async () => {
    const downloads: { name: string; bytes: Uint8Array }[] = [];
    const host: WorkbookHost = { ...createBrowserHost(memoryStorage()), download: (name, bytes) => void downloads.push({ name, bytes }), today: () => '2026-07-06' };
    render(<App host={host} readFiles={readFilesInSlices} />);
    expect(screen.getByText('Trên trình duyệt')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chèn vào sổ làm việc này' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp .xlsx' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('Mẫu báo cáo Quý II-2026.xlsx');
    expect([...downloads[0].bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    await screen.findByText('Đã tải xuống "Mẫu báo cáo Quý II-2026.xlsx".');
  });

  test('the file picker opens from the keyboard', async () => {
    const host: WorkbookHost = { ...createBrowserHost(memoryStorage()), today: () => '2026-07-06' };
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    const zone = await screen.findByRole('button', { name: 'Chọn tệp báo cáo để kiểm tra' });
    const input = screen.getByTestId('check-file') as HTMLInputElement;
    const clicked = jest.fn();
    input.addEventListener('click', clicked);
    zone.focus();
    fireEvent.keyDown(zone, { key: 'Enter' });
    fireEvent.keyDown(zone, { key: ' ' });
    expect(clicked).toHaveBeenCalledTimes(2);
  });
});

describe('inside Excel', () => {
  test('inserts the template, and never replaces existing sheets without asking', async () => {
    const { host, excel } = excelHost();
    render(<App host={host} readFiles={readFilesInSlices} />);
    expect(screen.getByText('Trong Excel')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc này' }));
    await screen.findByText(/Đã chèn 7 trang tính/);
    expect(excel.state.sheets.map((s) => s.name)).toContain('Số liệu');
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc này' }));
    await screen.findByText('Đã có trang tính trùng tên');
    expect(excel.state.sheets).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Chèn với tên trang tính mới' }));
    await screen.findByText(/Đã chèn 7 trang tính/);
    expect(excel.state.sheets.map((s) => s.name)).toContain('Số liệu (2)');
  });

  test('opens a template as a new workbook', async () => {
    const { host, created } = excelHost();
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mở thành sổ làm việc mới' }));
    await screen.findByText('Đã mở mẫu báo cáo trong một sổ làm việc mới.');
    expect(created).toHaveLength(1);
    expect([...created[0].slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  test('a workbook Excel refuses as too large to open is downloaded instead, and the user is told why', async () => {
    const { host, created, downloads } = excelHost({ createFailure: Object.assign(new Error('payload'), { code: 'RequestPayloadSizeLimitExceeded' }) });
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mở thành sổ làm việc mới' }));
    await screen.findByText(/quá lớn để Excel trên web mở thành sổ làm việc mới/);
    expect(created).toHaveLength(0);
    expect(downloads.map((d) => d.name)).toEqual(['Mẫu báo cáo Quý II-2026.xlsx']);
    expect(screen.getByText(/Tệp đã được tải xuống thành "Mẫu báo cáo Quý II-2026.xlsx"/)).toBeTruthy();
  });

  test('checks the open workbook; clicking an issue selects its cell', async () => {
    const { host, excel } = excelHost();
    const withErrors = present(samples.find((s) => s.expect === 'invalid'), 'an invalid sample');
    await renderWorkbookSpec(excel.run, fillTemplateWorkbook(template, DEFAULT_TEMPLATE, withErrors.entries), { capabilities: { pageLayout: true }, onExistingSheet: 'refuse' });
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra sổ làm việc đang mở' }));
    await screen.findByText('Chưa thể gửi');
    const section = screen.getByRole('region', { name: /^Mục II\.1/ });
    fireEvent.click(within(section).getByRole('button', { name: /lớn hơn "Tổng số đảng viên/ }));
    await waitFor(() => expect(excel.state.selected).toEqual({ sheet: 'Số liệu', address: 'D11' }));
    expect(screen.getByRole('button', { name: 'Kiểm tra lại' })).toBeTruthy();
  });

  test('consolidates picked files, inserts the summary with charts, downloads the Word report, and keeps the round in the document', async () => {
    const { host, excel, settings, downloads } = excelHost();
    await renderWorkbookSpec(excel.run, buildRegistryWorkbook(SAMPLE_REGISTRY), { capabilities: { pageLayout: true }, onExistingSheet: 'refuse' });
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('combobox', { name: 'Kỳ báo cáo' }));
    fireEvent.click(await screen.findByRole('option', { name: '6 tháng đầu năm' }));
    // Moving on to the next field, as a user does: while the drop-down keeps focus Fluent keeps its
    // list mounted and positions it after every render, and in jsdom each positioning costs
    // seconds of style computation (profiled: 13 of the test's 18 s, none of it the product's).
    const deadlineBox = screen.getByRole('textbox', { name: /Hạn nộp/ });
    deadlineBox.focus();
    fireEvent.change(deadlineBox, { target: { value: '22/06/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lấy từ trang "Danh sách đơn vị"' }));
    await screen.findByText('Đã lấy 30 đơn vị (trang "Danh sách đơn vị").');
    const files = await Promise.all(samples.slice(0, 6).map(async (s) => new File([(await writeWorkbook(fillTemplateWorkbook(template, DEFAULT_TEMPLATE, s.entries))) as BlobPart], s.fileName)));
    // Dropped with the reports, as a folder's contents come: Excel's lock file and a signed scan.
    const extras = [new File(['x'], '~$Báo cáo xã Tân Lập.xlsx'), new File(['%PDF'], 'Báo cáo có chữ ký.pdf')];
    fireEvent.change(screen.getByTestId('report-files'), { target: { files: [...files, ...extras] } });
    await screen.findByText('Đã chọn 8 tệp: đọc 6 tệp bảng tính, bỏ qua 2 tệp (~$Báo cáo xã Tân Lập.xlsx, Báo cáo có chữ ký.pdf).');
    fireEvent.click(screen.getByRole('button', { name: 'Đọc và kiểm tra 6 tệp' }));
    const units = new Set(samples.slice(0, 6).map((s) => s.unitCode));
    await screen.findByText(`${30 - units.size} chưa nộp`);
    expect(screen.getByText('1 tệp không dùng')).toBeTruthy(); // the draft sent before the final report
    const status = screen.getByRole('table', { name: 'Tình hình nộp báo cáo' });
    const lockRow = within(status).getByText('~$Báo cáo xã Tân Lập.xlsx').closest('tr');
    expect(within(present(lockRow, 'the lock file row')).getByText('Bỏ qua').getAttribute('title')).toMatch(/tệp tạm của Excel/);
    expect(within(status).getByText('Báo cáo có chữ ký.pdf')).toBeTruthy();
    // Whom to chase, with the sample units' contacts, ready to copy.
    expect(screen.getByRole('button', { name: /^Nhắc nộp \(\d+ đơn vị\)$/ })).toBeTruthy();
    expect(within(status).getAllByText(/^Liên hệ: .+@example\.com$/).length).toBeGreaterThanOrEqual(30 - units.size);
    // The office sends the second tập thể proposed instead of the first (the pre-mark).
    fireEvent.click(screen.getByRole('button', { name: /^Điển hình gửi cấp trên \(đã chọn 2\/\d+\)$/ }));
    const labelOf = (b: HTMLElement) => present(document.querySelector(`label[for="${b.id}"]`), 'label').textContent ?? '';
    const [firstTapThe, secondTapThe] = screen.getAllByRole('checkbox').filter((b) => labelOf(b).startsWith('Tập thể: '));
    expect((firstTapThe as HTMLInputElement).checked).toBe(true);
    fireEvent.click(firstTapThe);
    fireEvent.click(secondTapThe);
    const chosenName = labelOf(secondTapThe).replace(/^Tập thể: /, '').replace(/ \(.*\)$/, '');
    fireEvent.click(screen.getByRole('button', { name: 'Văn bản báo cáo lên cấp trên' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Số, ký hiệu' }), { target: { value: '12-BC/BTGDVTU' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Người lập báo cáo' }), { target: { value: 'Trần Thị Lập' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Cấp ủy của cơ quan (dòng đầu văn bản)' }), { target: { value: 'Tỉnh ủy Nghệ An' } });
    // The body's length in pages: a number out of range is said and not kept; 3 is kept.
    const pagesBox = screen.getByRole('textbox', { name: /Số trang phần nội dung/ });
    fireEvent.change(pagesBox, { target: { value: '1' } });
    fireEvent.blur(pagesBox);
    expect(screen.getByText('Ghi số trang từ 2 đến 100.')).toBeTruthy();
    fireEvent.change(pagesBox, { target: { value: '3' } });
    fireEvent.blur(pagesBox);
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc này' }));
    await screen.findByText(/Đã chèn bảng tổng hợp và biểu đồ/);
    expect(excel.cell('Báo cáo tổng hợp', 'B4')?.value).toBe('Số 12-BC/BTGDVTU');
    expect(excel.cell('BC Thông tin chung', 'C11')?.value).toBe('Trần Thị Lập');
    // Điển hình carries the office's marks; BC Điển hình follows them by formula.
    const marksSheet = present(excel.state.sheets.find((s) => s.name === 'Điển hình'), 'Điển hình');
    const marked = [...marksSheet.cells.entries()].filter(([, c]) => c.value === 'x').map(([k]) => k);
    expect(marked).toHaveLength(2);
    const chosenRow = [...marksSheet.cells.entries()].find(([, c]) => c.value === chosenName);
    expect(excel.cell('Điển hình', `B${Number(String(present(chosenRow, 'the chosen row')[0]).split(',')[0]) + 1}`)?.value).toBe('x');
    expect(excel.cell('BC Điển hình', 'C4')?.formula).toMatch(/^=IFERROR\(INDEX\('Điển hình'!E5:E\d+,MATCH\(1,'Điển hình'!J5:J\d+,0\)\)&"",""\)$/);
    const overview = present(excel.state.sheets.find((s) => s.name === 'Tổng quan'), 'Tổng quan');
    expect(overview.charts.map((c) => c.type)).toEqual(['Pie', 'BarClustered']);
    const statusSheet = present(excel.state.sheets.find((s) => s.name === 'Tình hình nộp'), 'Tình hình nộp');
    expect([...statusSheet.cells.values()].some((c) => c.value === 'Báo cáo có chữ ký.pdf')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }));
    await screen.findByText(/Đã tải xuống "Báo cáo tổng hợp 6 tháng đầu năm 2026.docx"/);
    expect(downloads.map((d) => d.name)).toEqual(['Báo cáo tổng hợp 6 tháng đầu năm 2026.docx']);
    const documentXml = await (await JSZip.loadAsync(downloads[0].bytes)).file('word/document.xml')?.async('string');
    expect(documentXml).toContain('Số 12-BC/BTGDVTU');
    expect(documentXml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    // The committee on top; Nơi nhận, left empty, named from it.
    expect(documentXml).toContain('TỈNH ỦY NGHỆ AN');
    expect(documentXml).toContain('- Thường trực Tỉnh ủy Nghệ An (để báo cáo),');
    // Beside it, every unit's full text.
    fireEvent.click(screen.getByRole('button', { name: 'Trích báo cáo các đơn vị (.docx)' }));
    await screen.findByText(/Đã tải xuống "Trích báo cáo các đơn vị 6 tháng đầu năm 2026.docx"/);
    expect(downloads.map((d) => d.name)).toEqual(['Báo cáo tổng hợp 6 tháng đầu năm 2026.docx', 'Trích báo cáo các đơn vị 6 tháng đầu năm 2026.docx']);
    const compilationXml = await (await JSZip.loadAsync(downloads[1].bytes)).file('word/document.xml')?.async('string');
    expect(compilationXml).toContain('TRÍCH BÁO CÁO CÁC ĐƠN VỊ');
    const saved = JSON.parse(String(settings.get('tongHopBaoCao.round')));
    expect(saved).toEqual(expect.objectContaining({ kind: 'H1', deadline: '2026-06-22', registrySource: 'trang "Danh sách đơn vị"', document: expect.objectContaining({ number: '12-BC/BTGDVTU' }), pages: 3 }));
  });

  test('a failing Excel call shows a Vietnamese message bar', async () => {
    const { host } = excelHost();
    const failing: WorkbookHost = { ...host, excel: { ...present(host.excel, 'Excel operations'), readOpenWorkbook: async () => ({ ok: false, issue: { code: 'HOST_BUSY', severity: 'error', location: {}, params: { action: 'đọc sổ làm việc đang mở' } } }) } };
    render(<App host={failing} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra sổ làm việc đang mở' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel đang bận');
  });

  test('a round saved by an older version, or edited by hand, is reset with a message, not trusted', async () => {
    const { host } = excelHost({ saved: JSON.stringify({ kind: 'Q9', year: 2026, deadline: '2026-06-22', body: 'Ban' }) });
    render(<App host={host} readFiles={readFilesInSlices} />);
    expect((await screen.findByRole('status')).textContent).toContain('đã được đặt lại');
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    expect((await screen.findByRole('combobox', { name: 'Kỳ báo cáo' })).textContent).toBe('Quý II');
  });

  test('a round that Excel cannot save into the document is said, not lost silently', async () => {
    const { host } = excelHost({ saveFailure: 'Tài liệu chỉ đọc' });
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dùng danh sách mẫu' }));
    const notices = await screen.findAllByText(/Chưa lưu được thông tin đợt tổng hợp vào sổ làm việc \(Tài liệu chỉ đọc\)/);
    expect(notices.length).toBeGreaterThan(0);
  });
});

test('counting whole copies anyway is the office\'s choice, kept with the round in the document', async () => {
  const { host, settings } = excelHost();
  render(<App host={host} readFiles={readFilesInSlices} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  const box = (await screen.findByRole('checkbox', { name: /Cộng cả báo cáo trùng toàn bộ/ })) as HTMLInputElement;
  expect(box.checked).toBe(false);
  fireEvent.click(box);
  await waitFor(() => expect(JSON.parse(String(settings.get('tongHopBaoCao.round'))).includeCopies).toBe(true));
});

describe('when an action fails unexpectedly', () => {
  test('a writer that throws shows a Vietnamese message bar instead of nothing', async () => {
    const host: WorkbookHost = {
      ...createBrowserHost(memoryStorage()),
      download: () => {
        throw new Error('đĩa đầy');
      },
      today: () => '2026-07-06',
    };
    render(<App host={host} readFiles={readFilesInSlices} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp .xlsx' }));
    const message = await screen.findByText(/Chưa tạo tệp mẫu được \(đĩa đầy\)/);
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Tải tệp .xlsx' })).toHaveProperty('disabled', false);
  });
});
