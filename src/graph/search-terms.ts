/**
 * What a user's search text asks for: words and "quoted phrases", all required. Parsed
 * here once so no store passes raw user text to its search engine (an FTS5 MATCH
 * expression has its own syntax, and a stray `-` or `:` would be an error).
 */
export type SearchTerms = string[][];

/** Each term is a phrase of one or more lower-case, accent-free words; empty when nothing searchable is left. */
export function parseSearchTerms(query: string): SearchTerms {
  const terms: SearchTerms = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = searchWords(phrase ?? word);
    if (phrase !== undefined) {
      if (words.length) terms.push(words);
    } else {
      for (const single of words) terms.push([single]);
    }
  }
  return terms;
}

/** Lower-case, accent-free letters and digits, split on everything else. */
export function searchWords(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
