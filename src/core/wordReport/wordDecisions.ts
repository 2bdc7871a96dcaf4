import * as z from 'zod';
import type { PeriodKind } from '../period/ReportingPeriod';
import { LIMITS } from '../round/limits';
import type { ReportTemplate } from '../template/ReportTemplate';
import { settleParts, type WordReading, type WordSection } from './readWordReport';

/*
 * What the office decides about a Word report beyond "confirmed as read": a part moved to another
 * code of the đề cương or left out, a block the reading could not place attached to a code. Kept
 * with the round by the file's content key, and applied here, once, to the reading, before the
 * report is checked and consolidated: both doors get the same texts, figures and checks.
 */

/** A part placed under `from` (its first code) moved to another code, or left out of the report (null). */
export interface WordMove {
  from: string;
  to: string | null;
}

/** An unplaced block (numbered from 1 in the reading's order) attached to a code. */
export interface WordAttachment {
  block: number;
  to: string;
}

/** The office's decision on one Word report: its presence confirms the reading, with these changes. */
export interface WordDecision {
  key: string;
  moves: WordMove[];
  attach: WordAttachment[];
}

const wordKey = z.string().regex(/^[0-9a-f]{16}$/);
const code = z.string().regex(/^[\p{L}\p{N}._-]{1,20}$/u);

/** A decision as kept with the round: a plain key (the older form: confirmed as read), or the key with its changes. */
export const wordConfirmationSchema = z.union([
  wordKey,
  z.object({
    key: wordKey,
    moves: z.array(z.object({ from: code, to: code.nullable() })).max(LIMITS.wordDecision.moves).optional(),
    attach: z.array(z.object({ block: z.int().min(1).max(LIMITS.wordDecision.blocks), to: code })).max(LIMITS.wordDecision.blocks).optional(),
  }),
]);

export type WordConfirmation = z.infer<typeof wordConfirmationSchema>;

export function decisionOf(entry: WordConfirmation): WordDecision {
  return typeof entry === 'string' ? { key: entry, moves: [], attach: [] } : { key: entry.key, moves: entry.moves ?? [], attach: entry.attach ?? [] };
}

export const changesReading = (d: WordDecision): boolean => d.moves.length > 0 || d.attach.length > 0;

/** How a decision is kept: the plain key when it changes nothing, so older versions still read it. */
export function confirmationOf(d: WordDecision): WordConfirmation {
  return changesReading(d) ? { key: d.key, ...(d.moves.length > 0 ? { moves: d.moves } : {}), ...(d.attach.length > 0 ? { attach: d.attach } : {}) } : d.key;
}

/** One decision per key, the later one winning: what the round keeps. */
export function mergeConfirmations(entries: readonly WordConfirmation[], added: WordDecision): WordConfirmation[] {
  return [...entries.filter((e) => decisionOf(e).key !== added.key), confirmationOf(added)];
}

export type AppliedDecision = { ok: true; reading: WordReading } | { ok: false; mismatches: string[] };

/**
 * The reading with the office's decision applied: moved parts under their new code (sure: the
 * officer placed them), left-out parts gone, attached blocks placed as parts; then the figures
 * read from sentences, the parts absent and what is left to decide worked out again. A decision
 * that no longer fits the reading (a part or a block it names is not there, a code the đề cương
 * lacks) is not applied: the mismatches say why, and the report waits for the officer again.
 */
export function applyWordDecision(reading: WordReading, decision: WordDecision, template: ReportTemplate, periodKind?: PeriodKind): AppliedDecision {
  const rank = new Map(template.sections.map((s, i) => [s.code, i]));
  const mismatches: string[] = [];
  const moves = new Map(decision.moves.map((m) => [m.from, m.to]));
  for (const m of decision.moves) {
    if (!reading.sections.some((s) => s.codes[0] === m.from)) mismatches.push(`cách đọc không có mục ${m.from} để chuyển`);
    if (m.to !== null && !rank.has(m.to)) mismatches.push(`đề cương không có mục ${m.to}`);
  }
  for (const a of decision.attach) {
    if (a.block > reading.unplaced.length) mismatches.push(`cách đọc không có đoạn chưa xếp thứ ${a.block}`);
    if (!rank.has(a.to)) mismatches.push(`đề cương không có mục ${a.to}`);
  }
  if (mismatches.length > 0) return { ok: false, mismatches: [...new Set(mismatches)] };

  const sections: WordSection[] = [];
  for (const s of reading.sections) {
    if (!moves.has(s.codes[0])) sections.push(s);
    else {
      const to = moves.get(s.codes[0]);
      if (to) sections.push({ ...s, codes: [to], certainty: 'sure', reason: `cán bộ chuyển từ mục ${s.codes.join(' + ')}` });
    }
  }
  const attached = new Map(decision.attach.map((a) => [a.block - 1, a.to]));
  for (const [index, to] of [...attached].sort((a, b) => a[0] - b[0])) {
    const block = reading.unplaced[index];
    const part: WordSection = { codes: [to], heading: block.heading ?? '', paragraphs: block.paragraphs, text: block.paragraphs.join('\n'), certainty: 'sure', reason: 'cán bộ gắn đoạn chưa xếp vào mục này' };
    // In the đề cương's order: after the last part of its code or of one before it.
    let at = sections.length;
    while (at > 0 && (rank.get(sections[at - 1].codes[0]) ?? -1) > (rank.get(to) ?? -1)) at--;
    sections.splice(at, 0, part);
  }
  const unplaced = reading.unplaced.filter((_, i) => !attached.has(i));
  const tableFigures = reading.figures.filter((f) => f.source === 'bang');
  return { ok: true, reading: { ...reading, sections, unplaced, ...settleParts({ sections, tableFigures }, template, periodKind) } };
}
