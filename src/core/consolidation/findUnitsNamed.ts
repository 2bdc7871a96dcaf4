import type { Unit, UnitRegistry } from '../registry/UnitRegistry';
import { foldForMatch } from '../text/normalizeText';

/** The registry's units by the name a text calls them ("phường ba đình"), folded; null where two share it. */
export type UnitNames = Map<string, Unit | null>;

// What a unit's name may open with, in a text or the registry: the body before the place (folded as names are).
const BODIES = ['ban thường vụ', 'ban chấp hành', 'đảng ủy', 'đảng bộ', 'chi bộ', 'ủy ban nhân dân', 'ubnd'].map(foldForMatch);
/** The first words of those bodies as people type them: a paragraph opening otherwise names no unit this way. */
export const BODY_OPENERS_AS_TYPED = ['ban', 'đảng', 'chi', 'ủy', 'uỷ', 'ubnd'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BODY_WORDS = new RegExp(`^(?:(?:${BODIES.map(escape).join('|')})\\s+)+`, 'u');
const LONGEST_NAME = 7;

const coreOf = (folded: string) => folded.replace(BODY_WORDS, '');

export function unitNames(registry: UnitRegistry): UnitNames {
  const names: UnitNames = new Map();
  for (const unit of registry.units) {
    const core = coreOf(foldForMatch(unit.name));
    if (core.split(' ').length < 2) continue;
    names.set(core, names.has(core) ? null : unit);
  }
  return names;
}

/** The unit a sentence opens with, as a unit writes of itself ("Đảng ủy phường Ba Đình đã …"); null if none. */
export function findUnitsNamed(sentence: string, names: UnitNames): Unit | null {
  // A name is in the first dozen words: only those are folded.
  const opening = sentence.split(/\s+/, 12).join(' ');
  const words = coreOf(foldForMatch(opening)).split(' ');
  for (let n = Math.min(LONGEST_NAME, words.length); n >= 2; n--) {
    const unit = names.get(words.slice(0, n).join(' '));
    if (unit) return unit;
  }
  return null;
}
