import { CONTROL_ADJECTIVES, CONTROL_PHRASAL_VERBS, CONTROL_VERBS, MEANS_VERBS, TAKEN_OCCASIONS, VENUE_VERBS } from '../lexicon/cues.js';
import { WRITER_READING_VERBS } from '../lexicon/acts.js';
import type { Word } from './words.js';

/**
 * An infinitive cue spoken by the subject of the verb that controls it, where the act took
 * place: "Lind went on to say …", "began to argue …", "was quick to praise …", "seemed to confirm …", "took to Twitter
 * to call …", "used the speech to warn …". Returns the index of the word the subject stands
 * right before (the controlling verb, or the "be" of an adjective), or -1: "wants to say" (not
 * done), "urged Lind to say" and "summoned the ambassador to explain" (another's act) have none.
 */
export function controllingWord(words: Word[], cue: number): number {
  const to = cue - 1;
  if (to < 1 || words[to].text.toLowerCase() !== 'to') return -1;
  const before = words[to - 1];
  const lemma = before.lemma.toLowerCase();
  if (before.pos === 'VERB' && CONTROL_VERBS.has(lemma)) return to - 1;
  // "Lind seemed to confirm …", "she appeared to imply …": the writer hedges an act of Lind's own.
  if ((before.pos === 'VERB' || before.pos === 'AUX') && WRITER_READING_VERBS.has(lemma)) return to - 1;
  // "went on to say", "moved on to argue".
  if (['on', 'up'].includes(before.text.toLowerCase()) && CONTROL_PHRASAL_VERBS.has(words[to - 2]?.lemma.toLowerCase() ?? '')) return to - 2;
  // "was quick to praise", "was the first candidate to call for"; a poll's "were more likely to say".
  const comparedLikely = before.text.toLowerCase() === 'likely' && ['more', 'less'].includes(words[to - 2]?.text.toLowerCase() ?? '');
  const adjective = CONTROL_ADJECTIVES.has(before.text.toLowerCase()) || comparedLikely ? to - 1 : CONTROL_ADJECTIVES.has(words[to - 2]?.text.toLowerCase() ?? '') && before.pos === 'NOUN' ? to - 2 : -1;
  if (adjective !== -1) {
    let be = adjective - 1;
    while (be >= 0 && (words[be].pos === 'ADV' || ['the', 'a', 'an'].includes(words[be].text.toLowerCase()))) be--;
    return be >= 0 && words[be].lemma === 'be' ? be : -1;
  }
  // "took to Twitter to call", "went on CNN to argue", "took the stage to say", "used the speech to warn".
  // "stood at a Bush event here to say": the place may close on "here" or "there".
  const last = PLACE_ADVERBS.has(words[to - 1].text.toLowerCase()) ? to - 2 : to - 1;
  for (let j = last; j >= Math.max(1, to - MAX_PHRASE_WORDS); j--) {
    if (!PHRASE_TAGS.has(words[j].pos) && words[j].text !== "'s" && words[j].text !== '’s') return -1;
    const verb = words[j - 1];
    const object = words.slice(j, to);
    if (words[j].pos === 'ADP' && VENUE_VERBS.has(verb.lemma.toLowerCase()) && verb.pos === 'VERB') return j - 1;
    if (verb.pos !== 'VERB' || !object.some((word) => word.pos === 'NOUN' || word.pos === 'PROPN')) continue;
    if (MEANS_VERBS.has(verb.lemma.toLowerCase()) && !object.some((word) => OBJECT_PEOPLE.has(word.text.toLowerCase()))) return j - 1;
    if (verb.lemma.toLowerCase() === 'take' && TAKEN_OCCASIONS.has(words[to - 1].text.toLowerCase())) return j - 1;
  }
  return -1;
}

const MAX_PHRASE_WORDS = 6;
const PLACE_ADVERBS = new Set(['here', 'there']);
const PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'NUM']);
/** "used them to …" is someone else's doing. */
const OBJECT_PEOPLE = new Set(['him', 'her', 'them', 'me', 'us', 'people', 'voters', 'supporters']);
