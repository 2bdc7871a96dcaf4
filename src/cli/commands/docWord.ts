import * as path from 'node:path';
import type { Command } from 'commander';
import { roundDeadline } from '../../app/round/RoundSettings';
import { wordReadingJson, wordTemplateEntries } from '../../app/reading/wordReadingOutputs';
import { readDoc } from '../../adapters/word/readDoc';
import { readWordFile } from '../../adapters/word/readWordFile';
import { isWordReport } from '../../adapters/word/sniffWordFile';
import { nativeInflateRaw } from '../../adapters/xlsxFast/nativeInflateRaw';
import { formatIssue } from '../../core/issues/issueMessages';
import { labelPeriod, makePeriod, PERIOD_KIND_LABELS, type PeriodKind } from '../../core/period/ReportingPeriod';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import { contentKey } from '../../core/text/contentKey';
import { applyWordDecision, changesReading, decisionOf, type WordDecision } from '../../core/wordReport/wordDecisions';
import { createUnitMatcher } from '../../core/registry/UnitRegistry';
import { formatDate } from '../../core/text/calendarDate';
import { buildTemplateWorkbook } from '../../core/workbook/buildTemplateWorkbook';
import { fillTemplateWorkbook } from '../../core/workbook/fillTemplateWorkbook';
import { CERTAINTY_WORDS } from '../../core/wordReport/placeSections';
import { decisionsOf, readWordReport, type WordReading } from '../../core/wordReport/readWordReport';
import { readInputFile, writeFileSafely } from '../fileIo';
import { excelWriter } from '../loadAdapters';
import { addRoundOptions, templateChoice, wordConfirmationsOf, type ConsolidateFlags } from '../roundCommands';
import { deadlineFromFlags, mergeRoundFile, resolvePeriod, resolveRegistry } from '../roundOptions';
import { chooseTemplate } from '../templateOptions';
import type { CommandContext } from './CommandContext';

type DocWordFlags = ConsolidateFlags & { json?: boolean; ra?: string };

function describeReading(file: string, key: string, r: WordReading): string[] {
  const h = r.header;
  const lines = [`${file} (${r.format}, mã ${key}): ${h.unit?.name ?? h.unitText ?? 'chưa rõ đơn vị'}${h.unit === null ? ' (không có trong danh sách đơn vị)' : ''}`];
  lines.push(`  Số ${h.number ?? '?'}, ngày ${h.date ? formatDate(h.date) : '?'}, kỳ ${h.period ? `${PERIOD_KIND_LABELS[h.period.kind]}${h.period.year ? ` năm ${h.period.year}` : ''}` : '?'}${h.signer ? `, người ký ${h.signer}` : ''}`);
  for (const s of r.sections) lines.push(`  Mục ${s.codes.join(' + ')}: ${s.text.length} ký tự, ${CERTAINTY_WORDS[s.certainty]} (tiêu đề: "${s.heading}")${s.reason ? `: ${s.reason}` : ''}`);
  for (const [i, u] of r.unplaced.entries()) lines.push(`  Chưa xếp (khối ${i + 1}): ${u.paragraphs.join(' ').length} ký tự${u.heading ? ` dưới "${u.heading}"` : ''}: ${u.reason}`);
  const table = r.figures.filter((f) => f.source === 'bang');
  const sentences = r.figures.filter((f) => f.source === 'cau');
  const unsure = table.filter((f) => !f.certain).length;
  lines.push(`  Số liệu: ${table.length} từ bảng${unsure ? ` (${unsure} ô cần xem)` : ''}${sentences.length ? `, ${sentences.length} đọc từ câu văn (cần xác nhận)` : ''}; điển hình: ${r.nominations.length}.`);
  for (const n of r.notes) lines.push(`  Ghi chú: ${n}`);
  const decisions = decisionsOf(r);
  lines.push(decisions.length === 0 ? '  Không có gì cần quyết định: báo cáo được tính như tệp mẫu.' : `  Cần quyết định (${decisions.length}):\n${decisions.map((d) => `    - ${d}`).join('\n')}`);
  return lines;
}

/** The reading with the office's decision kept in the round file applied; one that no longer fits is said and left out. */
function decidedReading(reading: WordReading, decision: WordDecision | undefined, template: ReportTemplate, kind: PeriodKind | undefined, say: (text: string) => void): WordReading {
  if (!decision) return reading;
  const applied = applyWordDecision(reading, decision, template, kind);
  if (applied.ok) say(`đã theo quyết định trong tệp đợt (${decision.moves.length} mục chuyển, ${decision.attach.length} khối gắn).`);
  else say(`quyết định trong tệp đợt không còn khớp cách đọc (${applied.mismatches.join('; ')}); in cách đọc như chưa quyết định.`);
  return applied.ok ? applied.reading : reading;
}

/** tonghop doc-word: units' Word reports read onto the template, each written as the template filled, to review in Excel. */
export function registerDocWord(program: Command, { io, result }: CommandContext): void {
  addRoundOptions(
    program
      .command('doc-word')
      .alias('read-word')
      .description('đọc báo cáo Word (.docx, .doc) của đơn vị vào mẫu báo cáo: in những gì đọc được, những gì cần xem, và ghi mỗi báo cáo thành tệp mẫu .xlsx đã điền')
      .argument('<tệp...>', 'báo cáo Word của đơn vị')
      .option('-o, --ra <tệp hoặc thư mục>', 'nơi ghi tệp mẫu đã điền (một tệp .xlsx khi đọc một báo cáo, hoặc một thư mục); mặc định thư mục hiện hành')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (files: string[], opts: DocWordFlags) => {
    const flags = mergeRoundFile(opts);
    const period = resolvePeriod(flags);
    const { registry, issues } = resolveRegistry(flags);
    for (const i of issues) io.err(`Cảnh báo: ${formatIssue(i)}`);
    const template = chooseTemplate(flags, await templateChoice(flags, io));
    const matcher = registry ? createUnitMatcher(registry) : undefined;
    const decisions = new Map((wordConfirmationsOf(flags) ?? []).map(decisionOf).filter(changesReading).map((d) => [d.key, d]));
    const json: unknown[] = [];
    const single = files.length === 1 && opts.ra !== undefined && /\.xlsx$/iu.test(opts.ra);
    for (const file of files) {
      const bytes = readInputFile(file, `Không tìm thấy tệp "${file}".`);
      const name = path.basename(file);
      const read = isWordReport(bytes, name) ? await readWordFile(bytes, name, { inflate: nativeInflateRaw, readDoc }) : { ok: false as const, reason: 'tệp không phải báo cáo Word (.docx, .doc).' };
      if (!read.ok) {
        io.err(`${name}: không đọc được: ${read.reason}`);
        json.push({ tep: name, loi: read.reason });
        result.exitCode = 2;
        continue;
      }
      const key = contentKey(bytes);
      const reading = decidedReading(readWordReport(read.document, template, { matcher, periodKind: period?.kind }), decisions.get(key), template, period?.kind, (text) => io.err(`${name}: ${text}`));
      const used = period ?? (reading.header.period?.year ? makePeriod(reading.header.period.kind, reading.header.period.year) : undefined);
      if (period && reading.header.period && (reading.header.period.kind !== period.kind || (reading.header.period.year ?? period.year) !== period.year)) {
        io.err(`${name}: báo cáo ghi kỳ "${reading.header.period.text}", khác kỳ của đợt tổng hợp (${labelPeriod(period)}).`);
      }
      if (opts.json) json.push(wordReadingJson(name, reading, key));
      else io.out(describeReading(name, key, reading).join('\n'));
      if (!used) {
        io.err(`${name}: không rõ kỳ báo cáo; cho biết bằng --ky và --nam để ghi tệp mẫu.`);
        continue;
      }
      const spec = buildTemplateWorkbook(template, { period: used, registry, unit: reading.header.unit ?? undefined, deadline: roundDeadline(used, deadlineFromFlags(flags)) });
      const filled = fillTemplateWorkbook(spec, template, wordTemplateEntries(reading, template, used));
      const target = single ? (opts.ra as string) : path.join(opts.ra ?? '.', `${name.replace(/\.[^.]+$/u, '')}.xlsx`);
      const written = writeFileSafely(target, await excelWriter().writeWorkbook(filled), Boolean(opts.ghiDe));
      if (!opts.json) io.out(`  Đã ghi tệp mẫu đã điền: ${written}`);
    }
    if (opts.json) io.out(JSON.stringify(json, null, 2));
  });
}
