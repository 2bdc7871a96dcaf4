import type { UnitMatcher } from '../registry/UnitRegistry';
import type { PeriodKind } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { splitSentences } from '../text/splitSentences';
import { outlineIndex } from './outlineMatch';
import { placeSections, type Certainty, type PlacedSection, type UnplacedBlock } from './placeSections';
import { readHeader, type WordHeader } from './readWordHeader';
import { figuresFromSentences, figuresFromTable, type WordFigure } from './wordFigures';
import { wordNominations, type WordNomination } from './wordNominations';
import type { WordDocument } from './WordDocument';
import { tableTexts, wordLines, type WordLine } from './wordLines';

/*
 * A unit's Word report read into the round's terms: its header, its sections on the đề cương, its
 * figures and nominations, each sure, worth a look, or for the officer to decide.
 */

export interface WordSection extends PlacedSection {
  text: string;
}

export interface WordReading {
  format: WordDocument['format'];
  header: WordHeader;
  sections: WordSection[];
  unplaced: UnplacedBlock[];
  figures: WordFigure[];
  nominations: WordNomination[];
  /** Required sections the report does not have. */
  absent: string[];
  notes: string[];
}

const OPENING_END = /(?:như\s+sau|sau\s+đây|cụ\s+thể)\s*:\s*$/iu;
const OPENING_START = /^(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai|Theo|Được\s+sự|Qua|Nhằm)\b/iu;
const BACK_MATTER = /^(?:Trên\s+đây\s+là|Nơi\s+nhận|T\/M|TM\.|K\/T|KT\.|Kính\s+đề\s+nghị|Kính\s+gửi\s+cấp\s+trên)/iu;
const APPENDIX = /^(?:PHỤ\s+LỤC|BIỂU\s+SỐ\s+LIỆU|BIỂU\s+THỐNG\s+KÊ|DANH\s+SÁCH|BẢNG\s+SỐ\s+LIỆU|BIỂU\s+MẪU|SỐ\s+LIỆU\s+KÈM\s+THEO)/u;

const isTitle = (l: WordLine) => !l.table && /^BÁO\s+CÁO\b/u.test(l.text) && l.text.length <= 200;

/** Where the body starts and ends: after the opening "… báo cáo như sau:", before "Trên đây là …" or an appendix. */
export function bodyBounds(lines: readonly WordLine[]): { start: number; end: number } {
  const titleAt = lines.findIndex((l) => isTitle(l) || (l.table !== undefined && tableTexts(l.table).some((t) => /^BÁO\s+CÁO\b/u.test(t))));
  const from = titleAt >= 0 ? titleAt + 1 : 0;
  let start = from;
  const limit = Math.min(lines.length, from + 12);
  for (let i = from; i < limit; i++) {
    const l = lines[i];
    if (l.table) continue;
    if (OPENING_END.test(l.text) || (OPENING_START.test(l.text) && /báo\s+cáo/iu.test(l.text) && !l.label)) {
      start = i + 1;
      break;
    }
    if (l.label && l.label.kind !== 'bullet') break;
  }
  if (start === from) {
    // No opening: the body starts at the first numbered or heading line after the title's lines.
    const first = lines.findIndex((l, i) => i >= from && !l.table && ((l.label && l.label.kind !== 'bullet') || l.headingLevel));
    start = first >= 0 ? first : from;
  }
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    const texts = l.table ? tableTexts(l.table) : [l.text];
    if (texts.some((t) => BACK_MATTER.test(t)) || (!l.table && APPENDIX.test(l.text) && (l.caps || l.bold || l.centered))) {
      end = i;
      break;
    }
  }
  return { start, end };
}

export function readWordReport(document: WordDocument, template: ReportTemplate, options: { matcher?: UnitMatcher; periodKind?: PeriodKind } = {}): WordReading {
  const lines = wordLines(document);
  const { start, end } = bodyBounds(lines);
  const header = readHeader(lines.slice(0, start), lines.slice(end), options.matcher);
  const outline = outlineIndex(template);
  const bodyLines = lines.slice(start, end);
  const tables = lines.filter((l) => l.table).map((l) => l.table as NonNullable<WordLine['table']>);
  // Tables of figures and nominations are read as such, never as a section's text.
  const nominations = wordNominations(lines, template);
  const figureTables = new Set<NonNullable<WordLine['table']>>(nominations.tables);
  const tableFigures: WordFigure[] = [];
  for (const t of tables) {
    if (figureTables.has(t)) continue;
    const found = figuresFromTable(t, template, options.periodKind);
    if (found) {
      figureTables.add(t);
      for (const f of found) {
        const at = tableFigures.findIndex((g) => g.code === f.code);
        // An indicator two tables give: the sure reading over one only proposed; two sure readings that differ, only proposed.
        if (at < 0) tableFigures.push(f);
        else if (!tableFigures[at].certain && f.certain) tableFigures[at] = f;
        else if (f.certain && tableFigures[at].value !== f.value) tableFigures[at] = { ...tableFigures[at], certain: false, where: `${tableFigures[at].where}; bảng khác ghi ${f.raw}` };
      }
    }
  }
  // A figures table is no section's text, nor is its caption ("Biểu 1: Số liệu phần I") just above it.
  const isFigures = (l: WordLine | undefined) => l?.table !== undefined && figureTables.has(l.table);
  const caption = (l: WordLine, i: number) => !l.table && isFigures(bodyLines[i + 1]) && l.text.length <= 120 && /^(?:biểu|bảng|phụ lục)\s/iu.test(l.text);
  const placement = placeSections(bodyLines.filter((l, i) => !isFigures(l) && !caption(l, i)), outline);
  const sections = placement.sections.map((s) => ({ ...s, text: s.paragraphs.join('\n') })).filter((s) => s.text.trim() !== '' || s.certainty !== 'sure');
  const settled = settleParts({ sections, tableFigures }, template, options.periodKind);
  const notes = document.notes.map((n) => n.message);
  return { format: document.format, header, sections, unplaced: placement.unplaced, nominations: nominations.rows, ...settled, notes };
}

/**
 * What follows from where the parts are: the figures read from the sections' sentences (beside
 * the table's) and the required parts absent (what is left to decide follows: decisionsOf). Said once, for the reading
 * and for the officer's decisions applied to it (applyWordDecision).
 */
export function settleParts(parts: { sections: readonly WordSection[]; tableFigures: readonly WordFigure[] }, template: ReportTemplate, periodKind?: PeriodKind): Pick<WordReading, 'figures' | 'absent'> {
  const { sections, tableFigures } = parts;
  const written = new Set(sections.filter((s) => s.text.trim() !== '').flatMap((s) => s.codes));
  const sentences = sections.flatMap((s) => splitSentences(s.text));
  const figures = [...tableFigures, ...figuresFromSentences(sentences, template, new Set(tableFigures.map((f) => f.code)))];
  const absent = periodKind ? template.sections.filter((s) => s.requiredFor.includes(periodKind) && !written.has(s.code)).map((s) => s.code) : [];
  return { figures, absent };
}

export type { Certainty };

/** Each code's text, as the round keeps it: sections merged under one heading go under the first code, a code written twice is joined. */
export function textsByCode(reading: Pick<WordReading, 'sections'>): Map<string, { text: string; heading: string }> {
  const out = new Map<string, { text: string; heading: string }>();
  for (const s of reading.sections) {
    const previous = out.get(s.codes[0]);
    out.set(s.codes[0], previous ? { text: `${previous.text}\n${s.text}`, heading: previous.heading } : { text: s.text, heading: s.heading });
  }
  return out;
}

/** What the officer must decide before the report counts, one line each. */
export function decisionsOf(reading: WordReading): string[] {
  const out: string[] = [];
  for (const s of reading.sections) if (s.certainty === 'decide') out.push(`Mục ${s.codes.join(' + ')} ("${s.heading}"): ${s.reason ?? 'cần xác nhận'}`);
  for (const u of reading.unplaced) if (u.decide) out.push(`Đoạn chưa xếp${u.heading ? ` ("${u.heading}")` : ''}: ${u.reason}`);
  // Sections required and not found: one confirmation for the file, as the officer gives it.
  const absent = reading.absent;
  if (absent.length === 1) out.push(`Không thấy mục ${absent[0]} trong báo cáo: xác nhận đơn vị không viết mục này, hoặc chỉ chỗ của nó.`);
  if (absent.length > 1) out.push(`Không thấy các mục ${absent.join(', ')} trong báo cáo: xác nhận đơn vị không viết các mục này, hoặc chỉ chỗ của chúng.`);
  // Figures read from sentences, and table cells not sure (a "-", a row like two indicators): one confirmation for the file.
  const proposed = reading.figures.filter((f) => f.source === 'cau' || !f.certain);
  if (proposed.length > 0) out.push(`${proposed.length} số liệu chưa chắc chắn, đọc từ câu văn hoặc ô bảng cần xem (${proposed.map((f) => f.code).join(', ')}): xác nhận một lần cho cả tệp.`);
  return out;
}
