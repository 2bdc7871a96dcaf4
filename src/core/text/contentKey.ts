/**
 * A short key for a file's content (FNV-1a, 64 bits, as 16 hex digits): the same bytes give the
 * same key on every machine and in every door, so a decision taken on a file is found again the
 * next time the same file is read. Not a security hash: it only recognises a file already seen.
 */
export function contentKey(bytes: Uint8Array): string {
  // Two 32-bit halves of the 64-bit FNV-1a state, multiplied by the FNV prime 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ bytes[i]) >>> 0;
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
