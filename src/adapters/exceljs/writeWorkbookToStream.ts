import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../core/workbook/WorkbookSpec';
import { encodeRange } from '../a1';
import { finishSheet, sheetOptions, writeCell, type AnySheet } from './writeCell';

// The streaming writer's own module of exceljs 4.4.0 (pinned exactly): the package's entry also
// loads its readers, CSV and everything else, a tenth of a second more before the first row.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer') as typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Writes the spec row by row to a stream, releasing each row once written, so a summary of
 * thousands of units never sits whole in memory. Only for specs whose merges stay within one
 * row (the summary's); strings are written inline.
 */
export async function writeWorkbookToStream(spec: WorkbookSpec, stream: Writable): Promise<void> {
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = spec.properties.creator;
  wb.created = spec.properties.created ? new Date(`${spec.properties.created}T00:00:00Z`) : new Date(0);
  wb.modified = wb.created;
  for (const sheetSpec of spec.sheets) {
    if (sheetSpec.merges.some((m) => m.rowEnd !== m.row)) throw new Error(`Sheet ${sheetSpec.name} has a merge across rows; stream writing cannot do it`);
    const ws = wb.addWorksheet(sheetSpec.name, sheetOptions(sheetSpec)) as unknown as AnySheet;
    ws.columns = sheetSpec.columns.map((width, i) => ({ width, hidden: sheetSpec.hiddenColumns?.includes(i), style: { font: { name: spec.font.name, size: spec.font.size } } }));
    const byRow = groupByRow(sheetSpec.cells);
    const mergesByRow = groupByRow(sheetSpec.merges);
    const hiddenRows = new Set(sheetSpec.hiddenRows);
    // reduce, not Math.max(...rows): spreading 130,000 rows as arguments overflows the call stack.
    const lastRow = [...byRow.keys(), ...Object.keys(sheetSpec.rowHeights).map(Number)].reduce((m, r) => Math.max(m, r), -1);
    for (let r = 0; r <= lastRow; r++) {
      const row = ws.getRow(r + 1);
      if (sheetSpec.rowHeights[r] !== undefined) row.height = sheetSpec.rowHeights[r];
      if (hiddenRows.has(r)) row.hidden = true;
      for (const c of byRow.get(r) ?? []) writeCell(row.getCell(c.col + 1), c, sheetSpec.name, spec.font);
      for (const m of mergesByRow.get(r) ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.rowEnd + 1, m.colEnd + 1);
      row.commit();
      if (r % 100 === 99) await catchUp(ws, stream);
    }
    await finishSheet(ws, sheetSpec);
    (ws as unknown as { commit(): void }).commit();
  }
  // ExcelJS keeps a defined name as a matrix of cell objects and rebuilds its range at commit:
  // about 2 KB a name, and a summary of 3,000 units has 36,000 names (one per nomination cell).
  // Its writer reads only `model`, so it gets the finished list (same text; a test compares).
  const names = spec.names.map((n) => ({ name: n.name, ranges: [encodeRange(n.range, { absolute: true, withSheet: true })] }));
  (wb as unknown as { _definedNames: { model: typeof names } })._definedNames = { model: names };
  await wb.commit();
}

function groupByRow<T extends { row: number }>(items: readonly T[]): Map<number, T[]> {
  const byRow = new Map<number, T[]>();
  for (const item of items) {
    const list = byRow.get(item.row);
    if (list) list.push(item);
    else byRow.set(item.row, [item]);
  }
  return byRow;
}

/** The entry stream archiver reads a sheet from; readable-stream 2 has no writableNeedDrain. */
interface ZipEntryInput {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Lets the zip and the file catch up, so written rows leave memory instead of queueing in it.
 * ExcelJS hands each sheet's XML to the zip through a PassThrough (archiver wraps ExcelJS's
 * buffer stream in one as soon as the sheet starts) and ignores its back-pressure, so a sheet of
 * 40,000 long texts would otherwise sit whole in memory until deflated. Waiting for that
 * PassThrough to drain is safe: every earlier entry of the zip is already complete, so the zip
 * is either deflating this sheet or will reach it. Internals of exceljs 4.4.0 (pinned exactly);
 * if they change, this falls back to yielding to the event loop, and a test measures the memory.
 */
async function catchUp(ws: AnySheet, file: Writable): Promise<void> {
  const sink = (ws as unknown as { _stream?: { pipes?: ZipEntryInput[] } })._stream?.pipes?.[0];
  if (sink?._writableState?.needDrain) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
  else await new Promise((resolve) => setImmediate(resolve));
  if (file.writableNeedDrain) await new Promise((resolve) => file.once('drain', resolve));
}
