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

/** The name's gender by all six lists, "either" when they disagree ("Andrea", "Jean", "Robin"). */
function lookUpGender(word: string): 'male' | 'female' | 'either' | null {
  let found = genderByList(word);
  // Only a word with a non-ASCII letter can lose an accent.
  if (found === null && /[^\x00-\x7f]/.test(word)) found = genderByList(word.normalize('NFD').replace(/\p{M}/gu, ''));
  return found;
}

const LISTS = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

/**
 * Asked with each list first, the package answers by that list when it has the name (else by
 * the first list that has it), so two different answers mean two lists disagree.
 */
function genderByList(word: string): 'male' | 'female' | 'either' | null {
  // Asked of all lists at once first: most capitalised words are in none, and one probe says so.
  if (getGender(word) === 'unknown') return null;
  const answers = new Set(LISTS.map((list) => getGender(word, list)));
  answers.delete('unknown');
  if (answers.size === 0) return null;
  return answers.size > 1 ? 'either' : (answers.values().next().value as 'male' | 'female');
}

export const isGivenName = (word: string): boolean => gender(word) !== null;

/** Does this first word open a person's name: a given name, or a surname written first ("Li Hongzhong")? */
export const opensPersonName = (word: string): boolean => SURNAME_FIRST.has(word) || isGivenName(word);

/** The gender a given name suggests; none for a surname written first ("Kim" of Kim Jong-un). */
export const givenNameGender = (word: string): 'male' | 'female' | null => {
  const found = SURNAME_FIRST.has(word) ? null : gender(word);
  return found === 'either' ? null : found;
};
