import { CLAUSE_BREAK } from './speaker-basics.js';
import type { Word } from './words.js';

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
