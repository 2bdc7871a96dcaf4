/**
 * An in-memory FAKE of the small part of the Excel JavaScript API that src/adapters/office
 * uses. It is not Excel: it computes no formulas and draws nothing. What it does faithfully:
 * properties that must be loaded throw until `load()` and `context.sync()` have run, as in
 * Office; it counts every sync and every request, and measures each sync's payload, so tests
 * can prove the adapter batches its work.
 */
import type { ExcelRun } from '../../src/adapters/office/excelRun';
import { decodeReference, encodeRange, lettersToColumn } from '../../src/adapters/a1';

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  format: Record<string, unknown>;
  numberFormat?: string;
  locked: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor?: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: string[];
  validations: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[];
  protected?: Record<string, unknown>;
  frozen?: { rows?: number; at?: string };
  pageLayout: Record<string, unknown>;
  charts: { type: string; source: string; title?: string; position?: [string, string] }[];
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  names: Map<string, { sheet: string; address: string }>;
  active?: string;
  selected?: { sheet: string; address: string };
}

export interface FakeStats {
  runs: number;
  syncs: number;
  requests: number;
  /** Bytes of the payload sent at each sync, as JSON would carry it. */
  payloads: number[];
  /** Bytes of the values Excel sent back at each sync, as JSON would carry them (0 when it refused). */
  responses: number[];
  /** Syncs that failed because the values asked for were above the response limit. */
  refusedResponses: number;
}

class NotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

const key = (r: number, c: number) => `${r},${c}`;
/** Excel on the web refuses to send back more than 5 MB at one sync. */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

function parseAddress(address: string): { row: number; col: number; rowEnd: number; colEnd: number } {
  const local = address.includes('!') ? address.split('!').pop()! : address;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) return { row: Number(rows[1]) - 1, col: 0, rowEnd: Number(rows[2]) - 1, colEnd: 16383 };
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(local);
  if (!m) throw Object.assign(new Error(`Bad address ${address}`), { code: 'InvalidArgument' });
  const row = Number(m[2]) - 1;
  const col = lettersToColumn(m[1]);
  return { row, col, rowEnd: m[4] ? Number(m[4]) - 1 : row, colEnd: m[3] ? lettersToColumn(m[3]) : col };
}

/**
 * Members the adapter uses that need more than the manifest's ExcelApi 1.8, with the set that
 * brought them (from the type definitions). The fake refuses them on an older Excel, as Excel
 * does, so a test fails when the adapter uses one without checking the capability first.
 */
export const REQUIREMENT_SETS: Record<string, number> = {
  'format.indentLevel': 1.9,
  'worksheet.pageLayout': 1.9,
};

/** An empty visible sheet, for tests that start from a workbook of their own. */
export function newFakeSheet(name: string): FakeSheet {
  return { name, visibility: 'Visible', cells: new Map(), columnWidths: new Map(), rowHeights: new Map(), merges: [], validations: [], pageLayout: {}, charts: [] };
}

/**
 * A fault Excel raises at a sync, as Office does (a protected or read-only workbook: AccessDenied;
 * the user typing in a cell: InvalidOperationInCellEditMode; the workbook closed: InactiveWorkbook;
 * Excel on the web's request limit: RequestPayloadSizeLimitExceeded). What was queued before the
 * failing sync stays applied, as in Excel, so a half-written sheet shows in the state.
 */
export interface InjectedFault {
  code: string;
  /** The sync (1-based, counted over the fake's life) that fails first. */
  atSync: number;
  /** Every later sync fails too (the workbook is gone), instead of that one only. */
  lasting?: boolean;
}

export function createFakeExcel(initial?: Partial<FakeWorkbookState>, options: { excelApi?: number; fault?: InjectedFault } = {}) {
  const excelApi = options.excelApi ?? 1.9;
  const requires = (member: string) => {
    const needed = REQUIREMENT_SETS[member];
    if (needed !== undefined && needed > excelApi) throw Object.assign(new Error(`${member} needs ExcelApi ${needed}; this Excel has ${excelApi}`), { code: 'ApiNotFound' });
  };
  const state: FakeWorkbookState = { sheets: initial?.sheets ?? [], names: initial?.names ?? new Map(), active: initial?.active };
  const stats: FakeStats = { runs: 0, syncs: 0, requests: 0, payloads: [], responses: [], refusedResponses: 0 };
  let payload = 0;
  let response = 0;
  /** Values read back as JSON, counted against Excel on the web's 5 MB response limit. */
  const respond = <T>(data: T): T => {
    response += JSON.stringify(data).length;
    return data;
  };
  let synced = 0; // increments at every sync: loaded values become readable after it
  const request = (data: unknown) => {
    stats.requests++;
    payload += JSON.stringify(data ?? null).length + 20;
  };

  const findSheet = (name: string) => state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  /** A loadable property: readable only after load() and a later sync. */
  function loadable<T>(compute: () => T) {
    let loadedAt = -1;
    let value: T;
    return {
      load() {
        loadedAt = synced;
        request('load');
      },
      resolve() {
        // A snapshot taken at the first sync after load(), as Office does.
        if (loadedAt >= 0 && loadedAt === synced - 1) value = compute();
      },
      get(): T {
        if (loadedAt < 0 || loadedAt >= synced) throw new NotLoaded('The property has not been loaded; call load() and context.sync() first.');
        return value;
      },
    };
  }
  const pendingResolves: (() => void)[] = [];
  const pageLayoutOf = (sheet: FakeSheet) =>
    new Proxy({} as Record<string, unknown>, {
      set(_t, prop: string, v) {
        request(v);
        sheet.pageLayout[prop] = v;
        return true;
      },
    });

  function makeRange(sheet: FakeSheet, address: string) {
    const a = parseAddress(address);
    const each = (fn: (cell: FakeCell, r: number, c: number) => void) => {
      for (let r = a.row; r <= a.rowEnd; r++) {
        for (let c = a.col; c <= Math.min(a.colEnd, a.col + 500); c++) {
          let cell = sheet.cells.get(key(r, c));
          if (!cell) {
            cell = { value: null, format: {}, locked: true };
            sheet.cells.set(key(r, c), cell);
          }
          fn(cell, r, c);
        }
      }
    };
    const setFormat = (path: string, v: unknown) => {
      requires(`format.${path}`);
      request([path, v]);
      if (path === 'columnWidth') for (let c = a.col; c <= a.colEnd; c++) sheet.columnWidths.set(c, v as number);
      else if (path === 'rowHeight') for (let r = a.row; r <= a.rowEnd; r++) sheet.rowHeights.set(r, v as number);
      else if (path === 'protection.locked') each((cell) => (cell.locked = v as boolean));
      else each((cell) => (cell.format[path] = v));
    };
    const formatProxy = (prefix: string): Record<string, unknown> =>
      new Proxy({} as Record<string, unknown>, {
        set(_t, prop: string, v) {
          setFormat(prefix + prop, v);
          return true;
        },
        get(_t, prop: string) {
          if (['font', 'fill', 'protection'].includes(prop)) return formatProxy(`${prefix}${prop}.`);
          if (prop === 'borders') return { getItem: (edge: string) => formatProxy(`${prefix}borders.${edge}.`) };
          throw new Error(`The fake does not support format.${prefix}${prop}`);
        },
      });
    const readValues = () => Array.from({ length: a.rowEnd - a.row + 1 }, (_, r) => Array.from({ length: a.colEnd - a.col + 1 }, (_, c) => sheet.cells.get(key(a.row + r, a.col + c))?.value ?? ''));
    const loadedValues = loadable(() => respond(readValues()));
    pendingResolves.push(loadedValues.resolve);
    const range = {
      sheet,
      set values(grid: unknown[][]) {
        range.formulas = grid;
      },
      set formulas(grid: unknown[][]) {
        request(grid);
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = sheet.cells.get(key(a.row + r, a.col + c)) ?? { value: null, format: {}, locked: true };
            if (typeof v === 'string' && v.startsWith('=')) {
              cell.formula = v;
              cell.value = null;
            } else {
              cell.formula = undefined;
              cell.value = v === '' ? null : typeof v === 'string' && v.startsWith("'") ? v.slice(1) : (v as FakeCell['value']);
            }
            sheet.cells.set(key(a.row + r, a.col + c), cell);
          }),
        );
      },
      set columnHidden(v: boolean) {
        request(v);
        for (let c = a.col; c <= a.colEnd; c++) sheet.columnWidths.set(c, v ? 0 : sheet.columnWidths.get(c) ?? 0);
      },
      set rowHidden(v: boolean) {
        request(v);
        for (let r = a.row; r <= a.rowEnd; r++) sheet.rowHeights.set(r, v ? 0 : sheet.rowHeights.get(r) ?? 0);
      },
      set numberFormat(grid: string[][]) {
        request(grid);
        each((cell, r, c) => (cell.numberFormat = grid[r - a.row][c - a.col]));
      },
      format: formatProxy(''),
      dataValidation: new Proxy({} as Record<string, unknown>, {
        set(_t, prop: string, v) {
          request(v);
          let entry = sheet.validations.find((x) => x.address === address);
          if (!entry) sheet.validations.push((entry = { address }));
          (entry as Record<string, unknown>)[prop] = v;
          return true;
        },
      }),
      merge() {
        request('merge');
        sheet.merges.push(address);
      },
      select() {
        request('select');
        state.selected = { sheet: sheet.name, address };
      },
      load: loadedValues.load,
      get address() {
        return `${sheet.name}!${address}`;
      },
      get values(): unknown[][] {
        return loadedValues.get();
      },
    };
    return range;
  }

  /** `loaded`: the sheet came from a loaded collection, so its loaded properties are readable. */
  function makeSheetApi(sheet: FakeSheet, loaded = false) {
    const snapshot = sheet.visibility;
    return {
      get name() {
        return sheet.name;
      },
      get visibility() {
        if (!loaded) throw new NotLoaded('visibility has not been loaded');
        return snapshot;
      },
      set visibility(v: FakeSheet['visibility']) {
        request(v);
        sheet.visibility = v;
      },
      set tabColor(v: string) {
        request(v);
        sheet.tabColor = v;
      },
      getRange: (address: string) => makeRange(sheet, address),
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        request('usedRange');
        let loaded = -1;
        let snapshot: { isNullObject: boolean; address: string; rowCount: number; columnCount: number; values: unknown[][] } | undefined;
        const compute = () => {
          const filled = [...sheet.cells.entries()].filter(([, c]) => c.value !== null && c.value !== '' || (!valuesOnly && (c.formula || Object.keys(c.format).length > 0)));
          if (filled.length === 0) return { isNullObject: true, address: '', rowCount: 0, columnCount: 0, values: [] };
          const pos = filled.map(([k]) => k.split(',').map(Number));
          const r0 = Math.min(...pos.map((p) => p[0]));
          const c0 = Math.min(...pos.map((p) => p[1]));
          const r1 = Math.max(...pos.map((p) => p[0]));
          const c1 = Math.max(...pos.map((p) => p[1]));
          const values = Array.from({ length: r1 - r0 + 1 }, (_, r) => Array.from({ length: c1 - c0 + 1 }, (_, c) => sheet.cells.get(key(r0 + r, c0 + c))?.value ?? ''));
          return { isNullObject: false, address: `${sheet.name}!${encodeRange({ row: r0, col: c0, rowEnd: r1, colEnd: c1 })}`, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1, values };
        };
        let wantsValues = false;
        pendingResolves.push(() => {
          if (loaded >= 0 && loaded < synced && !snapshot) {
            snapshot = compute();
            if (wantsValues) respond(snapshot.values);
          }
        });
        const read = <K extends 'isNullObject' | 'address' | 'rowCount' | 'columnCount' | 'values'>(k: K) => {
          if (!snapshot) throw new NotLoaded(`${k} has not been loaded`);
          if (k === 'values' && !wantsValues) throw new NotLoaded('values has not been loaded');
          return snapshot[k];
        };
        return {
          load(props: string) {
            loaded = synced;
            wantsValues = props.split(',').map((p) => p.trim()).includes('values');
          },
          get rowCount() {
            return read('rowCount');
          },
          get columnCount() {
            return read('columnCount');
          },
          get isNullObject() {
            return read('isNullObject');
          },
          get address() {
            return read('address');
          },
          get values() {
            return read('values');
          },
        };
      },
      freezePanes: {
        freezeRows(rows: number) {
          request(rows);
          sheet.frozen = { rows };
        },
        freezeAt(range: { address: string }) {
          request(range.address);
          sheet.frozen = { at: range.address };
        },
      },
      protection: {
        protect(options?: Record<string, unknown>) {
          request(options);
          sheet.protected = options ?? {};
        },
      },
      get pageLayout() {
        requires('worksheet.pageLayout');
        return pageLayoutOf(sheet);
      },
      charts: {
        add(type: string, source: { address: string }, _seriesBy?: string) {
          request([type, source.address]);
          const chart: FakeSheet['charts'][number] = { type, source: source.address };
          sheet.charts.push(chart);
          return {
            title: {
              set text(t: string) {
                chart.title = t;
              },
            },
            legend: { visible: true },
            setPosition(from: string, to: string) {
              chart.position = [from, to];
            },
          };
        },
      },
      activate() {
        request('activate');
        state.active = sheet.name;
      },
      delete() {
        request('delete');
        state.sheets = state.sheets.filter((s) => s !== sheet);
        for (const [name, at] of state.names) if (at.sheet === sheet.name) state.names.delete(name);
      },
    };
  }

  function makeContext() {
    const sheetItems = loadable(() => state.sheets.map((s) => makeSheetApi(s, true)));
    const nameItems = loadable(() =>
      [...state.names.entries()].map(([name, at]) => ({
        name,
        type: 'Range',
        visible: true,
        formula: `='${at.sheet.replace(/'/g, "''")}'!${at.address}`,
      })),
    );
    pendingResolves.push(sheetItems.resolve, nameItems.resolve);
    const worksheets = {
      load: (_props?: string) => sheetItems.load(),
      get items() {
        return sheetItems.get();
      },
      add(name: string) {
        request(name);
        if (findSheet(name)) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
        if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw Object.assign(new Error(`Invalid sheet name ${name}`), { code: 'InvalidArgument' });
        const sheet = newFakeSheet(name);
        state.sheets.push(sheet);
        return makeSheetApi(sheet);
      },
      getItem(name: string) {
        const sheet = findSheet(name);
        if (!sheet) throw Object.assign(new Error(`No sheet ${name}`), { code: 'ItemNotFound' });
        return makeSheetApi(sheet);
      },
    };
    const names = {
      load: (_props?: string) => nameItems.load(),
      get items() {
        return nameItems.get();
      },
      getItem(name: string) {
        return {
          delete() {
            request(['deleteName', name]);
            state.names.delete(name);
          },
        };
      },
      add(name: string, range: { sheet: FakeSheet; address: string }) {
        request(name);
        if (state.names.has(name)) throw Object.assign(new Error(`Name ${name} exists`), { code: 'ItemAlreadyExists' });
        const local = range.address.split('!').pop()!;
        state.names.set(name, { sheet: range.sheet.name, address: local });
      },
    };
    return {
      workbook: { worksheets, names },
      async sync() {
        stats.syncs++;
        const fault = options.fault;
        if (fault && (stats.syncs === fault.atSync || (fault.lasting && stats.syncs > fault.atSync))) {
          payload = 0;
          throw Object.assign(new Error(`Injected ${fault.code}`), { code: fault.code });
        }
        stats.payloads.push(payload);
        payload = 0;
        synced++;
        for (const resolve of pendingResolves) resolve();
        const sent = response;
        response = 0;
        stats.responses.push(sent > RESPONSE_LIMIT_BYTES ? 0 : sent);
        if (sent > RESPONSE_LIMIT_BYTES) stats.refusedResponses++;
        if (sent > RESPONSE_LIMIT_BYTES) throw Object.assign(new Error(`The response of ${sent} bytes is above the limit`), { code: 'ResponsePayloadSizeLimitExceeded' });
      },
    };
  }

  const run: ExcelRun = async (batch) => {
    stats.runs++;
    return batch(makeContext() as unknown as Excel.RequestContext);
  };

  /** Test helper: the value of a cell by A1 address, as Excel would show it (formulas as text). */
  function cell(sheetName: string, address: string): FakeCell | undefined {
    const sheet = findSheet(sheetName);
    const at = decodeReference(`'${sheetName}'!${address}`);
    return sheet && at ? sheet.cells.get(key(at.row, at.col)) : undefined;
  }

  return { run, state, stats, cell };
}
