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
export const i32 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);
export const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

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

/** The file's sectors as its header and allocation tables lay them out, each chain checked. */
interface OleLayout {
  size: number;
  sectors: number;
  sectorAt: (id: number) => number;
  fat: Int32Array;
  directory: number[];
  mini: Int32Array;
}

/** The layout of a compound file, or why it cannot be followed. */
function oleLayout(bytes: Uint8Array): OleLayout | string {
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
  // A table's sectors read as one run of entries; past the file's end, a chain ends.
  const table = (ids: number[]) => {
    const out = new Int32Array(ids.length * (size / 4));
    ids.forEach((s, n) => {
      for (let i = 0; i < size / 4; i++) out[n * (size / 4) + i] = sectorAt(s) + i * 4 + 4 <= bytes.length ? i32(bytes, sectorAt(s) + i * 4) : END_OF_CHAIN;
    });
    return out;
  };
  const fat = table(fatSectors);
  const directory = chain(fat, i32(bytes, 48), sectors);
  if (!directory) return 'directory chain';
  const miniFat = i32(bytes, 64) > 0 ? chain(fat, i32(bytes, 60), sectors) : [];
  if (!miniFat) return 'mini allocation table chain';
  return { size, sectors, sectorAt, fat, directory, mini: table(miniFat) };
}

/** Each directory entry of the file: its name, type, first sector and length. */
function* entries(bytes: Uint8Array, layout: OleLayout) {
  for (const [n, sector] of layout.directory.entries()) {
    for (let e = 0; e < layout.size / 128; e++) {
      const at = layout.sectorAt(sector) + e * 128;
      if (at + 128 > bytes.length) return;
      let name = '';
      for (let k = 0; k + 2 < Math.min(64, u16(bytes, at + 64)); k += 2) name += String.fromCharCode(u16(bytes, at + k));
      yield { name, type: bytes[at + 66], start: i32(bytes, at + 116), length: i32(bytes, at + 120) >>> 0, root: n === 0 && e === 0 };
    }
  }
}

/** Why the file may not be handed to the .doc reader; null when every chain is sound. */
export function oleProblem(bytes: Uint8Array): string | null {
  const layout = oleLayout(bytes);
  if (typeof layout === 'string') return layout;
  const { size, sectors, fat, mini } = layout;
  if (layout.directory.some((sector) => layout.sectorAt(sector) + size > bytes.length)) return 'directory entry';
  let miniSectors = 0;
  for (const { type, start, length, root } of entries(bytes, layout)) {
    if (type === 5 && root) {
      const stream = chain(fat, start, sectors);
      if (!stream) return 'mini stream chain';
      miniSectors = (stream.length * size) / 64;
    } else if (type === 2 && length >= MINI_CUTOFF ? !chain(fat, start, sectors) : type === 2 && length > 0 && !chain(mini, start, miniSectors)) return 'stream chain';
  }
  return null;
}

/** The compound file's streams by name (only a file oleProblem passes), or null. */
export function oleStreams(bytes: Uint8Array): Map<string, Uint8Array> | null {
  if (oleProblem(bytes)) return null;
  const layout = oleLayout(bytes) as OleLayout;
  const { size, sectors, sectorAt, fat, mini } = layout;
  const read = (ids: number[], unit: number, at: (id: number) => number, from: Uint8Array, length: number) => {
    const out = new Uint8Array(length);
    ids.forEach((id, k) => out.set(from.subarray(at(id), Math.min(at(id) + unit, from.length)).subarray(0, Math.max(0, Math.min(unit, length - k * unit))), k * unit));
    return out;
  };
  const out = new Map<string, Uint8Array>();
  let miniStream = new Uint8Array(0);
  for (const { name, type, start, length } of entries(bytes, layout)) {
    if (type === 5) {
      const ids = chain(fat, start, sectors) ?? [];
      miniStream = read(ids, size, sectorAt, bytes, ids.length * size);
    } else if (type === 2 && length >= MINI_CUTOFF) out.set(name, read(chain(fat, start, sectors) ?? [], size, sectorAt, bytes, length));
    else if (type === 2) out.set(name, read(chain(mini, start, (miniStream.length / 64) | 0) ?? [], 64, (id) => id * 64, miniStream, length));
  }
  return out;
}
