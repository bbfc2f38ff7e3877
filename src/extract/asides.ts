import { DEFINITE } from '../lexicon/people.js';
import { CLAUSE_BREAK } from './speaker-basics.js';
import { isFiniteVerb, type Word } from './words.js';
import { DOUBLE_QUOTE_MARKS } from './quotes.js';

/**
 * Asides between a subject and its cue: "Holt, who calls the mayor a “fraud,” said", "Joe
 * Scarborough, host of MSNBC’s “Morning Joe,” suggested", "Mr. Leenders, who estimated that …,
 * said". speakers.ts reads the subject past them.
 */

/** How many words an aside may run. */
export const MAX_ASIDE_WORDS = 16;

/** Does word k stand in a relative clause opened by ", who" or ", which" a few words before it? */
export function insideRelativeClause(words: Word[], k: number): boolean {
  for (let j = k - 1; j > 0 && k - j <= MAX_ASIDE_WORDS; j--) {
    if (CLAUSE_BREAK.has(words[j].text) && words[j].text !== ',') return false;
    if (ASIDE_RELATIVES.has(words[j].text.toLowerCase())) return words[j - 1].text === ',';
  }
  return false;
}

/** The comma opening an aside that ends at `close` (a relative clause, a participle, a prepositional phrase or an apposition to a name), or -1. */
export function asideOpeningComma(words: Word[], close: number): number {
  for (let j = close - 2; j > 0 && close - j <= MAX_ASIDE_WORDS * 2; j--) {
    if (words[j].text !== ',') continue;
    const opener = words[j + 1];
    if (ASIDE_RELATIVES.has(opener.text.toLowerCase()) || opener.pos === 'ADP' || (opener.pos === 'VERB' && opener.text.endsWith('ing'))) return j;
    // "Joe Scarborough, host of MSNBC’s “Morning Joe,” said": an apposition to the name before the comma.
    if (APPOSITION_TAGS.has(opener.pos) && words[j - 1].pos === 'PROPN') return j;
  }
  return -1;
}

const ASIDE_RELATIVES = new Set(['who', 'which', 'whose']);
const APPOSITION_TAGS = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM']);

/** `the co-author of "Going Viral,"`: the mark at `close` ends a short title in capitals (its comma inside), not a quotation. */
export function closesTitle(words: Word[], close: number): boolean {
  let open = close - 1;
  while (open > 0 && close - open <= 7 && !DOUBLE_QUOTE_MARKS.has(words[open].text)) open--;
  if (open < 1 || !DOUBLE_QUOTE_MARKS.has(words[open].text)) return false;
  const inside = words.slice(open + 1, close).filter((word) => word.pos !== 'PUNCT');
  return inside.length > 0 && inside.every((word) => word.capitalized || TITLE_SMALL_WORDS.has(word.text)) && words[open - 1].pos === 'ADP';
}

const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for']);

/**
 * "a guest speaker", "now a guest speaker who travels the country", "the group's founder": a
 * comma segment [from, to] that describes the one before it (a determiner opens it, and no
 * finite verb stands before its relative pronoun).
 */
export function describesBefore(words: Word[], [from, to]: [number, number]): boolean {
  const at = ['now', 'then', 'once', 'also'].includes(words[from].text.toLowerCase()) ? from + 1 : from;
  if (!words[at] || !DEFINITE_OR_INDEFINITE.has(words[at].text.toLowerCase())) return false;
  const relative = words.findIndex((word, index) => index > from && index <= to && RELATIVE_PRONOUNS.has(word.text.toLowerCase()));
  return !words.slice(from, relative === -1 ? to + 1 : relative).some(isFiniteVerb);
}

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);
export const DEFINITE_OR_INDEFINITE: ReadonlySet<string> = new Set([...DEFINITE, 'a', 'an']);
