import type { CellValue, GridName, WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import { decodeReference, encodeRange, lettersToColumn } from '../a1';
import type { ExcelRun } from './excelRun';
import type { CellAddress } from '../../core/issues/Issue';

/**
 * Reads the open workbook into the plain grid the core reads: two round trips whatever its
 * size (the sheet list and the names, then every sheet's used range, values only).
 */
export async function readOpenWorkbook(run: ExcelRun): Promise<WorkbookGrid & { syncs: number }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const names = context.workbook.names;
    names.load('items/name,items/type,items/formula,items/visible');
    await context.sync();
    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('values,address,isNullObject');
      return range;
    });
    await context.sync();
    const gridSheets = sheets.items.map((ws, i) => {
      const range = used[i];
      const rows: CellValue[][] = [];
      if (!range.isNullObject) {
        const origin = topLeft(range.address);
        (range.values as unknown[][]).forEach((row, r) => {
          const out: CellValue[] = new Array(origin.col).fill(null);
          for (const v of row) out.push(v === '' || v === undefined ? null : (v as CellValue));
          rows[origin.row + r] = out;
        });
        for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
      }
      return { name: ws.name, hidden: ws.visibility !== 'Visible', rows };
    });
    const gridNames: GridName[] = [];
    for (const n of names.items) {
      if (n.type !== 'Range' || typeof n.formula !== 'string') continue;
      const at = decodeReference(n.formula);
      if (at) gridNames.push({ name: n.name, ...at });
    }
    // The 1904 date system is not exposed before ExcelApi 1.16; reports made from our template use 1900.
    return { sheets: gridSheets, names: gridNames, date1904: false, syncs: 2 };
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
