import { boundedMemo } from '../memo.js';

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

/**
 * searchWords of an entity's name or alias, kept: names are scored again on every search
 * (hundreds per query) and repeat across queries, so a bounded cache keeps them off the regex
 * engine. Read-only: the arrays are shared.
 */
const nameWords = boundedMemo<readonly string[]>(50_000, searchWords);

/** How many times each term (a phrase of words) occurs in `words`. */
export function termOccurrences(words: string[], terms: SearchTerms): number[] {
  return terms.map((phrase) => words.filter((_, at) => phrase.every((word, offset) => words[at + offset] === word)).length);
}

/** Whether every word of `prefixes` begins some word of `words`. */
export const everyWordBegins = (prefixes: readonly string[], words: readonly string[]): boolean =>
  prefixes.every((prefix) => words.some((word) => word.startsWith(prefix)));

/** Whether an entity is found by these typed words: each begins a word of its name or of one of its aliases. */
export const entityNameMatches = (row: { name: string; aliases: string[] }, prefixes: readonly string[]): boolean =>
  prefixes.length > 0 && everyWordBegins(prefixes, [row.name, ...row.aliases].flatMap(nameWords));

/**
 * How well typed words find an entity, on the scale `search` ranks every kind by (0: not at
 * all, 1 at best). By its name or an alias: the whole name typed 0.9, whole words 0.75,
 * beginnings of words 0.6, words spread over several aliases 0.45, and +0.05 for the
 * canonical name rather than an alias. By a role ("minister" finds people whose role is
 * "Foreign Minister"): whole words 0.4, beginnings 0.3. Then up to +0.05 for how often it is
 * mentioned (well-known entities first among equals). Shared by every store, so they rank alike.
 */
export function entityMatchScore(row: { name: string; aliases: string[]; roles?: readonly string[]; mentionCount: number }, prefixes: readonly string[]): number {
  if (prefixes.length === 0) return 0;
  const typed = prefixes.join(' ');
  let best = 0;
  for (const [index, name] of [row.name, ...row.aliases].entries()) {
    const words = nameWords(name);
    const quality = words.join(' ') === typed ? NAME_MATCH.whole
      : prefixes.every((prefix) => words.includes(prefix)) ? NAME_MATCH.wholeWords
      : everyWordBegins(prefixes, words) ? NAME_MATCH.beginnings : 0;
    if (quality > 0) best = Math.max(best, quality + (index === 0 ? NAME_MATCH.canonical : 0));
  }
  if (best === 0 && entityNameMatches(row, prefixes)) best = NAME_MATCH.spread;
  for (const role of best === 0 ? (row.roles ?? []) : []) {
    const words = nameWords(role);
    best = Math.max(best, prefixes.every((prefix) => words.includes(prefix)) ? ROLE_MATCH.wholeWords : everyWordBegins(prefixes, words) ? ROLE_MATCH.beginnings : 0);
  }
  return best === 0 ? 0 : Math.round((best + Math.min(0.05, Math.log10(1 + row.mentionCount) / 100)) * 1000) / 1000;
}

/** Scores of a name match (see entityMatchScore): tiers 0.15 apart, so the bonuses never cross a tier. */
const NAME_MATCH = { whole: 0.9, wholeWords: 0.75, beginnings: 0.6, spread: 0.45, canonical: 0.05 };
/** Scores of a role match: below every name match. */
const ROLE_MATCH = { wholeWords: 0.4, beginnings: 0.3 };

/** How many entities a SQL store's name search ranks at most (the most mentioned of those matching, plus exact names). */
export const SEARCH_CANDIDATES = 500;

/** An entity as name search scores it. */
export interface NameCandidate { id: number; kind?: string; name: string; aliases: string[]; mentionCount: number }

/**
 * The best `limit` of a store's candidates for typed words (those its index found by word
 * beginnings, and those the exact name finds), scored by entityMatchScore, best first, ties
 * by id: the last step of every SQL store's searchEntities.
 */
export function bestNameCandidates(candidates: readonly NameCandidate[], exact: readonly NameCandidate[], prefixes: readonly string[], limit: number): Array<{ id: number; score: number }> {
  const unique = new Map<number, NameCandidate>([...candidates, ...exact].map((row) => [row.id, row]));
  return [...unique.values()]
    .map((row) => ({ id: row.id, score: entityMatchScore(row, prefixes) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}
