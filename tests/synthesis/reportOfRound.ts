import { consolidateReports } from '../../src/core/consolidation/consolidateReports';
import { buildCompilationDocument, compilationContentOf } from '../../src/core/document/buildCompilationDocument';
import { buildReportDocument } from '../../src/core/document/buildReportDocument';
import type { DocumentSpec } from '../../src/core/document/DocumentSpec';
import { reportContentOf } from '../../src/core/document/ReportContent';
import { DEFAULT_TEMPLATE } from '../../src/core/template/builtinTemplates';
import { makeInput, makeOfficialDocument } from '../helpers/builders';
import type { BodyParagraph } from './evaluateSynthesis';
import type { SynthesisRound } from './synthesisRound';

/** A generated round consolidated and written as the Word report; its body's paragraphs (headings apart) for the evaluator. */
export function reportOfRound(round: SynthesisRound, pages?: number): { spec: DocumentSpec; body: BodyParagraph[]; compilation: DocumentSpec } {
  const registry = { units: round.units.map((u) => ({ code: u.code, name: u.name, kind: u.kind })) };
  const inputs = round.units.map((unit, i) => makeInput(`${unit.code}.xlsx`, { unit, text: round.texts[i], values: round.figures[i], reportDate: round.deadline }));
  const c = consolidateReports({ template: DEFAULT_TEMPLATE, period: round.period, deadline: round.deadline, registry, body: 'Ban Tuyên giáo và Dân vận Thành ủy' }, inputs);
  const spec = buildReportDocument(reportContentOf(c, null), { document: makeOfficialDocument(), pages });
  const body: BodyParagraph[] = [];
  let section: string | undefined;
  let opened = false;
  for (const b of spec.sections[0].blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = b.runs.map((r) => r.text).join('');
    // The body starts at the opening "Thực hiện …", after the title and the summary line.
    opened ||= text.startsWith('Thực hiện ');
    if (!opened) continue;
    if (b.heading) {
      section = DEFAULT_TEMPLATE.sections.find((s) => text.toLocaleUpperCase('vi').includes(s.title.toLocaleUpperCase('vi')))?.code ?? section;
      continue;
    }
    body.push({ section, text, sources: b.comment?.text });
  }
  return { spec, body, compilation: buildCompilationDocument(compilationContentOf(c), { document: makeOfficialDocument() }) };
}
