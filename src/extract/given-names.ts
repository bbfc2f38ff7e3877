import { getGender } from 'gender-detection-from-name';
import { SURNAME_FIRST } from '../lexicon/people.js';
import { boundedMemo } from '../memo.js';

/**
 * Given names from `gender-detection-from-name` (MIT; ~87k names of English, Italian, Spanish,
 * French, German and Turkish use, many of them international): evidence that a capitalised
 * pair is a person ("Kristen Wilkins", not "Internet Explorer"),
 */

/**
 * Memoised: the package lower-cases and probes six maps per call, and most capitalised words
 * are no given name at all (then it is asked again without accents). A newsroom's vocabulary of
 * capitalised words is small, so the cache answers nearly every call; it is emptied when full.
 */
const gender = boundedMemo(50_000, lookUpGender);

function lookUpGender(word: string): 'male' | 'female' | null {
  let found = getGender(word);
  // Only a word with a non-ASCII letter can lose an accent.
  if (found === 'unknown' && /[^\x00-\x7f]/.test(word)) found = getGender(word.normalize('NFD').replace(/\p{M}/gu, ''));
  return found === 'unknown' ? null : found;
}

export const isGivenName = (word: string): boolean => gender(word) !== null;

/** Does this first word open a person's name: a given name, or a surname written first ("Li Hongzhong")? */
export const opensPersonName = (word: string): boolean => SURNAME_FIRST.has(word) || isGivenName(word);

/** The gender a given name suggests; none for a surname written first ("Kim" of Kim Jong-un). */
export const givenNameGender = (word: string): 'male' | 'female' | null => (SURNAME_FIRST.has(word) ? null : gender(word));
