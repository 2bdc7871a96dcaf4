/**
 * A unit's text quoted in a message or a cell, whole up to `max` characters, else cut there and
 * marked "…" (the whole stays in the unit's file and the summary's Nội dung).
 */
export function quoteText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
