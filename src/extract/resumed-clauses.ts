import { SUBJECT_PRONOUNS } from '../lexicon/people.js';
import type { Word } from './words.js';

/**
 * "The board said the port would reopen in May, a pledge Reyes welcomed": a noun after the
 * comma sums up the clause before it, and someone's act on it follows (an object relative
 * clause with no "that"). What the board said ends at the comma; "welcomed" has no content of
 * its own after it ("a point Feinstein also acknowledged to Bloomberg" is not about Bloomberg).
 */

/** The verb of such a phrase starting at word k ("a pledge Reyes welcomed" → "welcomed"), or -1. */
export function resumedClauseAct(words: Word[], k: number): number {
  if (!RESUMING_DETERMINERS.has(words[k]?.text.toLowerCase() ?? '')) return -1;
  let j = k + 1;
  while (words[j]?.pos === 'ADJ') j++;
  if (words[j]?.pos !== 'NOUN') return -1;
  j++;
  const subject = j;
  if (SUBJECT_PRONOUNS.has(words[j]?.text.toLowerCase() ?? '')) j++;
  else if (words[j]?.pos === 'DET' && words[j + 1]?.pos === 'NOUN') j += 2;
  else while (words[j]?.pos === 'PROPN') j++;
  if (j === subject) return -1;
  while (words[j]?.pos === 'ADV') j++;
  return words[j]?.pos === 'VERB' && words[j].text.endsWith('ed') ? j : -1;
}

/** Is word `cue` the verb of such a phrase? */
export function actsOnResumedClause(words: Word[], cue: number): boolean {
  for (let comma = cue - 1; comma >= 0 && cue - comma <= MAX_PHRASE_WORDS; comma--) {
    if (words[comma].text === ',') return resumedClauseAct(words, comma + 1) === cue;
  }
  return false;
}

const RESUMING_DETERMINERS = new Set(['a', 'an', 'another']);
const MAX_PHRASE_WORDS = 10;
