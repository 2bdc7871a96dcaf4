import type { BodyParagraph } from './evaluateSynthesis';
import { SECTION_CODES } from './roundPools';
import type { ItemTruth } from './roundSections';
import type { SynthesisRound } from './synthesisRound';
import { normalize, splitSentences } from './textNormal';

/** The naive "synthesis": every unit's text pasted, one paragraph per line. It must fail. */
export function naiveBody(round: SynthesisRound): BodyParagraph[] {
  return round.units.flatMap((unit, u) =>
    SECTION_CODES.flatMap((section) =>
      round.texts[u][section]
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((text) => ({ section, text, sources: `Nguồn: ${unit.name}, mục ${section}` })),
    ),
  );
}

const LINE_KINDS = new Set(['heading', 'footnoteLine', 'noiNhan', 'recipientLine', 'signatureLine', 'signer', 'pageNumber', 'selfLabel']);

/** A unit's sentences in a section with what the truth says was planted taken out. */
export function cleanSentences(round: SynthesisRound, u: number, section: string): string[] {
  const code = round.units[u].code;
  let lines = round.texts[u][section].split('\n');
  for (const a of round.truth.artifacts.filter((x) => x.unit === code && x.section === section)) {
    if (a.kind === 'footnoteMarker' || a.kind === 'replacementChar') lines = lines.map((l) => l.split(a.text).join(''));
    else if (LINE_KINDS.has(a.kind)) lines = lines.filter((l) => l.trim() !== a.text).map((l) => (l.startsWith(`${a.text} `) ? l.slice(a.text.length + 1) : l));
  }
  const years = round.truth.otherYear.filter((o) => o.unit === code && o.section === section).map((o) => o.probe);
  return lines.flatMap(splitSentences).filter((s) => !years.some((p) => normalize(s).includes(p)));
}

const stripEnd = (s: string) => s.replace(/[.:;,\s]+$/u, '');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * A body as the synthesis should write it, built from the truth: each common item once, in a
 * unit's own words, with its units and how many; named facts with their units; III and IV with
 * counts; distinct recommendations with their unit; no artifacts, no other year. It must pass.
 */
export function goodBody(round: SynthesisRound): BodyParagraph[] {
  const n = round.units.length;
  const index = new Map(round.units.map((u, i) => [u.code, i]));
  const name = (code: string) => round.units[index.get(code) ?? -1]?.name ?? code;
  const names = (codes: string[]) => codes.slice(0, 3).map(name).join(', ');
  const source = (item: ItemTruth) => {
    for (const code of item.units) {
      const found = cleanSentences(round, index.get(code) ?? -1, item.section).find((s) => item.probes.some((p) => normalize(s).includes(normalize(p))));
      if (found) return stripEnd(found);
    }
    throw new Error(`No sentence for ${item.id}`);
  };
  const para = (section: string, text: string, codes: string[]): BodyParagraph => ({ section, text, sources: `Nguồn: ${codes.map(name).join('; ')}, mục ${section}` });
  const out: BodyParagraph[] = [{ text: `Thực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, có ${n}/${n} đảng ủy trực thuộc đã gửi báo cáo quý III/2026.` }];
  const { truth } = round;
  for (const section of SECTION_CODES) {
    for (const a of truth.commonActivities.filter((x) => x.section === section)) {
      out.push(para(section, `${source(a)}; tiêu biểu như ${names(a.units)}; tổng cộng ${a.units.length} đơn vị.`, a.units));
    }
    const facts = truth.namedFacts.filter((f) => f.section === section);
    if (facts.length > 0) {
      out.push(para(section, `Tiêu biểu là ${facts.map((f) => `${f.kind} “${f.name}” của ${name(f.unit)}`).join('; ')}.`, facts.map((f) => f.unit)));
    }
    for (const s of [...truth.shortcomings, ...truth.recommendations].filter((x) => x.section === section)) {
      const text = s.units.length > 1 ? `${s.units.length}/${n} đơn vị nêu: ${lowerFirst(source(s))} (${names(s.units)}).` : `${name(s.units[0])} nêu: ${lowerFirst(source(s))}.`;
      out.push(para(section, text, s.units));
    }
  }
  return out;
}
