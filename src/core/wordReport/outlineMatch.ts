import type { ReportTemplate } from '../template/ReportTemplate';
import { foldForMatch } from '../text/normalizeText';

/*
 * How much a heading as a unit wrote it says the words of a part or section of the đề cương: its
 * title, and the headings the template lists for it. Words shared by many sections ("công tác",
 * "thực hiện") weigh little, words of one section ("nêu gương", "tuyên truyền") much; pairs of
 * syllables count as words, so "học tập" is not "tập thể".
 */

export interface OutlineEntry {
  code: string;
  /** A part (II, III, IV), or a section; section I, with no part, is both. */
  level: 'group' | 'section';
  group?: string;
  /** Its place in the đề cương's order. */
  order: number;
  title: string;
}

export interface OutlineIndex {
  entries: OutlineEntry[];
  score(heading: string, entry: OutlineEntry): number;
  /** Headings of what is not in the đề cương but units write: "Đặc điểm tình hình". */
  isExtra(heading: string): boolean;
}

// Folded as headings are (tone marks after the word), or "thời", "tới", "được" would never match.
const STOP = new Set(['quý', 'năm', 'tháng', 'đầu', 'i', 'ii', 'iii', 'iv', 'về', 'việc', 'của', 'và', 'các', 'những', 'trong', 'với', 'cho', 'tại', 'là', 'được', 'đã', 'một', 'số', 'thời', 'gian', 'tới', 'đối', 'này', 'kl/tw', '01', '05', 'ct/tw', '01-kl/tw', '05-ct/tw'].map(foldForMatch));
const EXTRA = ['đặc điểm tình hình', 'tình hình chung', 'đặc điểm chung', 'khái quát tình hình', 'tình hình đơn vị', 'khái quát đặc điểm', 'khái quát chung', 'tình hình địa phương', 'đặc điểm địa phương', 'đặc điểm đơn vị', 'đặc điểm, tình hình'].map(foldForMatch);

/** A heading's words without the common ones, and its pairs of adjacent syllables; a pair never
 * spans a left-out word or a comma ("nhiệm vụ, kiến nghị" has no "vụ kiến"). */
export function headingTerms(text: string): string[] {
  const words: string[] = [];
  const pairs: string[] = [];
  for (const chunk of text.split(/[,;:.()]+/u)) {
    let previous: string | null = null;
    for (const w of foldForMatch(chunk).split(' ')) {
      if (w === '' || STOP.has(w) || /^\d+$/.test(w)) {
        previous = null;
        continue;
      }
      words.push(w);
      if (previous) pairs.push(`${previous} ${w}`);
      previous = w;
    }
  }
  return [...new Set([...words, ...pairs])];
}

const indexes = new WeakMap<ReportTemplate, OutlineIndex>();

/** The outline of a template, built once for all the reports read against it. */
export function outlineIndex(template: ReportTemplate): OutlineIndex {
  let index = indexes.get(template);
  if (!index) indexes.set(template, (index = buildOutlineIndex(template)));
  return index;
}

function buildOutlineIndex(template: ReportTemplate): OutlineIndex {
  const entries: OutlineEntry[] = [];
  const phrases = new Map<string, string[][]>();
  const groupOf = new Map(template.groups.map((g) => [g.code, g]));
  const seenGroups = new Set<string>();
  for (const s of template.sections) {
    if (s.group && !seenGroups.has(s.group)) {
      const g = groupOf.get(s.group);
      seenGroups.add(s.group);
      entries.push({ code: s.group, level: 'group', order: entries.length, title: g?.title ?? s.group });
      phrases.set(`g:${s.group}`, [g?.title ?? '', ...(g?.headings ?? [])].filter(Boolean).map(headingTerms));
    }
    entries.push({ code: s.code, level: 'section', group: s.group, order: entries.length, title: s.title });
    // The hint names what the section holds ("mô hình, cách làm hay"): units head sections with those words too.
    phrases.set(`s:${s.code}`, [s.title, ...(s.headings ?? []), ...(s.hint ?? '').split(/[;.]/u).filter((h) => h.trim() !== '')].map(headingTerms));
  }
  // How many entries use a term: the fewer, the more it tells.
  const df = new Map<string, number>();
  for (const list of phrases.values()) for (const t of new Set(list.flat())) df.set(t, (df.get(t) ?? 0) + 1);
  const n = phrases.size;
  const weight = (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5)) * (t.includes(' ') ? 1.5 : 1);
  const key = (e: OutlineEntry) => `${e.level === 'group' ? 'g' : 's'}:${e.code}`;
  // Each phrase's terms as a set and their weight, worked out once for every heading scored.
  const prepared = new Map([...phrases].map(([k, list]) => [k, list.filter((p) => p.length > 0).map((p) => ({ set: new Set(p), total: p.reduce((s, t) => s + weight(t), 0) }))]));
  const cache = new Map<string, string[]>();
  return {
    entries,
    score(heading, entry) {
      let terms = cache.get(heading);
      if (!terms) {
        // The index lives as long as its template: its memo of headings stays bounded.
        if (cache.size >= 20_000) cache.clear();
        cache.set(heading, (terms = headingTerms(heading)));
      }
      if (terms.length === 0) return 0;
      const own = terms.reduce((s, t) => s + weight(t), 0);
      let best = 0;
      for (const { set, total } of prepared.get(key(entry)) ?? []) {
        const shared = terms.filter((t) => set.has(t)).reduce((s, t) => s + weight(t), 0);
        const ofPhrase = shared / total;
        const ofHeading = shared / own;
        if (shared === 0) continue;
        // A listed heading said whole counts even in a longer heading; a title, by how much both share.
        const f1 = (2 * ofPhrase * ofHeading) / (ofPhrase + ofHeading);
        best = Math.max(best, f1, ofPhrase >= 0.99 ? 0.55 + 0.45 * ofHeading : 0);
      }
      return best;
    },
    isExtra(heading) {
      const f = foldForMatch(heading);
      return EXTRA.some((e) => f.includes(e));
    },
  };
}
