import { splitSentences } from '../extract/sentences.js';

/**
 * Gold cues by lemma, for the missed-cue work list and for "recall on speech cues only".
 *
 * A cue's lemma is the lemmas of its content words: auxiliaries, negation, adverbs, pronouns
 * and determiners dropped ("has repeatedly said" → "say", "polls show" → "poll show",
 * "was quoted as saying" → "quote as say"); "according to" stays itself.
 */
const DROPPED_POS = new Set(['AUX', 'PART', 'ADV', 'DET', 'PRON', 'PUNCT', 'SYM']);

/**
 * Speech cues: verbs that report words spoken or written, the class the "speech-verb
 * attributions" figure counts. A gold attribution is a speech cue when any lemma of its cue is
 * in this table (or the cue is "according to"). Beliefs ("believe", "fear"), appraisals
 * ("blast", "praise"), evidence ("show", "find") and ambiguous verbs ("call", "speak about")
 * are left out on purpose: they are other acts.
 *
 * | group              | lemmas                                                              |
 * |--------------------|---------------------------------------------------------------------|
 * | saying, telling    | say, tell, add, state                                               |
 * | writing, posting   | write, tweet, post, email, text                                     |
 * | announcing         | announce, declare, report, confirm, reveal, disclose, testify       |
 * | arguing, claiming  | claim, argue, assert, contend, maintain, insist, allege, counter    |
 * | answering, asking  | ask, reply, respond, answer, retort, explain, comment, remark       |
 * | conceding          | admit, acknowledge, concede                                         |
 * | stressing, noting  | note, stress, emphasize, emphasise, reiterate, repeat, point        |
 * | warning, promising | warn, predict, promise, pledge, vow, caution                        |
 * | manner of speaking | joke, quip, quote, shout, yell, boast, complain, lament, muse, recall, continue |
 */
export const SPEECH_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state',
  'write', 'tweet', 'post', 'email', 'text',
  'announce', 'declare', 'report', 'confirm', 'reveal', 'disclose', 'testify',
  'claim', 'argue', 'assert', 'contend', 'maintain', 'insist', 'allege', 'counter',
  'ask', 'reply', 'respond', 'answer', 'retort', 'explain', 'comment', 'remark',
  'admit', 'acknowledge', 'concede',
  'note', 'stress', 'emphasize', 'emphasise', 'reiterate', 'repeat', 'point',
  'warn', 'predict', 'promise', 'pledge', 'vow', 'caution',
  'joke', 'quip', 'quote', 'shout', 'yell', 'boast', 'complain', 'lament', 'muse', 'recall', 'continue',
]);

const ACCORDING_TO = 'according to';
const lemmaCache = new Map<string, string>();

/** "has repeatedly said" → "say"; "According to" → "according to"; "" when nothing is left. */
export function cueLemma(cue: string): string {
  const key = cue.toLowerCase().replace(/\s+/g, ' ').trim();
  const cached = lemmaCache.get(key);
  if (cached !== undefined) return cached;
  let lemma: string;
  if (key.includes(ACCORDING_TO)) lemma = ACCORDING_TO;
  else {
    const tokens = splitSentences(key).flatMap((sentence) => sentence.tokens);
    const kept = tokens.filter((token) => !DROPPED_POS.has(token.pos));
    lemma = (kept.length ? kept : tokens).map((token) => token.lemma).join(' ');
  }
  lemmaCache.set(key, lemma);
  return lemma;
}

/** Is the cue (its lemma, from `cueLemma`) a speech cue of the table above? */
export function isSpeechCue(lemma: string): boolean {
  return lemma === ACCORDING_TO || lemma.split(' ').some((word) => SPEECH_CUE_LEMMAS.has(word));
}
