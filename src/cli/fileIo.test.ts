import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeStreamSafely } from './fileIo';

describe('writeStreamSafely', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-fileio-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes through a temporary file and puts the result in place', async () => {
    const target = path.join(dir, 'Tổng hợp.xlsx');
    await writeStreamSafely(target, false, async (stream) => {
      stream.end('nội dung');
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('nội dung');
    expect(fs.readdirSync(dir)).toEqual(['Tổng hợp.xlsx']);
  });

  it('ends with the disk error when the writer is left waiting, and leaves nothing behind', async () => {
    const target = path.join(dir, 'Tổng hợp.xlsx');
    // The writer waits for a drain that never comes, as a full disk would leave it.
    const job = writeStreamSafely(target, false, (stream) => {
      stream.destroy(new Error('ENOSPC: đĩa đầy'));
      return new Promise<void>(() => undefined);
    });
    await expect(job).rejects.toThrow('ENOSPC');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
