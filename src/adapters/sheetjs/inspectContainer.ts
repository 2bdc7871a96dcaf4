import * as XLSX from 'xlsx';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ContainerInfo =
  | { kind: 'zip'; entries: ZipEntry[] }
  | { kind: 'zip-broken' }
  | { kind: 'ole'; streams: string[] }
  | { kind: 'ole-broken' }
  | { kind: 'other' };

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/**
 * Lists a zip's entries from its central directory without inflating anything, so that a file
 * that would inflate to gigabytes (a zip bomb) is refused before any parser touches it.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const stop = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressedSize: u32(bytes, at + 20), uncompressedSize: u32(bytes, at + 24) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

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
