import { PassThrough, Writable } from 'node:stream';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createSheet, DEFAULT_FONT, type CellSpec, type CellStyle, type WorkbookSpec } from '../src/core/workbook/WorkbookSpec';
import { writeWorkbook } from '../src/adapters/exceljs/writeWorkbook';
import { writeWorkbookToStream } from '../src/adapters/exceljs/writeWorkbookToStream';

// A full collection before each sample, so buffers already released do not count.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function makeSpec(sheets: WorkbookSpec['sheets']): WorkbookSpec {
  return { sheets, names: [], properties: { title: 'Thử', creator: 'Tổng hợp báo cáo', created: '2026-07-06' }, font: DEFAULT_FONT };
}

async function writeToBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => sink.on('end', resolve));
  await writeWorkbookToStream(spec, sink);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function smallSpec(): WorkbookSpec {
  const a = createSheet('Tổng quan', [30, 12, 12], { hiddenRows: [3], freeze: { rows: 1, cols: 0 } });
  a.cells.push(
    { row: 0, col: 0, value: 'Đơn vị', style: { bold: true, border: true } },
    { row: 0, col: 1, value: 'Số', style: { bold: true } },
    { row: 1, col: 0, value: 'Đảng ủy phường Ba Đình', style: { wrap: true } },
    { row: 1, col: 1, value: 12 },
    { row: 2, col: 0, value: 'Đảng ủy xã Sóc Sơn' },
    { row: 2, col: 1, value: 30 },
    { row: 3, col: 0, value: 'mã ẩn' },
    { row: 4, col: 1, formula: { text: 'SUM({0})', refs: [{ row: 1, col: 1, rowEnd: 2 }], result: 42 } },
    { row: 5, col: 0, value: 'Ghi chú gộp ô', note: 'Gộp hai ô trong một dòng' },
  );
  a.merges.push({ row: 5, col: 0, rowEnd: 5, colEnd: 1 });
  a.rowHeights[1] = 40;
  const b = createSheet('Nội dung', [20, 80]);
  b.cells.push({ row: 0, col: 0, value: 'Mục' }, { row: 0, col: 1, value: 'Nội dung chi tiết của đơn vị' });
  const spec = makeSpec([a, b]);
  spec.names.push({ name: 'TongSo', range: { sheet: 'Tổng quan', row: 4, col: 1 } }, { name: 'BangSo', range: { sheet: 'Tổng quan', row: 1, col: 0, rowEnd: 2, colEnd: 1 } });
  return spec;
}

describe('writeWorkbookToStream', () => {
  it('writes the same cells, merges, hidden rows and names as the buffered writer', async () => {
    const spec = smallSpec();
    const streamed = XLSX.read(await writeToBytes(spec), { cellFormula: true, cellStyles: true });
    const buffered = XLSX.read(await writeWorkbook(spec), { cellFormula: true, cellStyles: true });
    expect(streamed.SheetNames).toEqual(['Tổng quan', 'Nội dung']);
    for (const name of streamed.SheetNames) {
      const rows = (wb: XLSX.WorkBook) => XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1, defval: null });
      expect(rows(streamed)).toEqual(rows(buffered));
    }
    const overview = streamed.Sheets['Tổng quan'];
    expect(overview.B5.f).toBe('SUM(B2:B3)');
    expect(overview.B5.v).toBe(42);
    expect(overview['!merges']).toEqual([{ s: { r: 5, c: 0 }, e: { r: 5, c: 1 } }]);
    expect(overview['!rows']?.[3]?.hidden).toBe(true);
    const names = (wb: XLSX.WorkBook) => wb.Workbook?.Names?.map((n) => [n.Name, n.Ref]);
    expect(names(streamed)).toEqual([['TongSo', "'Tổng quan'!$B$5"], ['BangSo', "'Tổng quan'!$A$2:$B$3"]]);
    expect(new Set(names(streamed))).toEqual(new Set(names(buffered)));
  });

  it('gives every cell its own style when cells share style objects, and writes each distinct style once', async () => {
    const header: CellStyle = { bold: true, border: true, fill: 'FFD9E2F3', hAlign: 'center' };
    const input: CellStyle = { locked: false, fill: 'FFFFF2CC', numFmt: '#,##0' };
    const sheet = createSheet('Kiểu', [20, 20, 20]);
    for (let r = 0; r < 60; r++) {
      // Shared objects, equal copies, and no style at all, in turn.
      const style = r % 4 === 0 ? header : r % 4 === 1 ? input : r % 4 === 2 ? { ...input, italic: true } : undefined;
      sheet.cells.push({ row: r, col: 0, value: r, style }, { row: r, col: 1, value: `ô ${r}`, style: r % 4 === 0 ? { ...header } : style });
    }
    const spec = makeSpec([sheet]);
    for (const bytes of [await writeToBytes(spec), await writeWorkbook(spec)]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const ws = wb.getWorksheet('Kiểu')!;
      for (let r = 0; r < 60; r++) {
        for (const col of [1, 2]) {
          const cell = ws.getCell(r + 1, col);
          const at = `${cell.address}`;
          expect([at, cell.font.name, cell.font.bold ?? false, cell.font.italic ?? false]).toEqual([at, 'Times New Roman', r % 4 === 0, r % 4 === 2]);
          expect([at, (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([at, r % 4 === 0 ? 'FFD9E2F3' : r % 4 === 3 ? undefined : 'FFFFF2CC']);
          expect([at, Boolean(cell.border?.top)]).toEqual([at, r % 4 === 0]);
          expect([at, cell.protection?.locked === false]).toEqual([at, r % 4 === 1 || r % 4 === 2]);
          expect([at, cell.numFmt ?? null]).toEqual([at, r % 4 === 1 || r % 4 === 2 ? '#,##0' : null]);
          expect([at, cell.alignment?.horizontal]).toEqual([at, r % 4 === 0 ? 'center' : undefined]);
        }
      }
      const stylesXml = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
      const xfs = Number(/<cellXfs count="(\d+)"/.exec(stylesXml)?.[1]);
      // Four styles and the default, not one per cell.
      expect(xfs).toBeLessThanOrEqual(6);
    }
  });

  it('refuses a merge across rows, which it cannot stream (a bug in the caller)', async () => {
    const sheet = createSheet('Gộp', [10]);
    sheet.merges.push({ row: 0, col: 0, rowEnd: 1, colEnd: 0 });
    await expect(writeToBytes(makeSpec([sheet]))).rejects.toThrow(/merge across rows/);
  });

  it('writes a sheet of 150,000 rows (a province of 10,000 units lists 140,000 texts)', async () => {
    const sheet = createSheet('Nội dung', [30]);
    for (let r = 0; r < 150_000; r++) sheet.cells.push({ row: r, col: 0, value: r });
    const read = XLSX.read(await writeToBytes(makeSpec([sheet])), { dense: true, sheetRows: 0 });
    expect(read.Sheets['Nội dung']['!ref']).toBe('A1:A150000');
  }, 60_000);

  it('keeps memory flat on a long sheet: rows leave memory as the zip takes them', async () => {
    // 6,000 rows of 2,000 characters: about 16 MB of sheet XML. Without back-pressure from the
    // zip, ExcelJS queues nearly all of it in buffers before deflating (measured here: 8 to 17 MB queued; with it, 0 to 2 MB).
    const sentence = 'Đảng ủy xã đã tổ chức quán triệt, học tập nghị quyết cho cán bộ, đảng viên; ';
    const text = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const sheet = createSheet('Nội dung', [30, 100]);
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    let highest = before;
    for (let r = 0; r < 6000; r++) {
      const value = `${r} ${text}`;
      const cell = { row: r, col: 1, style: { wrap: true } } as CellSpec;
      // Sampled as the writer takes a row: the buffers still alive then are what is queued behind it.
      const sample = r % 500 === 499 ? () => (collectGarbage(), (highest = Math.max(highest, process.memoryUsage().arrayBuffers))) : () => 0;
      Object.defineProperty(cell, 'value', { enumerable: true, get: () => (sample(), value) });
      sheet.cells.push({ row: r, col: 0, value: `Đơn vị ${r + 1}` }, cell);
    }
    const xmlBytes = 6000 * Buffer.byteLength(text);
    let written = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        done();
      },
    });
    await writeWorkbookToStream(makeSpec([sheet]), sink);
    expect(written).toBeGreaterThan(0);
    expect(highest - before).toBeLessThan(xmlBytes / 4);
  }, 60_000);
});
