import type { IndicatorDef, ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';
import type { PeriodKind } from '../period/ReportingPeriod';
import { parseNumberLike } from '../text/parseCount';
import { periodInTitle } from './readWordHeader';
import type { WordTable } from './WordDocument';
import { romanValue } from './wordLines';

/*
 * A Word report's figures: from its figures table (the column of the period, rows matched to the
 * indicators one to one, abbreviations spelled out), else proposed from its sentences ("ban hành
 * 13 văn bản"), always shown with where they came from. A figure not stated stays empty.
 */

export interface WordFigure {
  code: string;
  value: number | null;
  source: 'bang' | 'cau';
  /** The cell or the sentence as written. */
  raw: string;
  /** "Bảng số liệu, dòng "…", cột "…"" or the sentence. */
  where: string;
  certain: boolean;
}

/** An abbreviation as a word of its own (\b knows only ASCII letters, and "ĐV" starts with Đ). */
const word = (abbreviation: string) => new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation}(?![\\p{L}\\p{N}])`, 'gu');

/** Abbreviations of Party reports, spelled out before matching. */
const ABBREVIATIONS: [RegExp, string][] = [
  [word('TCĐ'), 'tổ chức đảng'],
  [word('TCCS'), 'tổ chức cơ sở'],
  [word('ĐV'), 'đảng viên'],
  [word('CB'), 'cán bộ'],
  [word('KT'), 'kiểm tra'],
  [word('GS'), 'giám sát'],
  [word('HN'), 'hội nghị'],
  [word('VB'), 'văn bản'],
  [word('TT'), 'tuyên truyền'],
  [word('MXH'), 'mạng xã hội'],
  [word('QC'), 'quần chúng'],
  [word('TTĐT'), 'thông tin điện tử'],
  [word('VHNT'), 'văn học nghệ thuật'],
  [word('NQ'), 'nghị quyết'],
  [word('KH'), 'kế hoạch'],
  [word('HD'), 'hướng dẫn'],
  [word('CV'), 'công văn'],
  [word('QT'), 'quán triệt'],
  [word('NĐĐ'), 'người đứng đầu'],
  [word('BD'), 'bồi dưỡng'],
  [word('LLCT'), 'lý luận chính trị'],
  [word('TTHCM'), 'tư tưởng Hồ Chí Minh'],
  [word('CQ'), 'cơ quan'],
  [word('ĐK'), 'đăng ký'],
  [/PT-TH/gu, 'phát thanh, truyền hình'],
  [word('SL'), 'số lượng'],
];

export function spellOut(text: string): string {
  return ABBREVIATIONS.reduce((t, [re, full]) => t.replace(re, full), text.normalize('NFC'));
}

const STOP = new Set(['số', 'của', 'và', 'các', 'đã', 'được', 'có', 'trong', 'về', 'với', 'cho']);
const terms = (text: string) => {
  const words = foldForMatch(spellOut(text)).split(' ').filter((w) => w && !STOP.has(w) && !/^\d/.test(w));
  return new Set([...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)]);
};

/** How well a row's name says an indicator: their overlap, and how much of the name the indicator
 * holds (names in tables are cut short: "Mô hình mới" is the new models, not the ones spread). */
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += t.includes(' ') ? 2 : 1;
  const size = (s: Set<string>) => [...s].reduce((n, t) => n + (t.includes(' ') ? 2 : 1), 0);
  return shared === 0 ? 0 : ((2 * shared) / (size(a) + size(b)) + shared / size(a)) / 2;
}

const RATIO_WORDS = /tỷ\s*lệ|tỉ\s*lệ|%/iu;

const NOT_PERIOD = /lũy kế|luỹ kế|cùng kỳ|so sánh|tỷ lệ|tỉ lệ|ghi chú|đvt|đơn vị tính|stt|kế hoạch|chỉ tiêu|nội dung|^tt$/iu;
const PERIOD_WORDS = /quý|kỳ|tháng|năm|kết quả|số lượng|thực hiện|số liệu/iu;

/** The period a column's header names ("Quý II/2026", "Q2", "6 tháng"), if any. */
function periodOfHeader(header: string): PeriodKind | null {
  const q = /(?<![\p{L}])(?:quý|q)\s*\.?\s*(IV|III|II|I|[1-4])(?![\p{L}\d])/iu.exec(header);
  if (q) return `Q${romanValue(q[1].toUpperCase()) ?? Number(q[1])}` as PeriodKind;
  return periodInTitle(header)?.kind ?? null;
}

/** Reads a figures table, either way round; null when the table holds no indicator. With the round's
 * period, a column naming another period is never read, and when several could be the period's and
 * none names it, every figure is only proposed. */
export function figuresFromTable(table: WordTable, template: ReportTemplate, periodKind?: PeriodKind): WordFigure[] | null {
  const indicators = template.indicators.map((i) => ({ i, t: terms(`${i.label} ${i.unit}`) }));
  const rows = table.rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.length));
  // The column of the indicators' names: the one whose cells match indicators best.
  const termsOf = new Map<string, Set<string>>();
  const cellTerms = (c: string) => {
    let t = termsOf.get(c);
    if (!t) termsOf.set(c, (t = terms(c)));
    return t;
  };
  const fit = (cells: readonly string[]) => cells.map((c) => Math.max(0, ...indicators.map(({ t }) => similarity(cellTerms(c), t)))).filter((s) => s >= 0.3).length;
  const columns = Array.from({ length: width }, (_, j) => rows.map((r) => r[j] ?? ''));
  const byColumn = columns.map(fit);
  const byRow = rows.map(fit);
  const nameColumn = byColumn.indexOf(Math.max(...byColumn));
  const transposed = Math.max(...byRow) > Math.max(...byColumn);
  const names = transposed ? rows[byRow.indexOf(Math.max(...byRow))] : columns[nameColumn];
  const lines = transposed ? columns : rows;
  const headerAt = transposed ? byRow.indexOf(Math.max(...byRow)) : 0;
  if (Math.max(...byColumn, ...byRow) < 2) return null;
  // The header of the value line: the first that speaks of the period and is not a total or a ratio.
  // A header of two rows ("Kết quả" over "Quý II"), its second row read only when it holds no figure.
  const second = (k: number) => (parseNumberLike(rows[1]?.[k] ?? '')?.ok ? '' : ` ${rows[1]?.[k] ?? ''}`);
  const headerOf = (k: number) => (transposed ? (rows[k]?.[0] ?? '') : (rows[0]?.[k] ?? '') + second(k));
  const valueLines = (transposed ? rows.map((_, k) => k).filter((k) => k !== headerAt) : Array.from({ length: width }, (_, k) => k).filter((k) => k !== nameColumn));
  const numeric = (k: number) => (transposed ? rows[k] : columns[k]).filter((c) => parseNumberLike(c)?.ok).length;
  const periodOf = (k: number) => periodOfHeader(headerOf(k));
  // A column numbering the rows (1, 2, 3… under "STT", whatever its header reads) holds no figure.
  const ordinal = (k: number) => {
    const cells = (transposed ? rows[k] : columns[k]).map((c) => c.trim()).filter((c) => /^\d+\.?$/u.test(c)).map((c) => parseInt(c, 10));
    return cells.length >= 3 && cells.every((v, i) => i === 0 || v === cells[i - 1] + 1 || v === 1);
  };
  // Two names of indicators make a figures table only under a column of figures ("Quý II/2026", "Kết quả");
  // else ("Chi bộ | Mô hình | Số hộ tham gia") the table is a section's own, its text the section's.
  if (Math.max(...byColumn, ...byRow) < 3 && !valueLines.some((k) => periodOf(k) !== null || PERIOD_WORDS.test(headerOf(k)))) return null;
  const numbers = valueLines.filter((k) => !NOT_PERIOD.test(headerOf(k).trim()) && numeric(k) > 0 && !ordinal(k));
  if (numbers.length === 0) return null;
  // A table of other periods only is still a figures table (never a section's text), with nothing of this round.
  const possible = numbers.filter((k) => !periodKind || periodOf(k) === null || periodOf(k) === periodKind);
  const named = periodKind ? possible.filter((k) => periodOf(k) === periodKind) : [];
  const chosen = (named.length > 0 ? named : possible).sort((a, b) => Number(PERIOD_WORDS.test(headerOf(b))) - Number(PERIOD_WORDS.test(headerOf(a))) || a - b)[0];
  if (chosen === undefined) return [];
  const columnSure = named.length === 1 || (named.length === 0 && possible.length === 1);
  const pairs: { i: IndicatorDef; at: number; s: number }[] = [];
  // A part's own row ("I | Lãnh đạo, chỉ đạo", nothing in it) names a group of indicators, none of them.
  const groupRow = (at: number) => /^[IVX]{1,4}\.?$/u.test(((transposed ? columns[at] : rows[at]) ?? [])[0]?.trim() ?? '') && numbers.every((k) => k === 0 || ((transposed ? rows[k]?.[at] : lines[at]?.[k]) ?? '').trim() === '');
  names.forEach((name, at) => {
    if ((!transposed && at === 0) || groupRow(at)) return;
    // What a row adds in brackets ("VB chỉ đạo (NQ, KH, HD, CV)") explains it; its name is the rest.
    const t = cellTerms(name.replace(/\([^)]*\)/gu, ' ').trim() || name);
    const ratioRow = RATIO_WORDS.test(name);
    for (const { i, t: it } of indicators) {
      // A ratio is read from a row that says it is one, a count never from such a row.
      if ((i.aggregation === 'ratio') !== ratioRow) continue;
      const s = similarity(t, it);
      if (s >= 0.3) pairs.push({ i, at, s });
    }
  });
  pairs.sort((a, b) => b.s - a.s || a.at - b.at);
  const takenI = new Set<string>();
  const takenAt = new Set<number>();
  const out: WordFigure[] = [];
  for (const { i, at, s } of pairs) {
    if (takenI.has(i.code) || takenAt.has(at)) continue;
    takenI.add(i.code);
    takenAt.add(at);
    const raw = (transposed ? rows[chosen]?.[at] : lines[at]?.[chosen]) ?? '';
    // "-" is, by the statistics office's rule, "no case arose": zero; units also write it for "not known", so it is only proposed. An empty cell is a figure not stated.
    const dash = /^[-–—]$/u.test(raw.trim());
    const parsed = parseNumberLike(dash ? '0' : raw.trim());
    const value = parsed?.ok ? parsed.value : null;
    // A row that says two indicators nearly as well ("Cuộc KT, GS"), or an indicator two rows say: only proposed.
    const rival = pairs.some((q) => q.s >= s - 0.1 && ((q.at === at && q.i !== i) || (q.i === i && q.at !== at)));
    const certain = columnSure && s >= 0.5 && !rival && !dash && (parsed === null || parsed.ok);
    const where = `Bảng số liệu, dòng "${names[at].trim()}", cột "${headerOf(chosen).trim()}"${dash ? ' (ô ghi "-": hiểu là 0, không phát sinh)' : ''}`;
    out.push({ code: i.code, value, source: 'bang', raw: raw.trim(), where, certain });
  }
  return out.sort((a, b) => template.indicators.findIndex((i) => i.code === a.code) - template.indicators.findIndex((i) => i.code === b.code));
}

const NUMBER = /(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+))?\s*(%)?/gu;

/** Figures proposed from sentences: a number followed by the indicator's unit, in a sentence that speaks of it. */
export function figuresFromSentences(sentences: readonly string[], template: ReportTemplate, known: ReadonlySet<string>): WordFigure[] {
  const out = new Map<string, { f: WordFigure; s: number }>();
  const indicators = template.indicators.filter((i) => !known.has(i.code)).map((i) => ({ i, t: terms(i.label), unit: foldForMatch(i.unit.split(',')[0]) }));
  if (indicators.length === 0) return [];
  for (const sentence of sentences) {
    // A sentence's words are worked out only when one of its numbers is followed by an indicator's unit.
    let words: Set<string> | undefined;
    const st = () => (words ??= terms(sentence));
    for (const m of sentence.matchAll(NUMBER)) {
      const after = foldForMatch(sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40));
      const read = (text: string) => parseNumberLike(text);
      for (const { i, t, unit } of indicators) {
        const ratio = i.aggregation === 'ratio';
        if (ratio !== Boolean(m[4])) continue;
        // "13 văn bản", "1.974 đảng viên": the unit, or the first words of what the indicator counts.
        if (!ratio && !after.startsWith(unit) && !t.has(after.split(' ').slice(0, 2).join(' '))) continue;
        let shared = 0;
        for (const w of t) if (st().has(w)) shared++;
        const s = shared / t.size;
        if (s < 0.34) continue;
        const parsed = read(m[1]);
        if (!parsed?.ok) continue;
        const prev = out.get(i.code);
        if (!prev || s > prev.s) out.set(i.code, { f: { code: i.code, value: parsed.value, source: 'cau', raw: m[0].trim(), where: sentence, certain: false }, s });
      }
      // "1.974/2.016 đảng viên": the whole is the denominator of a ratio the sentence speaks of.
      if (m[3]) {
        for (const r of template.indicators) {
          if (r.aggregation !== 'ratio' || known.has(r.denominator) || out.has(r.denominator)) continue;
          const num = out.get(r.numerator);
          const whole = read(m[3]);
          if (num && num.f.raw === m[0].trim() && whole?.ok) out.set(r.denominator, { f: { code: r.denominator, value: whole.value, source: 'cau', raw: m[0].trim(), where: sentence, certain: false }, s: num.s });
        }
      }
    }
  }
  return [...out.values()].map((x) => x.f);
}
