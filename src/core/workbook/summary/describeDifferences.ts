import type { Consolidation } from '../../consolidation/Consolidation';

/** One sentence per indicator or section the accepted versions do not share. */
export function describeDifferences(c: Consolidation): string[] {
  const versionList = (vs: number[]) => vs.map((v) => `phiên bản ${v}`).join(', ');
  return c.differences.map((d) => {
    const what = d.kind === 'indicator' ? `Chỉ tiêu "${d.label}" (${d.code})` : `Mục ${d.code} "${d.label}"`;
    if (!d.inSummary) return `${what}: chỉ có ở ${versionList(d.inVersions)}; không có trong bảng tổng hợp vì mẫu của đợt là phiên bản ${c.round.template.version}.`;
    const units = c.versions.filter((v) => d.inVersions.includes(v.template.version)).reduce((n, v) => n + v.units, 0);
    return d.kind === 'indicator'
      ? `${what}: chỉ có ở ${versionList(d.inVersions)}; tổng chỉ tính trên ${units} đơn vị dùng phiên bản này, đơn vị dùng ${versionList(d.notInVersions)} không có số liệu.`
      : `${what}: chỉ có ở ${versionList(d.inVersions)}; đơn vị dùng ${versionList(d.notInVersions)} không viết mục này.`;
  });
}
