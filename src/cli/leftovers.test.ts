import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFileSystem } from './fileSystem';
import { clearLeftovers, writeJournal } from './leftovers';
import { OutputSet } from './outputSet';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-leftovers-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const DEAD = 999_001;
const ALIVE = 999_002;
const isAlive = (pid: number) => pid === ALIVE;
const put = (name: string, text = name) => fs.writeFileSync(path.join(dir, name), text);
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

test('temporary files of a dead run are removed; those of a live run, and files the tool did not make, are kept', () => {
  put('Tổng hợp.xlsx', 'cũ');
  put(`.tonghop-${DEAD}-abc-1.tmp`);
  put(`.tonghop-${ALIVE}-abc-1.tmp`);
  put('.Tổng hợp.xlsx.4242.tmp'); // the version before wrote these; pid 4242 is not alive here
  put('.ghi-chu.tmp');
  put('.khac.xlsx.4242.tmp'); // no "khac.xlsx" beside it: not ours to judge
  put(`.tonghop-${DEAD}-abc-2.old`); // an old version without a journal: never deleted
  expect(clearLeftovers(nodeFileSystem, dir, isAlive)).toEqual({ finished: 0, removed: 2 });
  expect(fs.readdirSync(dir).sort()).toEqual([`.tonghop-${ALIVE}-abc-1.tmp`, `.tonghop-${DEAD}-abc-2.old`, '.ghi-chu.tmp', '.khac.xlsx.4242.tmp', 'Tổng hợp.xlsx'].sort());
});

test('a dead run that had written its journal is finished: both outputs new, the old versions and the journal removed', () => {
  const at = (name: string) => path.join(dir, name);
  // Killed after moving the old summary aside and putting the new one in place, before the report.
  put('Tổng hợp.xlsx', 'mới');
  put(`.tonghop-${DEAD}-k-1.old`, 'cũ');
  put('Báo cáo.docx', 'cũ');
  put(`.tonghop-${DEAD}-k-2.tmp`, 'mới');
  const journal = {
    entries: [
      { temp: at(`.tonghop-${DEAD}-k-1.tmp`), target: at('Tổng hợp.xlsx'), backup: at(`.tonghop-${DEAD}-k-1.old`) },
      { temp: at(`.tonghop-${DEAD}-k-2.tmp`), target: at('Báo cáo.docx'), backup: at(`.tonghop-${DEAD}-k-2.old`) },
    ],
    copies: [at(`.tonghop-${DEAD}-k.journal`)],
  };
  writeJournal(nodeFileSystem, journal, journal.copies[0]);
  expect(clearLeftovers(nodeFileSystem, dir, isAlive)).toEqual({ finished: 1, removed: 0 });
  expect(fs.readdirSync(dir).sort()).toEqual(['Báo cáo.docx', 'Tổng hợp.xlsx']);
  expect([read('Tổng hợp.xlsx'), read('Báo cáo.docx')]).toEqual(['mới', 'mới']);
});

test('a set claims its folder: leftovers of dead runs are cleared before it writes, and it leaves none of its own', () => {
  put(`.tonghop-${DEAD}-x-1.tmp`);
  const set = new OutputSet({ isAlive, run: { pid: ALIVE, start: 'y' } });
  const a = set.claim(path.join(dir, 'a.txt'), false);
  const b = set.claim(path.join(dir, 'con', 'b.txt'), false);
  set.stageBytes(a, new Uint8Array([65]));
  set.stageBytes(b, new Uint8Array([66]));
  expect(set.commit()).toEqual([a, b]);
  expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'con']);
  expect(fs.readdirSync(path.join(dir, 'con'))).toEqual(['b.txt']);
});

test('a file that appears at a target claimed without overwriting is not replaced, and the set leaves nothing', () => {
  const set = new OutputSet({ isAlive, run: { pid: ALIVE, start: 'z' } });
  const a = set.claim(path.join(dir, 'a.txt'), false);
  set.stageBytes(a, new Uint8Array([65]));
  put('a.txt', 'của người dùng');
  expect(() => set.commit()).toThrow(/đã có\. Dùng --ghi-de/);
  expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  expect(read('a.txt')).toBe('của người dùng');
});

test('a set of many files (more than the letters of the alphabet) is put in place whole', () => {
  const set = new OutputSet({ isAlive, run: { pid: ALIVE, start: 'm' } });
  const targets = Array.from({ length: 40 }, (_, i) => set.claim(path.join(dir, `${i}.txt`), false));
  for (const t of targets) set.stageBytes(t, new Uint8Array([65]));
  expect(set.commit()).toEqual(targets);
  expect(fs.readdirSync(dir).sort()).toEqual(targets.map((t) => path.basename(t)).sort());
});
