/*
 * What is left of a table of contents once its field or its styles are gone, or all of one typed
 * by hand: a "MỤC LỤC" title, then lines of a title, a tab or dot leaders, and a page number.
 * Such lines are dropped only right after a table of contents (its title, field, content control
 * or styles); the same line elsewhere is body text.
 */

const TOC_TITLE = /^m[ụu]c\s+l[ụu]c$/i;
const TOC_LINE = /^\S.{0,300}?(\t+\s*|\s*[.…·_]{3,}\s*)\d{1,3}$/;

export interface TocFilter {
  /** A table of contents was just skipped (its field, content control or styled paragraphs). */
  mark(): void;
  /** Whether a paragraph of this text is body text (false: a table of contents' title or line). */
  keep(text: string): boolean;
  /** A table of contents was found and left out. */
  seen(): boolean;
}

export function createTocFilter(): TocFilter {
  let after = false;
  let seen = false;
  return {
    mark() {
      after = seen = true;
    },
    keep(text) {
      if (after && TOC_LINE.test(text)) return false;
      after = TOC_TITLE.test(text);
      seen ||= after;
      return !after;
    },
    seen: () => seen,
  };
}
