import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { useFastInflater } from './readWorkbookGrid';
import { nativeInflateRaw } from '../xlsxFast/nativeInflateRaw';

// In Node, SheetJS can inflate zips with the native zlib: faster than its JavaScript inflater,
// and a damaged deflate stream becomes an error instead of an endless loop (found by fuzzing).
// SheetJS reads `bytesRead`, which Node deprecates in favour of `bytesWritten`; same number here.
class InflateRaw extends zlib.InflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}

let installed = false;

export function useNativeZlib(): void {
  if (installed) return;
  (XLSX.CFB.utils as unknown as { use_zlib: (z: unknown) => void }).use_zlib({ ...zlib, InflateRaw });
  useFastInflater(nativeInflateRaw);
  installed = true;
}
