import { PERIOD_KIND_LABELS, type ReportingPeriod } from '../core/period/ReportingPeriod';
import type { Unit, UnitRegistry } from '../core/registry/UnitRegistry';
import type { ReportTemplate } from '../core/template/ReportTemplate';
import { addDays, type IsoDate } from '../core/text/calendarDate';
import type { TemplateEntries } from '../core/workbook/fillTemplateWorkbook';
import { SAMPLE_NOMINATIONS, SAMPLE_SECTION_TEXTS } from './sampleTexts';

/** A small deterministic generator (mulberry32): same seed, same sample data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

/** "Đảng ủy phường Ba Đình" → "phường Ba Đình", as a report refers to its own unit. */
export function shortUnitName(name: string): string {
  return name.replace(/^(Đảng ủy|Đảng bộ)\s+/u, '');
}

/** Realistic figures for one unit: counts within each other's bounds. */
export function makeSampleFigures(rand: () => number): Record<string, number> {
  const members = between(rand, 280, 2600);
  const studied = Math.round(members * (0.86 + rand() * 0.13));
  return {
    tong_dang_vien: members,
    vb_chi_dao: between(rand, 2, 12),
    hn_quan_triet: between(rand, 3, 30),
    dv_hoc_tap: studied,
    luot_quan_chung: between(rand, 800, 9000),
    chuyen_de_rieng: between(rand, 1, 8),
    tc_ke_hoach: between(rand, 10, 60),
    dv_cam_ket: Math.round(studied * (0.9 + rand() * 0.1)),
    mo_hinh_moi: between(rand, 1, 9),
    mo_hinh_nhan_rong: between(rand, 0, 4),
    dang_ky_neu_guong: between(rand, 10, 80),
    tin_bai_bao_chi: between(rand, 3, 40),
    tin_bai_mang: between(rand, 15, 160),
    tac_pham: between(rand, 0, 6),
    hoat_dong_tt: between(rand, 1, 10),
    dien_hinh: between(rand, 2, 20),
    tap_the_khen: between(rand, 1, 8),
    ca_nhan_khen: between(rand, 2, 20),
    lop_boi_duong: between(rand, 1, 6),
    luot_hoc_vien: between(rand, 60, 600),
    cuoc_kiem_tra: between(rand, 1, 6),
    cuoc_giam_sat: between(rand, 1, 6),
    tc_ktgs: between(rand, 2, 15),
    dv_ktgs: between(rand, 5, 60),
  };
}

function fillText(pattern: string, unit: Unit, figures: Record<string, number | string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'donvi' ? shortUnitName(unit.name) : String(figures[key] ?? '')));
}

export interface SampleReportOptions {
  unit: Unit;
  period: ReportingPeriod;
  reportDate: IsoDate;
  seed: number;
  template: ReportTemplate;
  /** The name as the unit typed it, when it differs from the registry's. */
  typedName?: string;
}

/** What one unit would type into the template: metadata, texts, figures, two nominations. */
export function makeSampleEntries(options: SampleReportOptions): { entries: TemplateEntries; figures: Record<string, number> } {
  const rand = createRandom(options.seed);
  const figures = makeSampleFigures(rand);
  const sections: Record<string, string> = {};
  for (const section of options.template.sections) {
    const variants = SAMPLE_SECTION_TEXTS[section.code] ?? [''];
    const required = section.requiredFor.includes(options.period.kind);
    // Quarterly reports may leave part III empty; about half of the samples do.
    if (!required && rand() < 0.5) continue;
    const text = fillText(variants[between(rand, 0, variants.length - 1)], options.unit, figures);
    if (text !== '') sections[section.code] = text;
  }
  const c = SAMPLE_NOMINATIONS.collective[between(rand, 0, SAMPLE_NOMINATIONS.collective.length - 1)];
  const i = SAMPLE_NOMINATIONS.individual[between(rand, 0, SAMPLE_NOMINATIONS.individual.length - 1)];
  const place = shortUnitName(options.unit.name);
  const forms = options.template.nominations.forms;
  const entries: TemplateEntries = {
    metadata: {
      don_vi: options.typedName ?? options.unit.name,
      ky_bao_cao: PERIOD_KIND_LABELS[options.period.kind],
      nam: options.period.year,
      tu_ngay: { date: options.period.from },
      den_ngay: { date: options.period.to },
      so_ky_hieu: `${between(rand, 10, 240)}-BC/ĐU`,
      ngay_bao_cao: { date: options.reportDate },
      nguoi_lap: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Thu Dung', 'Hoàng Đức Giang'][between(rand, 0, 4)],
      dien_thoai: `09${between(rand, 10000000, 99999999)}`,
      email: `tuyengiao.${options.unit.code.toLowerCase()}@example.vn`,
    },
    sections,
    indicators: figures,
    nominations: [
      { loai: 'Tập thể', ten: `${c[0]}, ${place}`, chuc_vu: c[1], thanh_tich: c[2], hinh_thuc: forms[between(rand, 0, forms.length - 2)] },
      { loai: 'Cá nhân', ten: i[0], chuc_vu: `${i[1]}, ${place}`, thanh_tich: i[2], hinh_thuc: forms[between(rand, 0, forms.length - 2)] },
    ],
  };
  return { entries, figures };
}

export interface SampleFile {
  fileName: string;
  format: 'xlsx' | 'ods' | 'xls';
  entries: TemplateEntries;
  /** What the scenario expects for this file, for the demo's own check and for tests. */
  expect: 'on_time' | 'late' | 'invalid' | 'superseded' | 'unknown_unit';
  unitCode?: string;
}

/**
 * The demo round: most units on time, three late, one missing, one with errors, one sent
 * twice, one saved as .ods and one as .xls, one typed with another tone placement and
 * figures as text, and one file from a unit outside the registry.
 */
export function makeSampleFiles(registry: UnitRegistry, template: ReportTemplate, period: ReportingPeriod, deadline: IsoDate): SampleFile[] {
  const files: SampleFile[] = [];
  const label = PERIOD_KIND_LABELS[period.kind];
  const lateDays: Record<number, number> = { 11: 2, 19: 5, 26: 9 };
  registry.units.forEach((unit, index) => {
    if (index === 4) return; // missing
    const onTimeDate = addDays(deadline, -(index % 7));
    const reportDate = lateDays[index] ? addDays(deadline, lateDays[index]) : onTimeDate;
    const typedName = index === 17 ? 'Đảng bộ phường Yên Hoà' : undefined;
    const { entries } = makeSampleEntries({ unit, period, reportDate, seed: 1000 + index, template, typedName });
    let expect: SampleFile['expect'] = lateDays[index] ? 'late' : 'on_time';
    if (index === 8) {
      // A report with mistakes a checker must catch.
      entries.sections = { ...entries.sections, I: '' };
      const members = Number(entries.indicators?.['tong_dang_vien']);
      entries.indicators = { ...entries.indicators, dv_hoc_tap: members + 57, vb_chi_dao: -2 };
      expect = 'invalid';
    }
    if (index === 17) {
      const members = Number(entries.indicators?.['tong_dang_vien']);
      entries.indicators = {
        ...entries.indicators,
        tong_dang_vien: members >= 1000 ? `${Math.floor(members / 1000)}.${String(members % 1000).padStart(3, '0')}` : `${members} người`,
        luot_quan_chung: `${Number(entries.indicators?.['luot_quan_chung']).toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ')} lượt`,
      };
    }
    const format = index === 13 ? 'ods' : index === 23 ? 'xls' : 'xlsx';
    files.push({ fileName: `Báo cáo ${label} ${period.year} - ${shortUnitName(unit.name)}.${format}`, format, entries, expect, unitCode: unit.code });
    if (index === 2) {
      // The same unit sent an earlier draft before its final report.
      const draft = makeSampleEntries({ unit, period, reportDate: addDays(onTimeDate, -3), seed: 5000 + index, template });
      files.push({ fileName: `Báo cáo ${label} ${period.year} - ${shortUnitName(unit.name)} (bản nháp).xlsx`, format: 'xlsx', entries: draft.entries, expect: 'superseded', unitCode: unit.code });
    }
  });
  const outsider: Unit = { code: 'NGOAI', name: 'Đảng ủy phường Ngọc Lâm', kind: 'Đảng ủy phường' };
  const extra = makeSampleEntries({ unit: outsider, period, reportDate: addDays(deadline, -1), seed: 9000, template });
  files.push({ fileName: `Báo cáo ${label} ${period.year} - Ngọc Lâm.xlsx`, format: 'xlsx', entries: extra.entries, expect: 'unknown_unit' });
  return files;
}
