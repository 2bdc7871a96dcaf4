// How a unit's Word report was placed on the đề cương: its sections, how sure each is, and what is left over.

export type Certainty = 'sure' | 'look' | 'decide';

/** How sure a placement is, as every door says it. */
export const CERTAINTY_WORDS: Readonly<Record<Certainty, string>> = { sure: 'chắc chắn', look: 'cần xem', decide: 'cần quyết định' };

export interface PlacedSection {
  /** One code; two or more when the unit merged sections under one heading. */
  codes: string[];
  /** The heading as the unit wrote it, with its label. */
  heading: string;
  paragraphs: string[];
  certainty: Certainty;
  reason?: string;
}

export interface UnplacedBlock {
  heading?: string;
  paragraphs: string[];
  reason: string;
  /** Whether the officer must decide where it goes (text outside the đề cương on purpose needs nothing). */
  decide: boolean;
}

export interface Placement {
  sections: PlacedSection[];
  unplaced: UnplacedBlock[];
}
