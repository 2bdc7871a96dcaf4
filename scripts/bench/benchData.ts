import * as path from 'node:path';
import { makePeriod } from '../../src/core/period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../../src/core/registry/UnitRegistry';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import type { TemplateEntries } from '../../src/core/workbook/fillTemplateWorkbook';
import { createRandom, makeSampleEntries } from '../../src/sample/makeSampleReports';
import { SAMPLE_SECTION_TEXTS } from '../../src/sample/sampleTexts';
import { makeUnitReportDocx, type UnitReportLayout } from '../../tests/helpers/unitReportDocx';

export const BENCH_PERIOD = makePeriod('H1', 2026);
export const BENCH_DEADLINE = '2026-06-22';
export const BENCH_TEMPLATE = DEFAULT_TEMPLATE;

/** A province after 2025: thousands of communes and wards (made-up names). */
export function benchRegistry(n: number): UnitRegistry {
  const kinds = ['xã', 'phường'];
  const units: Unit[] = Array.from({ length: n }, (_, i) => {
    const kind = kinds[i % 2];
    return { code: `T${String(i + 1).padStart(4, '0')}`, name: `Đảng ủy ${kind} Thử Nghiệm ${i + 1}`, kind: `Đảng ủy ${kind}` };
  });
  return { owner: 'Ban Tuyên giáo và Dân vận Tỉnh ủy (thử nghiệm)', units, sample: true };
}

/** A unit's report with texts of realistic length: a few hundred to a few thousand characters a section. */
export function benchEntries(unit: Unit, index: number): TemplateEntries {
  const { entries } = makeSampleEntries({ unit, period: BENCH_PERIOD, reportDate: index % 9 === 0 ? '2026-06-25' : '2026-06-19', seed: index + 1, template: BENCH_TEMPLATE });
  const rand = createRandom(index * 7919 + 13);
  const sections: Record<string, string> = {};
  for (const section of BENCH_TEMPLATE.sections) {
    const pool = SAMPLE_SECTION_TEXTS[section.code].filter((t) => t !== '');
    const target = 300 + Math.floor(rand() * 2700);
    let text = '';
    while (text.length < target) text += (text ? '\n' : '') + pool[Math.floor(rand() * pool.length)].replace(/\{donvi\}/g, unit.name.replace(/^Đảng ủy /, '')).replace(/\{\w+\}/g, String(1 + Math.floor(rand() * 90)));
    sections[section.code] = text;
  }
  return { ...entries, sections };
}

/** A province's Word share: every third unit sends its report as a Word document instead of the workbook. */
export const isWordUnit = (index: number) => index % 3 === 2;

/** How a Word unit laid its report out: by its place among the Word units, one in ten with two sections merged (for the officer to decide). */
export function benchWordLayout(index: number): UnitReportLayout {
  const k = Math.floor(index / 3);
  return k % 10 === 9 ? 'merged' : k % 2 === 0 ? 'typed' : 'styles';
}

/** A Word unit's report (.docx, 8–15 pages): its workbook's content, laid out as a unit writes it in Word. */
export function benchWordReport(unit: Unit, index: number): Uint8Array {
  const report = { entries: benchEntries(unit, index), template: BENCH_TEMPLATE, period: BENCH_PERIOD, unitName: unit.name, superior: 'Đảng bộ tỉnh Thử Nghiệm', seed: index };
  return makeUnitReportDocx(report, benchWordLayout(index)).bytes;
}

/** The files of a round of the first n units in `folder`: every unit's workbook, or with `word`, the Word units' documents instead. */
export function benchFiles(folder: string, n: number, word: boolean): string[] {
  return benchRegistry(n).units.map((u, i) => path.join(folder, `${u.code}.${word && isWordUnit(i) ? 'docx' : 'xlsx'}`));
}
