/**
 * Straight double quotes as a printed document writes them: `"Về đẩy mạnh…"` → `“Về đẩy mạnh…”`.
 * A quote opens at the start, after a space or an opening bracket or dash, and closes elsewhere;
 * quotes already curly stay as they are.
 */
export function typographicQuotes(text: string): string {
  return text.replace(/"/g, (_, at: number) => (at === 0 || /[\s([{\u2013\u2014-]/.test(text[at - 1]) ? '\u201c' : '\u201d'));
}
