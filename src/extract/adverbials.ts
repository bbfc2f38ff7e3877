import { SPEECH_VENUES } from '../lexicon/cues.js';
import type { Word } from './words.js';

/**
 * "Trump at the time said", "Ted Cruz, by contrast, wrote", "Lind, in a statement, said": a
 * prepositional phrase of time or manner between the subject and its verb. Returns the index of
 * the word before it (the subject's last word), or `k` when none ends at `k`. Unset off by commas,
 * only a phrase whose noun says time or manner, or where the words were given ("in a Medium post",
 * "in an interview with CNN"), counts ("officials in Washington said" keeps its place).
 */
export function beforeAdverbial(words: Word[], k: number): number {
  const commas = words[k]?.text === ',';
  const head = venueHead(words, commas ? k - 1 : k);
  const noun = words[head]?.text.toLowerCase() ?? '';
  // A name stands in such a phrase before a noun of time, manner or venue ("in a Medium post") and
  // in a comparison ("like Mr. Ryan"), not in a time or place of the subject's ("in July 2012").
  let j = phraseStart(words, head, NAMED_PHRASE_TAGS);
  if (!(SPEECH_VENUES.has(noun) || ADVERBIAL_NOUNS.has(noun) || COMPARISONS.has(words[j]?.text.toLowerCase() ?? ''))) j = phraseStart(words, head, PHRASE_TAGS);
  if (j < 1 || j === head || words[j].pos !== 'ADP' || words[j].text.toLowerCase() === 'of') return k;
  // "Jeb Bush in a Medium post said": where the words were given is no part of the subject either.
  const venue = VENUE_PREPOSITIONS.has(words[j].text.toLowerCase()) && SPEECH_VENUES.has(noun);
  if (commas ? words[j - 1].text !== ',' : !(ADVERBIAL_NOUNS.has(noun) || venue)) return k;
  return commas ? j - 2 : j - 1;
}

function phraseStart(words: Word[], head: number, tags: ReadonlySet<string>): number {
  let j = head;
  while (j >= 0 && head - j < 4 && tags.has(words[j].pos)) j--;
  return j;
}

const COMPARISONS = new Set(['like', 'unlike']);

/** "in an interview with CNN", "in a post on Facebook": the venue noun before its own complement ends at word k, else k. */
function venueHead(words: Word[], k: number): number {
  for (let j = k; j > k - 4 && j > 0; j--) {
    if (VENUE_COMPLEMENTS.has(words[j].text.toLowerCase())) return SPEECH_VENUES.has(words[j - 1].text.toLowerCase()) ? j - 1 : k;
    if (!NAMED_PHRASE_TAGS.has(words[j].pos)) return k;
  }
  return k;
}

const VENUE_PREPOSITIONS = new Set(['in', 'during', 'on']);
const VENUE_COMPLEMENTS = new Set(['with', 'to', 'on']);
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const NAMED_PHRASE_TAGS = new Set([...PHRASE_TAGS, 'PROPN']);
const ADVERBIAL_NOUNS = new Set(['time', 'moment', 'turn', 'response', 'contrast', 'part', 'statement', 'interview', 'addition', 'meantime', 'past', 'end']);
