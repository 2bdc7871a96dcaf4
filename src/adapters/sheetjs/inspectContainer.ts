import * as XLSX from 'xlsx';
import { listZipEntries, type ZipEntry } from '../xlsxFast/screenZip';

export type { ZipEntry };

export type ContainerInfo =
  | { kind: 'zip'; entries: ZipEntry[] }
  | { kind: 'zip-broken' }
  | { kind: 'ole'; streams: string[] }
  | { kind: 'ole-broken' }
  | { kind: 'other' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function inspectContainer(bytes: Uint8Array): ContainerInfo {
  if (startsWith(bytes, ZIP)) {
    const entries = listZipEntries(bytes);
    return entries ? { kind: 'zip', entries } : { kind: 'zip-broken' };
  }
  if (startsWith(bytes, OLE)) {
    try {
      const cfb = XLSX.CFB.read(bytes, { type: 'array' });
      return { kind: 'ole', streams: cfb.FullPaths.map((p: string) => p.replace(/^Root Entry\//, '').replace(/\/$/, '')) };
    } catch {
      return { kind: 'ole-broken' };
    }
  }
  return { kind: 'other' };
}
