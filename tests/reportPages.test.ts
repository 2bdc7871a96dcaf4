import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeDocument } from '../src/adapters/docx/writeDocument';
import { runDemo } from '../src/cli/runDemo';
import { bodyPages, hasTools, toPdf, withLibreOffice } from './helpers/libreOffice';
import { reportOfRound } from './synthesis/reportOfRound';
import { makeSynthesisRound } from './synthesis/synthesisRound';

// The report's length as printed: LibreOffice's PDF of the .docx, its body up to the signature.
// The ceiling is 15 pages; the synthesis is written for 12.
const MAX_BODY_PAGES = 15;
const shots = path.join(__dirname, '..', 'out', 'screenshots');

let work: string;
beforeAll(() => {
  if (hasTools || process.env.CI) work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-pages-'));
});
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

withLibreOffice(
  "the demo's report body fits the page budget; its first two pages are kept as pictures",
  async () => {
    const demo = await runDemo(work, { out: () => undefined });
    const pdf = toPdf(demo.reportPath, work);
    const pages = bodyPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(MAX_BODY_PAGES);
    fs.mkdirSync(shots, { recursive: true });
    for (const page of [1, 2]) execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(shots, `bao-cao-tong-hop-trang-${page}`)]);
    for (const page of [1, 2]) expect(fs.existsSync(path.join(shots, `bao-cao-tong-hop-trang-${page}.png`))).toBe(true);
    fs.writeFileSync(path.join(shots, 'bao-cao-tong-hop-so-trang.txt'), `${pages}\n`);
  },
  240_000,
);

withLibreOffice.each([
  ['dev', 1],
  ['heldout', 3],
] as const)(
  'a round of 30-odd units with long texts (%s, seed %i): the body is at most 15 pages',
  async (style, seed) => {
    const { spec } = reportOfRound(makeSynthesisRound({ seed, style }));
    const file = path.join(work, `${style}-${seed}.docx`);
    fs.writeFileSync(file, await writeDocument(spec));
    const pages = bodyPages(toPdf(file, work));
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(MAX_BODY_PAGES);
  },
  240_000,
);
