import ExcelJS from 'exceljs';
import type { SheetSpec, WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import { encodeRange } from '../a1';
import { finishSheet, sheetOptions, writeCell } from './writeCell';

/** Renders a sheet spec to a styled .xlsx. Writing only: never give ExcelJS an untrusted file. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.properties.creator;
  wb.title = spec.properties.title;
  if (spec.properties.subject) wb.subject = spec.properties.subject;
  // A fixed date keeps the output stable for the same input.
  wb.created = spec.properties.created ? new Date(`${spec.properties.created}T00:00:00Z`) : new Date(0);
  wb.modified = wb.created;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheetSpec of spec.sheets) await renderSheet(wb, sheetSpec, spec.font);
  for (const n of spec.names) wb.definedNames.add(encodeRange(n.range, { absolute: true, withSheet: true }), n.name);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

async function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, font: WorkbookSpec['font']): Promise<void> {
  const ws = wb.addWorksheet(spec.name, sheetOptions(spec));
  ws.columns = spec.columns.map((width, i) => ({ width, hidden: spec.hiddenColumns?.includes(i), style: { font: { name: font.name, size: font.size } } }));
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  for (const row of spec.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  for (const c of spec.cells) writeCell(ws.getCell(c.row + 1, c.col + 1), c, spec.name, font);
  for (const m of spec.merges) ws.mergeCells(m.row + 1, m.col + 1, m.rowEnd + 1, m.colEnd + 1);
  await finishSheet(ws, spec);
}

