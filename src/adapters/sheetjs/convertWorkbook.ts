import * as XLSX from 'xlsx';

/** Re-saves our own .xlsx as .ods or .xls, as LibreOffice or an old Excel would (sample data only). A shared string table keeps texts over 255 characters whole in .xls. */
export function convertWorkbook(xlsx: Uint8Array, format: 'ods' | 'xls'): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'array' });
  const out = XLSX.write(wb, { bookType: format === 'xls' ? 'biff8' : 'ods', type: 'array', bookSST: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
