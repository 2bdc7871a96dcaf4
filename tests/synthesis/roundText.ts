import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { formatCount } from './textNormal';

export type Random = () => number;

export const between = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
export const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

export function shuffled<T>(rand: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** k distinct items, in random order. */
export const sample = <T>(rand: Random, items: readonly T[], k: number): T[] => shuffled(rand, items).slice(0, k);

export interface FormContext {
  self: string;
  place: string;
  figures: Record<string, number>;
  extra?: Record<string, string>;
}

/** Renders a pool form: alternatives first, then placeholders (see roundPools.ts). */
export function renderForm(form: string, ctx: FormContext, rand: Random): string {
  const chosen = form.replace(/\[([^[\]]*)\]/g, (_, alts: string) => pick(rand, alts.split('|')));
  return chosen
    .replace(/\{f:([a-z_]+)\}/g, (_, code: string) => {
      const value = ctx.figures[code];
      if (value === undefined) throw new Error(`No figure ${code}`);
      return formatCount(value);
    })
    .replace(/\{(self|place|n|m|N|[a-z]+)\}/g, (whole, key: string) => {
      if (key === 'self') return ctx.self;
      if (key === 'place') return ctx.place;
      if (key === 'n') return String(between(rand, 2, 25));
      if (key === 'm') return String(between(rand, 30, 400));
      if (key === 'N') return formatCount(between(rand, 300, 3000));
      const value = ctx.extra?.[key];
      if (value === undefined) throw new Error(`Unknown placeholder ${whole} in ${form}`);
      return value;
    })
    .replace(/\s+([,.;])/g, '$1')
    .replace(/ {2,}/g, ' ');
}

// Plausible ranges per indicator for one đảng ủy xã/phường in a quarter; every rule of the template holds.
const RANGES: Record<string, [number, number]> = {
  tong_dang_vien: [250, 2400], vb_chi_dao: [2, 12], hn_quan_triet: [2, 15], luot_quan_chung: [300, 4000],
  chuyen_de_rieng: [1, 4], tc_ke_hoach: [8, 40], mo_hinh_moi: [1, 6], mo_hinh_nhan_rong: [1, 8],
  dang_ky_neu_guong: [5, 40], tin_bai_bao_chi: [3, 60], tin_bai_mang: [10, 150], tac_pham: [1, 12],
  hoat_dong_tt: [1, 8], dien_hinh: [2, 15], tap_the_khen: [1, 8], ca_nhan_khen: [2, 20],
  lop_boi_duong: [1, 5], luot_hoc_vien: [40, 400], cuoc_kiem_tra: [1, 6], cuoc_giam_sat: [1, 6], tc_ktgs: [2, 15],
};

/** One unit's figures for the built-in template: every summed indicator, each within its rules. */
export function makeUnitFigures(rand: Random): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const ind of DEFAULT_TEMPLATE.indicators) {
    if (ind.aggregation !== 'sum') continue;
    const [lo, hi] = RANGES[ind.code] ?? [0, 10];
    figures[ind.code] = between(rand, lo, hi);
  }
  const members = figures.tong_dang_vien;
  figures.dv_hoc_tap = Math.floor(members * (0.85 + rand() * 0.14));
  figures.dv_cam_ket = Math.floor(members * (0.8 + rand() * 0.19));
  figures.dv_ktgs = Math.min(members, between(rand, 5, 60));
  return figures;
}

/** The section's heading as the đề cương writes it, e.g. "II.2. Kết hợp giữa học tập …". */
export function sectionTitle(code: string): string {
  const section = DEFAULT_TEMPLATE.sections.find((s) => s.code === code);
  if (!section) throw new Error(`No section ${code} in the built-in template`);
  return section.title;
}
