import { decisionsOf } from '../../src/core/wordReport/readWordReport';
import type { WordReading } from '../../src/core/wordReport/readWordReport';
import { formatDate } from '../../src/core/text/calendarDate';
import type { WordFixtureTruth } from './loadWordFixtures';

/*
 * How a Word report was read, against what its writer knows: the characters of each section in the
 * right place without a question, put in a wrong place without a flag, flagged, or lost; text
 * that must never be a section's; figures exact, flagged or wrong; the header's fields.
 */

export interface ReadingScore {
  file: string;
  /** Characters of section text, by how they were placed. */
  chars: { total: number; right: number; flagged: number; wrongUnflagged: number; lost: number };
  forbiddenFound: string[];
  figures: { total: number; exact: number; flagged: number; wrongUnflagged: string[]; missing: string[] };
  header: { unit: boolean; number: boolean; date: boolean };
  decisions: number;
  wrong: string[];
}

// Quotes compared by kind, not by shape: a legacy-encoded file holds "…" where its writer meant “…”.
const norm = (text: string) => text.normalize('NFC').replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/g, ' ').trim();

export function scoreReading(truth: WordFixtureTruth, reading: WordReading): ReadingScore {
  const placed = reading.sections.map((s) => ({ codes: s.codes.join('+'), sure: s.certainty === 'sure', text: norm(s.text) }));
  const unplaced = reading.unplaced.map((u) => norm(u.paragraphs.join(' ')));
  const score: ReadingScore = {
    file: truth.file,
    chars: { total: 0, right: 0, flagged: 0, wrongUnflagged: 0, lost: 0 },
    forbiddenFound: [],
    figures: { total: 0, exact: 0, flagged: 0, wrongUnflagged: [], missing: [] },
    header: { unit: false, number: false, date: false },
    decisions: decisionsOf(reading).length,
    wrong: [],
  };
  for (const section of truth.sections) {
    const codes = section.codes.join('+');
    for (const paragraph of section.paragraphs.map(norm).filter(Boolean)) {
      const n = paragraph.length;
      score.chars.total += n;
      const where = placed.filter((p) => p.text.includes(paragraph));
      const home = where.find((p) => p.codes === codes);
      if (home?.sure) score.chars.right += n;
      else if (home || where.some((p) => !p.sure) || unplaced.some((u) => u.includes(paragraph))) score.chars.flagged += n;
      else if (where.length > 0) {
        score.chars.wrongUnflagged += n;
        score.wrong.push(`${codes} → ${where.map((w) => w.codes).join(', ')}: ${paragraph.slice(0, 60)}`);
      } else {
        score.chars.lost += n;
        score.wrong.push(`${codes} lost: ${paragraph.slice(0, 60)}`);
      }
    }
  }
  const all = placed.map((p) => p.text).join('\n');
  score.forbiddenFound = truth.forbidden.map(norm).filter((f) => f.length >= 6 && all.includes(f));
  const read = new Map(reading.figures.map((f) => [f.code, f]));
  for (const f of truth.figures) {
    score.figures.total++;
    const got = read.get(f.code);
    if (!got) score.figures.missing.push(f.code);
    else if (got.value === f.value && got.certain) score.figures.exact++;
    else if (!got.certain) score.figures.flagged++;
    else score.figures.wrongUnflagged.push(`${f.code}: ${got.value} ≠ ${f.value}`);
  }
  for (const code of truth.notStated) {
    const got = read.get(code);
    if (got && got.certain && got.value !== null) score.figures.wrongUnflagged.push(`${code}: ${got.value}, not stated`);
  }
  const { header } = reading;
  score.header.unit = (header.unit?.code ?? null) === truth.header.unitCode && (truth.header.unitCode !== null || Boolean(header.unitText));
  score.header.number = norm(header.number ?? '') === norm(truth.header.soKyHieu);
  score.header.date = header.date !== undefined && formatDate(header.date) === truth.header.ngayBaoCao;
  return score;
}

export interface SetScore {
  files: number;
  rightShare: number;
  wrongUnflaggedShare: number;
  forbidden: number;
  figuresWrongUnflagged: number;
  headersRead: number;
  decisionsPerFile: number;
}

export function scoreSet(scores: readonly ReadingScore[]): SetScore {
  const sum = (f: (s: ReadingScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const total = sum((s) => s.chars.total) || 1;
  return {
    files: scores.length,
    rightShare: sum((s) => s.chars.right) / total,
    wrongUnflaggedShare: sum((s) => s.chars.wrongUnflagged) / total,
    forbidden: sum((s) => s.forbiddenFound.length),
    figuresWrongUnflagged: sum((s) => s.figures.wrongUnflagged.length),
    headersRead: scores.filter((s) => s.header.unit && s.header.number && s.header.date).length,
    decisionsPerFile: sum((s) => s.decisions) / (scores.length || 1),
  };
}
