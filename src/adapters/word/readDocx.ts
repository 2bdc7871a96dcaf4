import type { WordParagraph, WordReadNote } from '../../core/wordReport/WordDocument';
import type { LegacyEncoding } from '../../core/text/legacyEncodings';
import { LIMITS } from '../../core/round/limits';
import type { InflateRaw } from '../xlsxFast/readZipParts';
import { HandOver } from '../xlsxFast/parseXml';
import { buildWordParagraph } from './buildWordParagraph';
import { createTocFilter } from './tocLines';
import type { StyledRun } from './convertLegacyRuns';
import { createNumberingCounter } from './numberingLabels';
import { mergeRunProps } from './ooxmlProps';
import { openDocxPackage } from './openDocxPackage';
import { readNumbering } from './readNumbering';
import { readStyles, type WordStyles } from './readStyles';
import { walkDocxBody, type RawParagraph } from './walkDocxBody';
import { WORD_NOTES, WORD_REFUSALS, type WordReadResult } from './wordReadMessages';

export interface DocxReadOptions {
  /** The inflater of the zip's parts (Node's zlib on the command line). */
  inflate: InflateRaw;
  /** A clock in milliseconds: reading stops past LIMITS.file.timeMs (the reading threads keep their own limit too). */
  now?: () => number;
}

class TimeUp extends Error {}


function runsOf(raw: RawParagraph, styles: WordStyles, styleRun: ReturnType<WordStyles['paragraph']>['run']): StyledRun[] {
  const base = mergeRunProps(styles.defaults, styleRun);
  const out: StyledRun[] = [];
  for (const run of raw.runs) {
    const props = mergeRunProps(run.props.style ? mergeRunProps(base, styles.character(run.props.style)) : base, run.props);
    if (props.hidden) continue;
    out.push({ text: run.text, bold: !!props.bold, italic: !!props.italic, underline: !!props.underline, caps: !!props.caps, font: props.font });
  }
  return out;
}

/** The paragraph resolver: styles, numbering labels, legacy text, and what to leave out as a table of contents. */
function createResolver(styles: WordStyles, numbering: ReturnType<typeof readNumbering>) {
  const counter = createNumberingCounter(numbering, (id) => styles.paragraph(id).numId);
  const legacy = { paragraphs: 0, encodings: new Set<LegacyEncoding>() };
  const toc = createTocFilter();
  const resolve = (raw: RawParagraph): WordParagraph | null => {
    const style = styles.paragraph(raw.props.style);
    const runs = runsOf(raw, styles, style.run);
    const shows = runs.some((r) => /\S/.test(r.text));
    if (raw.markDeleted && !shows) return null;
    if (style.isToc || (raw.inToc && !shows)) {
      toc.mark();
      return null;
    }
    const numId = raw.props.numId ?? style.numId;
    let label: string | undefined;
    if (numId && numId !== '0') {
      const ilvl = raw.props.ilvl ?? (raw.props.numId === undefined ? style.ilvl : undefined) ?? counter.levelOfStyle(numId, style.id) ?? 0;
      label = counter.next(numId, ilvl);
    }
    const outline = raw.props.outlineLevel;
    const headingLevel = outline !== undefined ? (outline >= 0 && outline <= 8 ? outline + 1 : undefined) : style.headingLevel;
    const { paragraph, encodings } = buildWordParagraph(runs, { label, headingLevel, style: style.name, align: raw.props.align ?? style.align });
    if (!paragraph || !toc.keep(paragraph.text)) return null;
    if (encodings.length > 0) {
      legacy.paragraphs++;
      encodings.forEach((e) => legacy.encodings.add(e));
    }
    return paragraph;
  };
  return { resolve, onToc: toc.mark, legacy, toc };
}

/**
 * A .docx's body as Word shows it (see WordDocument): never throws; a damaged, crafted or
 * oversized file comes back with its reason in Vietnamese.
 */
export function readDocx(bytes: Uint8Array, options: DocxReadOptions): WordReadResult {
  const started = options.now?.() ?? 0;
  try {
    const opened = openDocxPackage(bytes, options.inflate);
    if ('reason' in opened) return { ok: false, reason: opened.reason };
    const { parts } = opened;
    const styles = readStyles(parts.styles);
    const resolver = createResolver(styles, readNumbering(parts.numbering));
    const tick = options.now
      ? () => {
          if ((options.now?.() ?? 0) - started > LIMITS.file.timeMs) throw new TimeUp();
        }
      : undefined;
    const walk = walkDocxBody(parts.document, {
      resolve: resolver.resolve,
      onToc: resolver.onToc,
      tick,
      borderless: (style, sides, cellBorders) => {
        const all = { ...styles.tableBorders(style), ...sides };
        return !cellBorders && !Object.values(all).some(Boolean);
      },
    });
    const notes: WordReadNote[] = [];
    const { legacy } = resolver;
    if (legacy.paragraphs > 0) notes.push(WORD_NOTES.legacy(legacy.paragraphs, [...legacy.encodings].sort().join(', ')));
    if (walk.trackedChanges) notes.push(WORD_NOTES.trackedChanges);
    if (walk.toc || resolver.toc.seen()) notes.push(WORD_NOTES.toc);
    if (walk.footnotes) notes.push(WORD_NOTES.footnotes);
    if (walk.textboxes) notes.push(WORD_NOTES.textboxes);
    return { ok: true, document: { format: 'docx', blocks: walk.blocks, notes } };
  } catch (error) {
    return { ok: false, reason: refusalOf(error) };
  }
}

/** The Vietnamese reason for what stopped a reader. */
export function refusalOf(error: unknown): string {
  if (error instanceof TimeUp) return WORD_REFUSALS.timeout;
  if (error instanceof HandOver) return /DOCTYPE/.test(error.message) ? WORD_REFUSALS.doctype : WORD_REFUSALS.damagedXml;
  return WORD_REFUSALS.unexpected(error instanceof Error ? error.message : String(error));
}
