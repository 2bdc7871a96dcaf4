/*
 * An OLE compound file (Word 97–2003) checked before word-extractor reads it: that library
 * follows the file's sector chains without looking for loops, and a chain that loops (a damaged
 * or crafted file) grows an array until V8 aborts the whole process, no catch can stop it. Here
 * every chain it will follow (the allocation tables', the directory's, each stream's, in the big
 * and the mini sectors) must end, inside the file, without coming back on itself.
 */

const END_OF_CHAIN = -2;
const FREE = -1;
const MINI_CUTOFF = 4096;
const i32 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

/** The sectors of a chain, or null when it leaves the table, loops, or ends on anything but END_OF_CHAIN or FREE. */
function chain(table: Int32Array, start: number, limit: number): number[] | null {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let at = start; at !== END_OF_CHAIN && at !== FREE; at = table[at]) {
    if (at < 0 || at >= limit || at >= table.length || seen.has(at)) return null;
    seen.add(at);
    out.push(at);
  }
  return out;
}

/** Why the file may not be handed to the .doc reader; null when every chain is sound. */
export function oleProblem(bytes: Uint8Array): string | null {
  if (bytes.length < 512 || i32(bytes, 0) !== i32(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0), 0)) return 'not an OLE file';
  const shift = u16(bytes, 30);
  if (shift !== 9 && shift !== 12) return 'sector size';
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size) + 1;
  const sectorAt = (id: number) => size + id * size;
  const fatCount = i32(bytes, 44);
  if (fatCount < 0 || fatCount > sectors) return 'allocation table size';
  // The allocation table's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(i32(bytes, 76 + i * 4));
  const seenDifat = new Set<number>();
  for (let d = i32(bytes, 68); fatSectors.length < fatCount; ) {
    if (d < 0 || d >= sectors || seenDifat.has(d)) return 'DIFAT chain';
    seenDifat.add(d);
    const base = sectorAt(d);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(i32(bytes, base + i * 4));
    d = i32(bytes, base + size - 4);
  }
  if (fatSectors.some((s) => s < 0 || s >= sectors)) return 'allocation table sectors';
  const fat = new Int32Array(fatSectors.length * (size / 4));
  fatSectors.forEach((s, n) => {
    for (let i = 0; i < size / 4; i++) fat[n * (size / 4) + i] = sectorAt(s) + i * 4 + 4 <= bytes.length ? i32(bytes, sectorAt(s) + i * 4) : END_OF_CHAIN;
  });
  const directory = chain(fat, i32(bytes, 48), sectors);
  if (!directory) return 'directory chain';
  const miniFat = i32(bytes, 64) > 0 ? chain(fat, i32(bytes, 60), sectors) : [];
  if (!miniFat) return 'mini allocation table chain';
  const mini = new Int32Array(miniFat.length * (size / 4));
  miniFat.forEach((s, n) => {
    for (let i = 0; i < size / 4; i++) mini[n * (size / 4) + i] = i32(bytes, sectorAt(s) + i * 4);
  });
  let miniSectors = 0;
  for (const [n, sector] of directory.entries()) {
    for (let e = 0; e < size / 128; e++) {
      const at = sectorAt(sector) + e * 128;
      if (at + 128 > bytes.length) return 'directory entry';
      const type = bytes[at + 66];
      const start = i32(bytes, at + 116);
      const length = i32(bytes, at + 120) >>> 0;
      if (type === 5 && n === 0 && e === 0) {
        const root = chain(fat, start, sectors);
        if (!root) return 'mini stream chain';
        miniSectors = (root.length * size) / 64;
      } else if (type === 2 && length >= MINI_CUTOFF ? !chain(fat, start, sectors) : type === 2 && length > 0 && !chain(mini, start, miniSectors)) return 'stream chain';
    }
  }
  return null;
}

/** The compound file's streams by name (the file checked by oleProblem first), or null. */
export function oleStreams(bytes: Uint8Array): Map<string, Uint8Array> | null {
  if (oleProblem(bytes)) return null;
  const size = 1 << u16(bytes, 30);
  const sectors = Math.floor((bytes.length - size) / size) + 1;
  const sectorAt = (id: number) => size + id * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < i32(bytes, 44); i++) fatSectors.push(i32(bytes, 76 + i * 4));
  for (let d = i32(bytes, 68); fatSectors.length < i32(bytes, 44); d = i32(bytes, sectorAt(d) + size - 4)) {
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < i32(bytes, 44); i++) fatSectors.push(i32(bytes, sectorAt(d) + i * 4));
  }
  const fat = new Int32Array(fatSectors.length * (size / 4));
  fatSectors.forEach((s, n) => {
    for (let i = 0; i < size / 4; i++) fat[n * (size / 4) + i] = sectorAt(s) + i * 4 + 4 <= bytes.length ? i32(bytes, sectorAt(s) + i * 4) : END_OF_CHAIN;
  });
  const read = (ids: number[], unit: number, at: (id: number) => number, from: Uint8Array, length: number) => {
    const out = new Uint8Array(length);
    ids.forEach((id, k) => out.set(from.subarray(at(id), Math.min(at(id) + unit, from.length)).subarray(0, Math.max(0, Math.min(unit, length - k * unit))), k * unit));
    return out;
  };
  const directory = chain(fat, i32(bytes, 48), sectors) ?? [];
  const miniFatIds = i32(bytes, 64) > 0 ? (chain(fat, i32(bytes, 60), sectors) ?? []) : [];
  const miniFat = new Int32Array(read(miniFatIds, size, sectorAt, bytes, miniFatIds.length * size).buffer);
  const out = new Map<string, Uint8Array>();
  let miniStream = new Uint8Array(0);
  for (const sector of directory) {
    for (let e = 0; e < size / 128; e++) {
      const at = sectorAt(sector) + e * 128;
      const type = bytes[at + 66];
      const start = i32(bytes, at + 116);
      const length = i32(bytes, at + 120) >>> 0;
      const nameLength = Math.min(64, u16(bytes, at + 64));
      let name = '';
      for (let k = 0; k + 2 < nameLength; k += 2) name += String.fromCharCode(u16(bytes, at + k));
      if (type === 5) {
        const ids = chain(fat, start, sectors) ?? [];
        miniStream = read(ids, size, sectorAt, bytes, ids.length * size);
      } else if (type === 2 && length >= MINI_CUTOFF) out.set(name, read(chain(fat, start, sectors) ?? [], size, sectorAt, bytes, length));
      else if (type === 2) out.set(name, read(chain(miniFat, start, (miniStream.length / 64) | 0) ?? [], 64, (id) => id * 64, miniStream, length));
    }
  }
  return out;
}
