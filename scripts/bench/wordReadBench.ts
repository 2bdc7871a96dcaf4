import { readDocx } from '../../src/adapters/word/readDocx';
import { nativeInflateRaw } from '../../src/adapters/xlsxFast/nativeInflateRaw';
import { makeSampleReportDocx } from '../../tests/helpers/sampleReportDocx';
import { measureInMemory } from './measureInMemory';

/**
 * Units' Word reports read into their blocks, one thread: N generated .docx of 8 to 15 pages
 * (document.xml of about 220 to 420 KB, as Word writes a report of that length), made first,
 * then read all in one measured step; the heap added holds every document read, as a round does.
 */
export function measureWordReading(n: number): { files: number; msPerFile: number; addedMb: number; averageXmlKb: number; refused: number } {
  const reports = Array.from({ length: n }, (_, i) => makeSampleReportDocx(i + 1, 8 + (i % 8)));
  const averageXmlKb = reports.reduce((sum, r) => sum + r.documentBytes, 0) / n / 1024;
  const { value, seconds, addedMb } = measureInMemory(() => reports.map((r) => readDocx(r.bytes, { inflate: nativeInflateRaw })));
  return { files: n, msPerFile: (seconds * 1000) / n, addedMb, averageXmlKb, refused: value.filter((r) => !r.ok).length };
}

if (require.main === module) {
  const r = measureWordReading(Number(process.env.BENCH_WORD_FILES ?? 300));
  process.stdout.write(`${r.files} báo cáo Word (document.xml trung bình ${r.averageXmlKb.toFixed(0)} KB): ${r.msPerFile.toFixed(1)} ms mỗi tệp, heap +${r.addedMb.toFixed(0)} MB, ${r.refused} tệp bị từ chối\n`);
}
