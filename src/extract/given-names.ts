import { getGender } from 'gender-detection-from-name';
import { SURNAME_FIRST } from '../lexicon/people.js';

/**
 * Given names from `gender-detection-from-name` (MIT; ~87k names of English, Italian, Spanish,
 * French, German and Turkish use, many of them international): evidence that a capitalised
 * pair is a person ("Kristen Wilkins", not "Internet Explorer"),
 */
const gender = (word: string): 'male' | 'female' | null => {
  const found = getGender(word) !== 'unknown' ? getGender(word) : getGender(word.normalize('NFD').replace(/\p{M}/gu, ''));
  return found === 'unknown' ? null : found;
};

export const isGivenName = (word: string): boolean => gender(word) !== null;

/** Does this first word open a person's name: a given name, or a surname written first ("Li Hongzhong")? */
export const opensPersonName = (word: string): boolean => SURNAME_FIRST.has(word) || isGivenName(word);

/** The gender a given name suggests; none for a surname written first ("Kim" of Kim Jong-un). */
export const givenNameGender = (word: string): 'male' | 'female' | null => (SURNAME_FIRST.has(word) ? null : gender(word));
