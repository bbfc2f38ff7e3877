import type { QuoteIndex } from './quotes.js';
import type { Word } from './words.js';

/**
 * Fronted subordinate clauses ("While …,", "Though …,", "When …,"): what a cue inside one can
 * report, and whether the words before a speaker's comma are one alone.
 */

/**
 * Can the words before the speaker's comma be what the speaker said? Not an adverbial with no
 * verb ("More recently, Lind pledged …", "Weighing in, Holt agreed") nor a fronted subordinate
 * clause alone ("Though she has not …, Lind promised …", "Soon after the vote, …"); "When we
 * win, we will …, Lind said" still is, its main clause before the comma too.
 */
export function reportableBefore(words: Word[], comma: number, quotes: QuoteIndex): boolean {
  const before = words.slice(0, comma);
  if (!hasClauseVerb(words, comma) && quotes.within(before[0].start, words[comma].start).length === 0) return false;
  const first = openingSubordinator(words, comma);
  if (first === -1) return true;
  return before.some((word, index) => index > first && word.text === ',' && !quotes.containsContent(word.start));
}

/**
 * Is there a verb before word `comma` other than a participle opening the sentence ("Weighing in
 * on the discussion, Gov. Holt agreed", "Asked about it, Holt said": no clause of their own)?
 */
export function hasClauseVerb(words: Word[], comma: number): boolean {
  return words.slice(0, comma).some((word, index) => (word.pos === 'VERB' || word.pos === 'AUX') && !(index === 0 && /(ing|ed)$/.test(word.text)));
}

/**
 * "While Lind has pledged to support Holt, her aide suggested …": a cue inside a fronted
 * subordinate clause reports up to the comma that closes it, when a main clause with a verb
 * follows. The comma's index, or -1.
 */
export function frontedClauseEnd(words: Word[], cue: number, quotes: QuoteIndex): number {
  const quoted = (offset: number) => quotes.containsContent(offset);
  const closing = frontedClauseClose(words, quoted);
  return closing > cue ? closing : joinedClauseEnd(words, cue, quoted);
}

/**
 * "…, and when the AP asked Bennett about it, the campaign manager said …": a subordinate clause
 * opening after "and" or "but" closes, as a fronted one does, at its comma before the main
 * clause's verb. The comma's index, or -1.
 */
function joinedClauseEnd(words: Word[], cue: number, quoted: (offset: number) => boolean): number {
  let first = cue - 1;
  while (first > 0 && words[first].text !== ',' && !FRONTED_SUBORDINATORS.has(words[first].text.toLowerCase())) first--;
  if (first < 1 || !FRONTED_SUBORDINATORS.has(words[first].text.toLowerCase()) || !['and', 'but'].includes(words[first - 1].text.toLowerCase())) return -1;
  const closing = words.findIndex((word, index) => index > cue && word.text === ',' && !quoted(word.start));
  if (closing === -1) return -1;
  return words.slice(closing + 1).some((word) => word.pos === 'VERB' || word.pos === 'AUX') ? closing : -1;
}

/**
 * The comma that closes a fronted subordinate clause, where the sentence's main clause begins, or
 * -1: the first comma after the subordinator outside quotation marks, or one closing a quotation
 * (`When Lind said it was “a disgrace,” Holt walked out`), when a verb follows it.
 */
export function frontedClauseClose(words: Word[], quoted: (offset: number) => boolean): number {
  const first = openingSubordinator(words, words.length);
  if (first === -1) return -1;
  const closing = words.findIndex((word, index) => index > first && word.text === ',' && (!quoted(word.start) || CLOSING_QUOTES.has(words[index + 1]?.text ?? '')));
  if (closing === -1) return -1;
  return words.slice(closing + 1).some((word) => word.pos === 'VERB' || word.pos === 'AUX') ? closing : -1;
}

const CLOSING_QUOTES = new Set(['"', '”', "''", '’']);

/** Does the comma at `comma` close a fronted subordinate clause ("While most were …, according to …")? */
export function isFrontedClauseEnd(words: Word[], comma: number): boolean {
  const first = openingSubordinator(words, comma);
  return first !== -1 && !words.slice(first + 1, comma).some((word) => word.text === ',');
}

const FRONTED_SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'when', 'after', 'before', 'because', 'since', 'once', 'unless', 'until', 'if']);

/** The subordinator opening the sentence ("Soon after", "“While", "Three years after"), before word `limit`; -1 when none. */
function openingSubordinator(words: Word[], limit: number): number {
  let measured = false;
  for (let first = 0; first < limit; first++) {
    // The tagger calls "When" and "Once" adverbs too: the subordinator is looked for first.
    const lower = words[first].text.toLowerCase();
    if (FRONTED_SUBORDINATORS.has(lower)) return !measured || MEASURED_SUBORDINATORS.has(lower) ? first : -1;
    // "Three years after …", "Hours before …": a measure of time before "after" or "before".
    const measure = words[first].pos === 'NUM' || MEASURE_WORDS.has(lower);
    measured ||= measure;
    if (words[first].pos !== 'PUNCT' && words[first].pos !== 'ADV' && !measure) return -1;
  }
  return -1;
}

const MEASURED_SUBORDINATORS = new Set(['after', 'before']);
const MEASURE_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

/**
 * "If Lind says the plan is dead, …", "… unless the ministry announces a delay": a cue inside a
 * condition reports a hypothetical, which the team's guide counts as no statement. The condition
 * runs from its "if" to the cue with no comma or quotation mark between, a few words at most.
 */
export function insideCondition(words: Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - CONDITION_REACH); k--) {
    const text = words[k].text.toLowerCase();
    if (CONDITIONS.has(text)) return true;
    if (CONDITION_BREAKS.has(text)) return false;
  }
  return false;
}

const CONDITIONS = new Set(['if', 'unless']);
const CONDITION_BREAKS = new Set([',', ';', ':', '"', '“', '”', "'", '‘', '’', '(', ')', '—', '–', 'that', 'and', 'but']);
/** "If the senior senator from Oregon says": a subject of a few words, no more. */
const CONDITION_REACH = 8;

/**
 * "In an interview with Sean Hannity on Monday, Trump …", "After the vote, …", "Speaking to
 * reporters, …": the comma that closes a phrase opening the sentence before its subject, or -1.
 * "According to Fredrik Aas, …" names a source there, and stays part of the clause.
 */
export function openingPhraseEnd(words: Word[]): number {
  let first = 0;
  while (first < words.length && (words[first].pos === 'CCONJ' || words[first].pos === 'PUNCT')) first++;
  const opener = words[first];
  if (!opener || opener.text.toLowerCase() === 'according') return -1;
  if (opener.pos !== 'ADP' && opener.pos !== 'SCONJ' && !(opener.pos === 'VERB' && /(ing|ed)$/.test(opener.text)) && !placePreposition(words, first)) return -1;
  for (let k = first + 1; k < words.length && k <= first + MAX_OPENING_WORDS; k++) if (words[k].text === ',') return k;
  return -1;
}

const MAX_OPENING_WORDS = 30;

/**
 * "Outside court, …", "Inside the hall, …": a preposition of place the tagger reads as an
 * adjective; not "Outside groups, …" (a plural after it is what the adjective describes).
 */
export function placePreposition(words: Word[], k: number): boolean {
  if (!PLACE_PREPOSITIONS.has(words[k].text.toLowerCase())) return false;
  const next = words[k + 1];
  return next !== undefined && (next.pos === 'DET' || (next.pos === 'NOUN' && !next.text.endsWith('s')));
}

const PLACE_PREPOSITIONS = new Set(['outside', 'inside']);
