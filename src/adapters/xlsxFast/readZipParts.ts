/**
 * Just enough of the zip format to take a few parts out of an .xlsx: the central directory and
 * each wanted entry's data, inflated by the function given (native zlib in Node, SheetJS's
 * inflater in a browser). Anything unusual (zip64, encryption, other compression, sizes that do
 * not add up) is null: the caller then hands the file to SheetJS, never guesses.
 */

import { findEndOfDirectory, u16, u32, type ZipEntry } from './screenZip';

export type InflateRaw = (data: Uint8Array, uncompressedSize: number) => Uint8Array;

interface ZipPart {
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function localHeaderAgrees(bytes: Uint8Array, part: ZipPart, name: Uint8Array): boolean {
  const at = part.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return false;
  if (u16(bytes, at + 6) !== part.flags || u16(bytes, at + 8) !== part.method) return false;
  const nameLength = u16(bytes, at + 26);
  if (nameLength !== name.length || at + 30 + nameLength > bytes.length) return false;
  for (let i = 0; i < nameLength; i++) if (bytes[at + 30 + i] !== name[i]) return false;
  // With a data descriptor (flag bit 3) the local header leaves checksum and sizes at zero.
  if ((part.flags & 0x8) !== 0) return true;
  return u32(bytes, at + 14) === part.crc && u32(bytes, at + 18) === part.compressedSize && u32(bytes, at + 22) === part.uncompressedSize;
}

export interface ZipParts {
  /** Each part's name and sizes as the directory declares them. */
  entries: ZipEntry[];
  /** The part's bytes, inflated; null when it is missing or cannot be taken out safely. */
  read(name: string): Uint8Array | null;
  /** The part as stored, to copy into another zip unchanged; null as for read. */
  stored(name: string): StoredPart | null;
}

export interface StoredPart {
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  uncompressedSize: number;
  data: Uint8Array;
}

export function readZipParts(bytes: Uint8Array, inflate: InflateRaw): ZipParts | null {
  const end = findEndOfDirectory(bytes);
  if (end < 0 || u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) return null;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) return null;
  const parts = new Map<string, ZipPart>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const part: ZipPart = { flags: u16(bytes, at + 8), method: u16(bytes, at + 10), crc: u32(bytes, at + 16), compressedSize: u32(bytes, at + 20), uncompressedSize: u32(bytes, at + 24), localOffset: u32(bytes, at + 42) };
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (part.compressedSize === 0xffffffff || part.uncompressedSize === 0xffffffff || part.localOffset === 0xffffffff) return null;
    // Two entries of one name: which one a reader takes is a guess.
    if (parts.has(name)) return null;
    // The local header must say what the directory says: readers that walk the local headers
    // (SheetJS among them) would otherwise see another file than this one.
    if (!localHeaderAgrees(bytes, part, bytes.subarray(at + 46, at + 46 + nameLength))) return null;
    parts.set(name, part);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  // Each part is inflated once, however often it is asked for.
  const inflated = new Map<string, Uint8Array | null>();
  const stored = (name: string): StoredPart | null => {
    const part = parts.get(name);
    if (!part || (part.flags & 0x1) !== 0 || (part.method !== 0 && part.method !== 8)) return null;
    const local = part.localOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + part.compressedSize > bytes.length) return null;
    return { method: part.method, crc: part.crc, uncompressedSize: part.uncompressedSize, data: bytes.subarray(start, start + part.compressedSize) };
  };
  const take = (name: string): Uint8Array | null => {
    const part = stored(name);
    if (!part) return null;
    let out: Uint8Array;
    if (part.method === 0) {
      out = part.data;
    } else {
      try {
        out = inflate(part.data, part.uncompressedSize);
      } catch {
        return null;
      }
    }
    // No checksum here: SheetJS checks none either, and both read the same bytes the same way;
    // a damaged deflate stream fails to inflate, in both. A stored part's sizes must agree.
    return out.length === part.uncompressedSize ? out : null;
  };
  return {
    entries: [...parts].map(([name, p]) => ({ name, compressedSize: p.compressedSize, uncompressedSize: p.uncompressedSize })),
    read(name) {
      if (!inflated.has(name)) inflated.set(name, take(name));
      return inflated.get(name) ?? null;
    },
    stored,
  };
}
