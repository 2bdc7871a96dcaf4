import type { AbstractDef, LevelDef, WordNumbering } from './readNumbering';

/*
 * The labels Word shows before numbered paragraphs, counted in document order: counters per list
 * (lists of one definition share them unless one restarts with a start override), deeper levels
 * restarting when a shallower one advances (or as w:lvlRestart says), lvlText's %1…%9 filled in
 * each level's number format, or in arabic figures under isLgl.
 */

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: A…Z, then AA, BB… (the letter repeated), not a spreadsheet's AA, AB. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A number in a level's format; the formats Word offers that no report uses read as arabic. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Symbol-font characters (U+F0xx, as Word stores bullets and w:sym) as the character drawn. */
const SYMBOLS: Record<number, string> = { 0xb7: '•', 0x2d: '-', 0xa7: '▪', 0xd8: '➢', 0xfc: '✓', 0x76: '❖', 0x71: '❑', 0x6c: '●', 0x6e: '■', 0xa8: '◆', 0x46: '☞', 0xe0: '→', 0xe8: '➔', 0x2a: '*', 0x6f: '□' };

export function symbolText(text: string): string {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xf000 && code <= 0xf0ff) return SYMBOLS[code - 0xf000] ?? '•';
    return ch;
  }).join('');
}

export interface NumberingCounter {
  /** The label of the next paragraph of this list at this level, counted; undefined when none shows. */
  next(numId: string, ilvl: number): string | undefined;
  /** The level a paragraph of this style takes in this list (a heading style linked to a level). */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined;
}

/**
 * A counter over the document's lists. styleNumId gives the list a numbering style points to
 * (w:numStyleLink), through the styles part.
 */
export function createNumberingCounter(numbering: WordNumbering, styleNumId: (styleId: string) => string | undefined): NumberingCounter {
  const counters = new Map<string, (number | undefined)[]>();
  const abstractOf = (abstractId: string): AbstractDef | undefined => {
    let abstract = numbering.abstracts.get(abstractId);
    // A list defined by a numbering style: its levels are the style's list's (one hop, no loop).
    if (abstract?.styleLink) {
      const linkedNum = numbering.nums.get(styleNumId(abstract.styleLink) ?? '');
      const linked = linkedNum ? numbering.abstracts.get(linkedNum.abstractId) : undefined;
      if (linked && linked !== abstract && !linked.styleLink) abstract = linked;
    }
    return abstract;
  };
  return {
    next(numId, ilvl) {
      const num = numbering.nums.get(numId);
      const abstract = num ? abstractOf(num.abstractId) : undefined;
      if (!num || !abstract) return undefined;
      const levelOf = (k: number): LevelDef | undefined => num.overrides.get(k)?.level ?? abstract.levels[k];
      const startOf = (k: number): number => num.overrides.get(k)?.start ?? levelOf(k)?.start ?? 1;
      const level = levelOf(ilvl);
      if (!level) return undefined;
      const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
      let state = counters.get(key);
      if (!state) counters.set(key, (state = []));
      state[ilvl] = state[ilvl] === undefined ? startOf(ilvl) : (state[ilvl] ?? 0) + 1;
      for (let k = ilvl + 1; k < 9; k++) {
        const restart = levelOf(k)?.restart;
        // Restart after any shallower level by default; after levels 1…restart when given; never at 0.
        if (restart === undefined || (restart !== 0 && ilvl < restart)) state[k] = undefined;
      }
      if (level.format === 'bullet') return symbolText(level.text).trim() || undefined;
      const values = state;
      const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
        const k = Number(digit) - 1;
        const format = levelOf(k)?.format ?? 'decimal';
        const value = values[k] ?? startOf(k);
        return formatNumber(value, level.legal && format !== 'none' ? 'decimal' : format);
      });
      return symbolText(label).trim() || undefined;
    },
    levelOfStyle(numId, styleId) {
      const num = numbering.nums.get(numId);
      const abstract = num ? abstractOf(num.abstractId) : undefined;
      if (!abstract || !styleId) return undefined;
      const index = abstract.levels.findIndex((l) => l?.style === styleId);
      return index >= 0 ? index : undefined;
    },
  };
}
