import * as XLSX from 'xlsx';

// Test helpers that edit a workbook the way a person does in Excel: Excel moves defined names
// along with inserted rows and renamed sheets, so these do too. A1 strings are fine here.

function shiftRef(ref: string, sheet: string, at: number, count: number): string {
  return ref.replace(/((?:'(?:[^']|'')+'|[^!'=:,]+))!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?/g, (whole, s: string, c1: string, r1: string, c2?: string, r2?: string) => {
    const name = s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
    if (name !== sheet) return whole;
    const move = (r: string) => (Number(r) - 1 >= at ? Number(r) + count : Number(r));
    return `${s}!$${c1}$${move(r1)}${c2 ? `:$${c2}$${move(r2!)}` : ''}`;
  });
}

/** Inserts `count` empty rows before zero-based row `at`. */
export function insertRows(wb: XLSX.WorkBook, sheet: string, at: number, count: number): void {
  const ws = wb.Sheets[sheet];
  const range = XLSX.utils.decode_range(ws['!ref']!);
  for (let r = range.e.r; r >= at; r--) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const from = XLSX.utils.encode_cell({ r, c });
      if (ws[from]) ws[XLSX.utils.encode_cell({ r: r + count, c })] = ws[from];
      delete ws[from];
    }
  }
  range.e.r += count;
  ws['!ref'] = XLSX.utils.encode_range(range);
  ws['!merges'] = (ws['!merges'] ?? []).map((m) => ({
    s: { c: m.s.c, r: m.s.r >= at ? m.s.r + count : m.s.r },
    e: { c: m.e.c, r: m.e.r >= at ? m.e.r + count : m.e.r },
  }));
  ws['!rows'] = undefined;
  for (const n of wb.Workbook?.Names ?? []) n.Ref = shiftRef(n.Ref, sheet, at, count);
}

export function renameSheet(wb: XLSX.WorkBook, from: string, to: string): void {
  const i = wb.SheetNames.indexOf(from);
  wb.SheetNames[i] = to;
  wb.Sheets[to] = wb.Sheets[from];
  delete wb.Sheets[from];
  const quotedFrom = `'${from.replace(/'/g, "''")}'!`;
  const quotedTo = `'${to.replace(/'/g, "''")}'!`;
  for (const n of wb.Workbook?.Names ?? []) n.Ref = n.Ref.split(quotedFrom).join(quotedTo);
}

export function setCell(wb: XLSX.WorkBook, sheet: string, address: string, value: string | number): void {
  wb.Sheets[sheet][address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
}

export function openForEditing(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
}

export function saveEdited(wb: XLSX.WorkBook, bookType: 'xlsx' | 'ods' | 'biff8' = 'xlsx'): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}
