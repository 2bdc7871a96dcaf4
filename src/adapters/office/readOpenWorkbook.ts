import type { CellValue, GridName, GridSheet, WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { decodeReference, encodeRange, lettersToColumn } from '../a1';
import type { ExcelRun } from './excelRun';
import type { CellAddress } from '../../core/issues/Issue';

/**
 * Cells asked for in one round trip. Excel on the web refuses a response above 5 MB; at the
 * 10–20 bytes a report's typical cell takes as JSON this stays near 2 MB, and a sheet of long
 * texts that still goes over is split further when Excel says so.
 */
export const READ_CELLS_PER_SYNC = 150_000;

interface ValuesBlock {
  sheet: number;
  /** Rows of the sheet's used range, relative to its first row. */
  start: number;
  end: number;
}

interface UsedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Reads the open workbook into the plain grid the core reads, values only. Two round trips
 * learn the sheets, the names and each sheet's used area; then the values come in blocks of
 * whole rows, as many per round trip as stay under Excel's response limit: three round trips
 * for any ordinary workbook, one more for each further 150,000 cells.
 */
export async function readOpenWorkbook(run: ExcelRun): Promise<WorkbookGrid & { syncs: number }> {
  return run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const names = context.workbook.names;
    names.load('items/name,items/type,items/formula,items/visible');
    await sync();
    const usedRanges = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('address,rowCount,columnCount,isNullObject');
      return range;
    });
    await sync();
    const areas: (UsedArea | null)[] = usedRanges.map((range) =>
      range.isNullObject ? null : { ...topLeft(range.address), rows: range.rowCount, cols: range.columnCount },
    );
    const gridSheets: GridSheet[] = sheets.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== 'Visible', rows: [] }));

    const readGroup = async (group: ValuesBlock[]): Promise<void> => {
      const ranges = group.map((block) => {
        const area = areas[block.sheet] as UsedArea;
        const range = sheets.items[block.sheet].getRange(encodeRange({ row: area.row + block.start, col: area.col, rowEnd: area.row + block.end, colEnd: area.col + area.cols - 1 }));
        range.load('values');
        return range;
      });
      try {
        await sync();
      } catch (error) {
        const halves = splitGroup(group);
        if (!isResponseTooLarge(error) || !halves) throw error;
        for (const half of halves) await readGroup(half);
        return;
      }
      group.forEach((block, i) => placeValues(gridSheets[block.sheet], areas[block.sheet] as UsedArea, block.start, ranges[i].values));
    };
    for (const group of planGroups(areas, READ_CELLS_PER_SYNC)) await readGroup(group);
    for (const sheet of gridSheets) for (let r = 0; r < sheet.rows.length; r++) if (!sheet.rows[r]) sheet.rows[r] = [];

    const gridNames: GridName[] = [];
    for (const n of names.items) {
      if (n.type !== 'Range' || typeof n.formula !== 'string') continue;
      const at = decodeReference(n.formula);
      if (at) gridNames.push({ name: n.name, ...at });
    }
    // The 1904 date system is not exposed before ExcelApi 1.16; reports made from our template use 1900.
    return { sheets: gridSheets, names: gridNames, date1904: false, syncs };
  });
}

/** Blocks of whole rows, grouped so that each group holds at most `budget` cells (a wider row stands alone). */
export function planGroups(areas: readonly (UsedArea | null)[], budget: number): ValuesBlock[][] {
  const groups: ValuesBlock[][] = [];
  let group: ValuesBlock[] = [];
  let cells = 0;
  areas.forEach((area, sheet) => {
    if (!area) return;
    let start = 0;
    while (start < area.rows) {
      if (cells + area.cols > budget && group.length > 0) {
        groups.push(group);
        group = [];
        cells = 0;
      }
      const rows = Math.max(1, Math.min(area.rows - start, Math.floor((budget - cells) / area.cols)));
      group.push({ sheet, start, end: start + rows - 1 });
      cells += rows * area.cols;
      start += rows;
    }
  });
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Two smaller requests for one Excel found too large, or null when a single row is already too large. */
function splitGroup(group: ValuesBlock[]): [ValuesBlock[], ValuesBlock[]] | null {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const [block] = group;
  if (block.end === block.start) return null;
  const middle = block.start + Math.floor((block.end - block.start + 1) / 2);
  return [[{ ...block, end: middle - 1 }], [{ ...block, start: middle }]];
}

function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

function placeValues(sheet: GridSheet, area: UsedArea, start: number, values: unknown[][]): void {
  values.forEach((row, r) => {
    const out: CellValue[] = new Array(area.col).fill(null);
    for (const v of row) out.push(v === '' || v === undefined ? null : (v as CellValue));
    sheet.rows[area.row + start + r] = out;
  });
}

function topLeft(address: string): { row: number; col: number } {
  const m = /!?\$?([A-Z]+)\$?(\d+)/.exec(address.split('!').pop() ?? 'A1');
  return m ? { row: Number(m[2]) - 1, col: lettersToColumn(m[1]) } : { row: 0, col: 0 };
}

/** Selects a cell the user clicked in the list of issues. One round trip. */
export async function selectCell(run: ExcelRun, cell: CellAddress): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(cell.sheet);
    ws.activate();
    ws.getRange(encodeRange(cell)).select();
    await context.sync();
  });
}
