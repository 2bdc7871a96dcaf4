/**
 * Remembers what was computed from a part's bytes, for the next file that carries the very same
 * bytes: reports made from one template share their styles, theme, relationships and workbook
 * part byte for byte, and parsing them again for every file was a third of the fast path's work.
 * A hit needs the bytes equal, compared in full, so a file can never borrow another's answer.
 */
export class BytesMemo<T> {
  private readonly byLength = new Map<number, { bytes: Uint8Array; value: T }[]>();
  private count = 0;

  constructor(private readonly limits: { entries: number; bytesPerEntry: number }) {}

  get(bytes: Uint8Array, compute: (bytes: Uint8Array) => T): T {
    const bucket = this.byLength.get(bytes.length);
    const hit = bucket?.find((e) => sameBytes(e.bytes, bytes));
    if (hit) return hit.value;
    const value = compute(bytes);
    // Only parts small enough to keep, and not past the limit: a batch of files from many
    // templates must not grow this without end.
    if (bytes.length <= this.limits.bytesPerEntry && this.count < this.limits.entries) {
      // A copy: the caller's buffer may be reused or released.
      const entry = { bytes: bytes.slice(), value };
      if (bucket) bucket.push(entry);
      else this.byLength.set(bytes.length, [entry]);
      this.count++;
    }
    return value;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // Four bytes at a time where both views allow it.
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) if (wa[i] !== wb[i]) return false;
    for (let i = words << 2; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
