import { convertLegacyText, detectLegacyEncoding, hasUnicodeVietnamese, hintedLegacyEncoding, type LegacyEncoding } from '../../core/text/legacyEncodings';

/** A stretch of a paragraph's text with one look, as the readers collect it. */
export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The caps property (the text is shown in capitals whatever was typed). */
  caps: boolean;
  /** The font the run asks for, a hint for legacy encodings. */
  font?: string;
}

/** The encoding a font's name suggests: the TCVN3 fonts (.VnTime, .VnArial…) and the VNI ones. */
export function fontEncoding(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  if (/^\.vn/i.test(font.trim())) return 'TCVN3';
  if (/^vni[-\s]/i.test(font.trim())) return 'VNI';
  return null;
}

/** The TCVN3 capital fonts (.VnTimeH, .VnArialH): lower-case codes drawn as capitals. */
const isCapitalFont = (font: string | undefined) => !!font && /^\.vn.*h$/i.test(font.trim());

const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Runs typed in TCVN3 or VNI, converted to Unicode. The characters decide: a run converts when
 * its own text is clearly legacy, or when the paragraph's legacy-looking runs together are and
 * the run's font does not say otherwise, or when its font names the encoding and the run holds
 * at least one of that encoding's own characters. Runs with Unicode Vietnamese never convert.
 */
export function convertLegacyRuns(runs: StyledRun[]): { runs: StyledRun[]; encodings: LegacyEncoding[] } {
  const candidates = runs.filter((r) => !ASCII.test(r.text) && !hasUnicodeVietnamese(r.text));
  if (candidates.length === 0) return { runs, encodings: [] };
  const allLegacyLooking = !runs.some((r) => hasUnicodeVietnamese(r.text));
  const together = detectLegacyEncoding(candidates.map((r) => r.text).join(' '));
  const encodings = new Set<LegacyEncoding>();
  const out = runs.map((run) => {
    if (!candidates.includes(run)) return run;
    const hint = fontEncoding(run.font);
    const own = detectLegacyEncoding(run.text);
    const fromParagraph = together && (hint === together || (hint === null && allLegacyLooking)) ? together : null;
    const encoding = own ?? fromParagraph ?? (hint ? hintedLegacyEncoding(run.text, hint) : null);
    if (!encoding) return run;
    encodings.add(encoding);
    const text = convertLegacyText(run.text, encoding);
    const capital = encoding === 'TCVN3' && isCapitalFont(run.font);
    return { ...run, text: capital ? text.toUpperCase() : text, caps: run.caps || capital };
  });
  return { runs: out, encodings: [...encodings] };
}
