import { localName, parseXml } from '../xlsxFast/parseXml';
import { attr } from './ooxmlProps';

/** One level of a list definition (w:lvl). */
export interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: restart after a level of this 1-based number or shallower is used; 0 never. */
  restart?: number;
  legal: boolean;
  /** The paragraph style this level is linked to (headings numbered through their style). */
  style?: string;
  /** The symbol font of a bullet. */
  font?: string;
}

export interface AbstractDef {
  levels: (LevelDef | undefined)[];
  /** w:numStyleLink: the list is defined by a numbering style's own list. */
  styleLink?: string;
}

export interface NumDef {
  abstractId: string;
  /** Per level: a start override and/or a whole level redefined. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface WordNumbering {
  abstracts: Map<string, AbstractDef>;
  nums: Map<string, NumDef>;
}

const newLevel = (): LevelDef => ({ start: 1, format: 'decimal', text: '', legal: false });

const toLevel = (value: string | undefined) => Math.min(8, Math.max(0, Number(value) || 0));

/** The numbering part: list definitions (abstractNum) and the lists that use them (num). */
export function readNumbering(bytes: Uint8Array | null): WordNumbering {
  const abstracts = new Map<string, AbstractDef>();
  const nums = new Map<string, NumDef>();
  if (!bytes) return { abstracts, nums };
  let abstract: AbstractDef | null = null;
  let num: NumDef | null = null;
  let level: LevelDef | null = null;
  let levelIndex = 0;
  let overrideIndex = -1;
  parseXml(bytes, {
    open(tag) {
      const name = localName(tag.name);
      const value = attr(tag, 'val');
      if (name === 'abstractNum') {
        abstract = { levels: [] };
        const id = attr(tag, 'abstractNumId');
        if (id !== undefined && !abstracts.has(id)) abstracts.set(id, abstract);
      } else if (name === 'num') {
        num = { abstractId: '', overrides: new Map() };
        const id = attr(tag, 'numId');
        if (id !== undefined && !nums.has(id)) nums.set(id, num);
      } else if (name === 'abstractNumId' && num) num.abstractId = value ?? '';
      else if (name === 'lvlOverride' && num) overrideIndex = toLevel(attr(tag, 'ilvl'));
      else if (name === 'startOverride' && num && overrideIndex >= 0) {
        const entry = num.overrides.get(overrideIndex) ?? {};
        num.overrides.set(overrideIndex, { ...entry, start: Number(value) || 0 });
      } else if (name === 'lvl') {
        level = newLevel();
        levelIndex = toLevel(attr(tag, 'ilvl'));
        if (num && overrideIndex >= 0) num.overrides.set(overrideIndex, { ...num.overrides.get(overrideIndex), level });
        else if (abstract) abstract.levels[levelIndex] ??= level;
      } else if ((name === 'numStyleLink' || name === 'styleLink') && abstract && !level) {
        if (name === 'numStyleLink') abstract.styleLink = value;
      } else if (level) {
        if (name === 'start') level.start = Number(value) || 0;
        else if (name === 'numFmt') level.format = value ?? 'decimal';
        else if (name === 'lvlText') level.text = value ?? '';
        else if (name === 'lvlRestart') level.restart = Number(value) || 0;
        else if (name === 'isLgl') level.legal = value === undefined || !['0', 'false', 'off'].includes(value);
        else if (name === 'pStyle') level.style = value;
        else if (name === 'rFonts') level.font = attr(tag, 'ascii') ?? attr(tag, 'hAnsi');
      }
    },
    close(name) {
      if (name === 'lvl') level = null;
      else if (name === 'lvlOverride') overrideIndex = -1;
      else if (name === 'abstractNum') abstract = null;
      else if (name === 'num') num = null;
    },
  });
  return { abstracts, nums };
}
