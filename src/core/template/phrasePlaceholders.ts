/** The indicator codes a phrase fills in: "đã tổ chức {hn_quan_triet} hội nghị" → ["hn_quan_triet"]. */
export function phrasePlaceholders(phrase: string): string[] {
  return [...phrase.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1].trim());
}
