import type { IndicatorDef, ReportTemplate } from '../template/ReportTemplate';
import type { ConsolidationRound, VersionDifference } from './Consolidation';

/** The round's template and the other accepted versions of it, newest first. */
export function acceptedTemplates(round: Pick<ConsolidationRound, 'template' | 'alsoAccept'>): ReportTemplate[] {
  const others = (round.alsoAccept ?? []).filter((t) => t.id === round.template.id && t.version !== round.template.version);
  const unique = others.filter((t, i) => others.findIndex((o) => o.version === t.version) === i);
  return [round.template, ...unique].sort((a, b) => b.version - a.version);
}

export function sameVersion(a: ReportTemplate, b: ReportTemplate): boolean {
  return a.id === b.id && a.version === b.version;
}

/** True when the report's template has this count with the same meaning (code, kind and unit). */
export function sharesIndicator(template: ReportTemplate, indicator: IndicatorDef): boolean {
  const own = template.indicators.find((i) => i.code === indicator.code);
  return own !== undefined && own.aggregation === indicator.aggregation && own.unit === indicator.unit;
}

/** Indicators and sections not shared by every accepted version, in the round template's order. */
export function compareVersions(main: ReportTemplate, accepted: readonly ReportTemplate[]): VersionDifference[] {
  if (accepted.length < 2) return [];
  const differences: VersionDifference[] = [];
  const indicators = new Map<string, IndicatorDef>();
  for (const t of accepted) for (const i of t.indicators) if (!indicators.has(i.code)) indicators.set(i.code, main.indicators.find((m) => m.code === i.code) ?? i);
  for (const [code, def] of indicators) {
    const inVersions = accepted.filter((t) => sharesIndicator(t, def)).map((t) => t.version);
    if (inVersions.length === accepted.length) continue;
    const notInVersions = accepted.map((t) => t.version).filter((v) => !inVersions.includes(v));
    differences.push({ kind: 'indicator', code, label: def.label, inVersions, notInVersions, inSummary: main.indicators.some((m) => m.code === code) });
  }
  const sections = new Map<string, string>();
  for (const t of [main, ...accepted]) for (const sct of t.sections) if (!sections.has(sct.code)) sections.set(sct.code, sct.title);
  for (const [code, title] of sections) {
    const inVersions = accepted.filter((t) => t.sections.some((x) => x.code === code)).map((t) => t.version);
    if (inVersions.length === accepted.length) continue;
    const notInVersions = accepted.map((t) => t.version).filter((v) => !inVersions.includes(v));
    differences.push({ kind: 'section', code, label: title, inVersions, notInVersions, inSummary: main.sections.some((m) => m.code === code) });
  }
  return differences.sort((a, b) => Number(b.inSummary) - Number(a.inSummary));
}
