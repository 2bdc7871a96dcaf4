import { BytesMemo } from './BytesMemo';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('BytesMemo', () => {
  it('computes once for equal bytes, and again for other bytes of the same length', () => {
    const memo = new BytesMemo<string>({ entries: 8, bytesPerEntry: 1024 });
    const compute = jest.fn((b: Uint8Array) => new TextDecoder().decode(b).toUpperCase());
    expect(memo.get(bytes('<a>xyz</a>'), compute)).toBe('<A>XYZ</A>');
    expect(memo.get(bytes('<a>xyz</a>'), compute)).toBe('<A>XYZ</A>');
    expect(compute).toHaveBeenCalledTimes(1);
    // Same length, one byte apart: never the other file's answer.
    expect(memo.get(bytes('<a>xyw</a>'), compute)).toBe('<A>XYW</A>');
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('compares every byte, whatever the alignment of the views', () => {
    const memo = new BytesMemo<number>({ entries: 8, bytesPerEntry: 1024 });
    const base = new Uint8Array(64).map((_, i) => i);
    memo.get(base.subarray(0, 33), () => 1);
    const shifted = new Uint8Array(70);
    shifted.set(base.subarray(0, 33), 1);
    expect(memo.get(shifted.subarray(1, 34), () => 2)).toBe(1);
    const lastDiffers = base.slice(0, 33);
    lastDiffers[32] = 99;
    expect(memo.get(lastDiffers, () => 3)).toBe(3);
    const firstWordDiffers = base.slice(0, 33);
    firstWordDiffers[1] = 99;
    expect(memo.get(firstWordDiffers, () => 4)).toBe(4);
  });

  it('keeps a copy, so a buffer reused by the caller cannot change what was remembered', () => {
    const memo = new BytesMemo<string>({ entries: 8, bytesPerEntry: 1024 });
    const buffer = bytes('abcd');
    memo.get(buffer, () => 'first');
    buffer[0] = 0x7a;
    expect(memo.get(buffer, () => 'second')).toBe('second');
    expect(memo.get(bytes('abcd'), () => 'third')).toBe('first');
  });

  it('remembers nothing when the computation throws, and stays within its limits', () => {
    const memo = new BytesMemo<string>({ entries: 2, bytesPerEntry: 4 });
    expect(() => memo.get(bytes('bad'), () => { throw new Error('not well-formed'); })).toThrow('not well-formed');
    expect(memo.get(bytes('bad'), () => 'now fine')).toBe('now fine');
    // Too long to keep: computed every time.
    const long = jest.fn(() => 'long');
    memo.get(bytes('12345'), long);
    memo.get(bytes('12345'), long);
    expect(long).toHaveBeenCalledTimes(2);
    // Full after two entries: a third is computed every time.
    memo.get(bytes('b'), () => 'b');
    const third = jest.fn(() => 'c');
    memo.get(bytes('c'), third);
    memo.get(bytes('c'), third);
    expect(third).toHaveBeenCalledTimes(2);
  });
});
