import { FUNCTION_WORDS, SPELLED_OUT } from '../lexicon/claim-words.js';
import type { ClaimCandidate } from './types.js';

/**
 * What claim matching (claims.ts) compares of a member, computed once per member: sets of
 * numbers, sorted, standing for words, word pairs and stems. Every stored statement is
 * compared with the others of its speaker in its document, and with its candidates: as
 * strings, the pairs alone were one new string and one string hash per word of every report,
 * most of matching's time. Numbers stand for strings one to one (a vocabulary), so the sets
 * and every count taken from them are what the strings gave.
 */
export interface Features {
  /** Whether it says "not", "never" …: "will send troops" and "will never send troops" are two claims. */
  negated: boolean;
  /** Word bigrams ("not send", "send troops"), or the single word of a one-word content: sorted, no repeats. */
  pairs: number[];
  /** Content-word stems and each entity it is about: sorted, no repeats. */
  content: number[];
}

/** Words that turn a claim into its opposite: two wordings that do not match word for word must agree on them. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'cannot', 'without']);
/** Content words are compared by their first letters, after a plural or tense ending: "sanctions" and "sanctioned" are one word. */
const STEM_LETTERS = 5;
/** A Map, not the lexicon's object: a quote saying "constructor" must not read Object.prototype's. */
const SPELLED_OUT_WORDS = new Map(Object.entries(SPELLED_OUT));

/** Word ids are under this, so a pair (first × PAIR_BASE + second) is unique and above every single word's id. */
const PAIR_BASE = 2 ** 26;
/** Words kept before the vocabulary starts again: news has far fewer, a long-running server may meet more. */
const VOCABULARY_LIMIT = 250_000;

interface Word {
  id: number;
  negation: boolean;
  /** Ids of its content stems (none for a function word, two or three for a spelled-out abbreviation). */
  stems: number[];
}

/**
 * Ids for words and stems. Features hold the generation they were computed in: ids from two
 * generations are never compared (startMatching renews the vocabulary only between comparisons).
 */
let words = new Map<string, Word>();
let stems = new Map<string, number>();
let generation = 0;

/**
 * Kept per words array, not per member: a store hands the same arrays out again for a member
 * read again (ParsedMembers), whose features are then not computed again. Exact because
 * arrays of words and entities are never changed once made, and the entities are checked.
 */
const computed = new WeakMap<readonly string[], Features & { generation: number; aboutIds: readonly number[] }>();

/** Called before each comparison: keeps the vocabulary bounded, never in the middle of one. */
export function startMatching(): void {
  if (words.size + stems.size >= VOCABULARY_LIMIT) renewVocabulary();
}

/** A new vocabulary: features computed before are computed again when next asked for. */
export function renewVocabulary(): void {
  words = new Map();
  stems = new Map();
  generation++;
}

export function featuresOf(member: ClaimCandidate): Features {
  const found = computed.get(member.words);
  if (found && found.generation === generation && found.aboutIds === member.aboutIds) return found;
  const { words: text } = member;
  const pairs: number[] = [];
  const content: number[] = [];
  let negated = false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const word = wordOf(text[i]);
    if (i > 0) pairs.push(previous * PAIR_BASE + word.id);
    previous = word.id;
    if (word.negation) negated = true;
    for (const id of word.stems) content.push(id);
  }
  if (text.length === 1) pairs.push(previous);
  // Entities below every stem id (stems count from 1).
  for (const id of member.aboutIds) content.push(-id);
  const features = { pairs: sortedUnique(pairs), content: sortedUnique(content), negated, generation, aboutIds: member.aboutIds };
  computed.set(member.words, features);
  return features;
}

/** How many numbers two sorted, repeat-free arrays share. */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      count++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return count;
}

function wordOf(text: string): Word {
  let word = words.get(text);
  if (!word) {
    const parts = SPELLED_OUT_WORDS.get(text) ?? [text];
    const ids = parts.filter((part) => part.length >= 3 && !FUNCTION_WORDS.has(part)).map((part) => stemId(stem(part)));
    word = { id: words.size + 1, negation: NEGATIONS.has(text), stems: ids };
    words.set(text, word);
  }
  return word;
}

function stemId(text: string): number {
  let id = stems.get(text);
  if (id === undefined) stems.set(text, (id = stems.size + 1));
  return id;
}

/** "waiting" → "wait", "lives" → "liv", "damaged" and "damage" → "damag": endings off, then the first letters. */
function stem(word: string): string {
  const ending = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : word.endsWith('s') ? 1 : 0;
  let end = ending > 0 && word.length - ending >= 3 && !word.endsWith('ss') ? word.length - ending : word.length;
  if (end > 3 && word.charCodeAt(end - 1) === 101 /* e */) end--;
  return word.slice(0, Math.min(end, STEM_LETTERS));
}

/**
 * Sorted in place, repeats dropped. Insertion sort for the short arrays a report makes: no
 * comparator calls (Array.prototype.sort with one was most of the features' time), no buffer
 * (typed arrays, one buffer each, made matching spend its time collecting garbage).
 */
function sortedUnique(values: number[]): number[] {
  if (values.length > 64) values.sort((a, b) => a - b);
  else {
    for (let i = 1; i < values.length; i++) {
      const value = values[i];
      let j = i - 1;
      for (; j >= 0 && values[j] > value; j--) values[j + 1] = values[j];
      values[j + 1] = value;
    }
  }
  let length = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[length++] = values[i];
  values.length = length;
  return values;
}
