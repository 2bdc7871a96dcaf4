/**
 * The material a synthesis test round is built from, one set per style ('dev', 'heldout').
 * Every sentence here was written for these tests. A form is a small template:
 *   [a|b|c]    one of the alternatives (an empty one makes a clause optional)
 *   {self}     the unit's full name ("Đảng ủy phường Vạn Lợi"); {place} its short name ("phường Vạn Lợi")
 *   {n}        a small count (2–25); {m} a count 30–400; {N} a count 300–3.000, written the Vietnamese way
 *   {f:code}   the unit's own figure for that indicator
 * A probe is a lower-case word sequence present in every rendering of its item (after the
 * evaluator's normalisation), and in no sentence of any other item.
 */
export interface ItemSpec {
  id: string;
  probes: string[];
  forms: string[];
  /** For the assessment sections: 'strength' | 'shortcoming' | 'cause' | 'lesson'. */
  kind?: string;
}

export interface BoilerplateSpec {
  probe: string;
  forms: string[];
  /** A closing sentence ("Trên đây là báo cáo …"), written last. */
  atEnd?: boolean;
}

export interface SectionPool {
  boilerplate: BoilerplateSpec[];
  /** Common activities (I, II.x, IV.1), shared assessments (III.x) or shared recommendations (IV.2). */
  items: ItemSpec[];
  /** III.x: points one unit raises; IV.2: distinct recommendations. Each goes to at most one unit. */
  specific?: ItemSpec[];
}

export interface OtherYearSpec {
  probe: string;
  text: string;
}

export interface StylePools {
  /** The invented province or city the units belong to. */
  city: string;
  codePrefix: string;
  wards: string[];
  communes: string[];
  sections: Record<string, SectionPool>;
  /** Kind words of a named fact per section ("mô hình", "câu lạc bộ"), written before the quoted name. */
  factKinds: Record<string, string[]>;
  /** A fact's name is a head and a tail ("Ngõ phố" + "không rác thải nhựa"), unique in the round. */
  factHeads: string[];
  factTails: string[];
  /** Sentences carrying a named fact: {kind}, {name} (with its quotes), {self}, {place}, {n}. */
  factForms: string[];
  /** Share of named facts written with typographic quotes “…” rather than straight ones. */
  typographicQuotes: number;
  otherYear: OtherYearSpec[];
  signers: string[];
  /** Clauses a unit adds at the end of an item's sentence (", góp phần …"); none holds a probe. */
  tails: SectionFamilies;
  /**
   * Last-resort filler when a unit's text is still short: sentences about the unit's own chi bộ
   * ({place}, numbers). Not part of the truth; frames repeat, so keeping many of them shows as near-duplicates.
   */
  details: SectionFamilies;
}

export interface SectionFamilies {
  activity: string[];
  assessment: string[];
  recommendation: string[];
}

/** The sections in the đề cương's order, and the ones whose items are common activities. */
export const SECTION_CODES = ['I', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2'] as const;
export const ACTIVITY_SECTIONS = ['I', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'IV.1'];
export const ASSESSMENT_SECTIONS = ['III.1', 'III.2', 'III.3'];
