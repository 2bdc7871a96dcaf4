import { readWordFile } from '../wt-wordread/src/adapters/word/readWordFile';
import { readDoc } from '../wt-wordread/src/adapters/word/readDoc';
import { nativeInflateRaw } from './src/adapters/xlsxFast/nativeInflateRaw';
import { loadWordFixtures } from '../wt-worddev/tests/word/loadWordFixtures';
import { readWordReport } from './src/core/wordReport/readWordReport';
import { DEFAULT_TEMPLATE } from './src/core/template/builtinTemplates';
(async () => {
  const f = loadWordFixtures('dev').find((x) => x.name.includes(process.env.ONLY!))!;
  const r = await readWordFile(new Uint8Array(f.bytes), f.name, { inflate: nativeInflateRaw, readDoc });
  if (!r.ok) return;
  if (process.env.BLOCKS) for (const b of r.document.blocks) console.log(JSON.stringify(b).slice(0, 220));
  const reading = readWordReport(r.document, DEFAULT_TEMPLATE, { periodKind: 'Q2' });
  const code = process.env.CODE;
  for (const s of reading.sections) if (!code || s.codes.includes(code)) console.log('READ', s.codes, s.certainty, JSON.stringify(s.text.slice(0, 400)));
  for (const s of f.truth.sections) if (!code || s.codes.includes(code)) console.log('TRUTH', s.codes, JSON.stringify(s.paragraphs.join('\n').slice(0, 400)));
})();
