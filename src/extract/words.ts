import type { Sentence } from './sentences.js';
import { Vocable } from './vocabulary.js';

/**
 * Words are tokens glued back where wink splits inside a name: "Jong-un", "Il-sung",
 * "O'Brien". A possessive "'s" stays its own word and marks the end of a name.
 */
export interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  spaceBefore: boolean;
  /** What the text alone decides (see vocabulary.ts). */
  vocable: Vocable;
}

const GLUE = new Set(['-', '‐', "'", '’']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export function toWords(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = words[words.length - 1];
    const next = tokens[i + 1];
    // Glue "Jong" "-" "un" into one word when nothing separates the pieces.
    if (previous && GLUE.has(token.text) && !token.spaceBefore && next && !next.spaceBefore && /^\p{L}/u.test(next.text) && /\p{L}$/u.test(previous.text)) {
      // A new word: the tokens themselves stay as wink read them.
      const text = previous.text + token.text + next.text;
      words[words.length - 1] = { ...previous, text, end: next.end, vocable: new Vocable(text) };
      i++;
      continue;
    }
    // A token is already a word (sentences.ts marks its capital): shared, not copied.
    words.push(token);
  }
  return words;
}

/**
 * A full stop glued to an abbreviation inside a phrase, ending nothing: "(R-Fla.) said",
 * "R-Ky., said", and the "S." of "R-S.C.", read before the next letter and its own stop.
 */
export function isAbbreviationStop(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return words[k].text === '.' && !words[k].spaceBefore && next !== undefined
    && (next.text === ')' || next.text === ',' || (/^\p{Lu}\.$/u.test(next.text) && !next.spaceBefore));
}

/** A verb or an auxiliary: what makes a stretch of words a clause. */
export const isVerb = (word: Word): boolean => word.pos === 'VERB' || word.pos === 'AUX';

/** An auxiliary, or a verb that is no participle ("-ing", "-ed"): a clause's own verb. */
export const isFiniteVerb = (word: Word): boolean => word.pos === 'AUX' || (word.pos === 'VERB' && !/(ing|ed)$/.test(word.text));

/** A verb in its past form, as a writer inverts it before a speaker ("Said Comey", "Added Smith"): not its bare form, "-s" or "-ing". */
export const isPastForm = (word: Word): boolean => word.text.toLowerCase() !== word.lemma && !/(?:s|ing)$/.test(word.text);

export const isPossessive = (word: Word | undefined): boolean => !!word && POSSESSIVE.has(word.text) && !word.spaceBefore;

/**
 * "she’s said she would run", "he's warned that …": an "’s" after "he" or "she" before the past
 * participle at `verb` is "has", not "is" ("he's said to be", "she's praised by" stay passive).
 */
export function isPerfectContraction(words: Word[], s: number, verb: number): boolean {
  return CONTRACTED_S.has(words[s].text) && ['he', 'she'].includes(words[s - 1]?.text.toLowerCase() ?? '')
    && !words[verb].text.endsWith('ing') && !['to', 'by'].includes(words[verb + 1]?.text.toLowerCase() ?? '');
}

const CONTRACTED_S = new Set(['’s', "'s"]);
