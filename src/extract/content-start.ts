import { AUDIENCE_NOUNS, CUE_BY_LEMMA, CUE_LEMMAS, SOURCE_DOCUMENTS } from '../lexicon/cues.js';
import { CLAUSE_END, OPENING_QUOTES, type Cue } from './cue-words.js';
import { quotedTitleEnd } from './quotes.js';
import { isTimePhrase } from './time.js';
import { isVerb, type Word } from './words.js';
import { DASHES } from './speakers.js';

/**
 * What stands between a speech cue and what was said: an audience ("told reporters"), a source
 * ("said in a statement"), a time ("said last week that"), or only circumstance after an
 * inverted attribution ("…, Lind said, pointing to the data"). reported-speech.ts reads the
 * content from where these end.
 */

const MAX_DASHED_ASIDE_WORDS = 10;
const TOPIC_PREPOSITIONS = new Set(['of', 'about']);
const MAX_TOPIC_WORDS = 6;

/** "announced last week that …", "said two days ago that …": a time that gives no date, before "that", is not what was said. */
export function pastUndatedTime(words: Word[], k: number): number {
  for (let that = k + 1; that < words.length && that - k <= 4; that++) {
    if (words[that].text.toLowerCase() === 'that') return isTimePhrase(words, k, that) ? that : k;
  }
  return k;
}

/** What follows an audience ("reporters", "the BBC", "a London jury"); `rest` itself when none opens it. */
export function skipAudience(rest: Word[]): Word[] {
  let j = 0;
  while (rest[j] && AUDIENCE_DETERMINERS.has(rest[j].text.toLowerCase())) j++;
  const start = j;
  while (rest[j]?.capitalized) j++; // "the BBC", "a London jury"
  if (rest[j] && AUDIENCE_NOUNS.has(rest[j].text.toLowerCase())) j++;
  return j > start ? rest.slice(j) : rest;
}

/** Cues whose audience may stand before their "that": "told reporters that", "reminded the hosts that". */
const AUDIENCE_FIRST = new Set(['tell', 'warn', 'say', 'remind', 'assure', 'inform', 'promise']);
/** Words that can open the clause told after an audience's name. */
const CLAUSE_OPENING_TAGS = new Set(['PRON', 'DET', 'NUM']);
const AUDIENCE_DETERMINERS = new Set(['the', 'a', 'an', 'local', 'state', 'foreign', 'visiting']);
/** Conjunctions that open a clause of time: "two days after the vote". */
export const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'when', 'as']);

const TIME_MEASURES = /^(minutes?|hours?|days?|weeks?|months?|years?)$/i;
/** What opens a clause's subject after a conjunction of time: "as she turned", "after the board met". */
export const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN']);
/** "quietly", "publicly", "matter-of-factly": how (or when) it was said. */
const isMannerAdverb = (word: Word): boolean => (/^[a-z]+ly$/.test(word.text) ? word.pos === 'ADV' && !FOCUSING_ADVERBS.has(word.text) : /^[a-z]+(-[a-z]+)+ly$/.test(word.text));
/** "especially in …", "only after …": they point at what follows, they tell no manner. */
const FOCUSING_ADVERBS = new Set(['especially', 'particularly', 'only', 'mostly', 'mainly', 'largely', 'partly', 'chiefly', 'primarily', 'notably', 'merely', 'solely']);

/** After "said": only time, place or circumstance ("in a statement", "when asked …") — nothing reported. */
export function isTrailingCircumstance(rest: Word[], lemma = 'say'): boolean {
  const first = rest[0].text.toLowerCase();
  // "…, Lindqvist said, without naming a suspect", "…, he said, pointing to the data": a gerund
  // or a manner preposition opens an adjunct of the act, not more content.
  // "…, the agency declared on Thursday, two days after the vote": a measured time opens one too.
  const measuredTime = TIME_MEASURES.test(rest[1]?.text ?? '') && TIME_CLAUSE_OPENERS.has(rest[2]?.text.toLowerCase() ?? '');
  const opensAdjunct = ['without', 'despite', 'citing'].includes(first) || (rest[0].pos === 'VERB' && first.endsWith('ing')) || measuredTime;
  // "promised to take bold action": an infinitive is what was promised, not where it was said.
  if (first === 'to' && (rest[1]?.pos === 'VERB' || rest[1]?.pos === 'AUX')) return false;
  // "…, CNN reported at least six planes …": "at least" opens a quantity, content of its own.
  if (first === 'at' && ['least', 'most'].includes(rest[1]?.text.toLowerCase() ?? '')) return false;
  // "…, Ward said quietly", "…, she said matter-of-factly as …": a manner adverb, alone or before
  // more circumstance ("said recently the plant would close" goes on to content).
  if (isMannerAdverb(rest[0])) return rest.length === 1 || isTrailingCircumstance(rest.slice(1), lemma);
  // "…, Ward said as she turned around" (a clause of time: "said as many as 30 died" is content);
  // "…, Estrada said of the encounter", "…, she said about the vote" (what it was said of; but
  // "warned of the dangers", "boasted of his skills" is what was warned or boasted).
  const asClause = first === 'as' && CLAUSE_SUBJECT_TAGS.has(rest[1]?.pos ?? '');
  const saidOf = lemma === 'say' && (first === 'of' || first === 'about') && rest[1] !== undefined && rest[1].pos !== 'NUM' && rest[1].pos !== 'ADV';
  if ((asClause || saidOf) && !rest.some((word, index) => index > 0 && word.text.toLowerCase() === 'that')) return true;
  return (opensAdjunct || ['in', 'on', 'at', 'during', 'when', 'after', 'before', 'while', 'late', 'early', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'to', 'told'].includes(first))
    && !rest.some((word, index) => index > 0 && word.text.toLowerCase() === 'that');
}

/**
 * A word that opens a clause of its own between a cue and "that"; a conjunction or another
 * speech verb opens a second act: "said the talks failed, and warned that …".
 */
const clauseBetween = (word: Word): boolean =>
  CLAUSE_END.has(word.text) || word.pos === 'AUX' || word.pos === 'PRON' || word.pos === 'CCONJ' || (word.pos === 'VERB' && (!/(ed|ing)$/.test(word.text) || CUE_LEMMAS.has(word.lemma)));

/** Does a clause open between words k and `to`? A quoted title there ("said on “Meet the Press” that") opens none. */
function opensClauseBetween(words: Word[], k: number, to: number): boolean {
  for (let i = k; i < to; i++) {
    const closing = quotedTitleEnd(words, i);
    if (closing !== -1 && closing < to) i = closing;
    else if (clauseBetween(words[i])) return true;
  }
  return false;
}

/** Words that open a time before "that" ("said this week that …"), not a clause's subject. */
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'each', 'every']);

/**
 * Skips what stands between a cue and its content: an audience ("told reporters", "told a
 * London jury on Wednesday that"), a source ("said in a statement circulated to delegations
 * that"), or, for a characterization ("called the plan “reckless”"), nothing.
 */
export function skipToContent(words: Word[], k: number, cue: Cue): number {
  // "said of Mr. Rubio: “He is …”", "said about the movement, “I support …”": whom or what it was
  // said of, before a colon or comma, is no part of the quotation that follows.
  if (TOPIC_PREPOSITIONS.has(words[k]?.text.toLowerCase() ?? '')) {
    const mark = words.findIndex((word, index) => index > k + 1 && index - k <= MAX_TOPIC_WORDS && (word.text === ':' || word.text === ','));
    if (mark !== -1 && OPENING_QUOTES.has(words[mark + 1]?.text ?? '') && words.slice(k + 1, mark).every((word) => word.pos !== 'VERB' && word.pos !== 'AUX')) return mark + 1;
  }
  // "said — on Twitter, as it happens — that …": an aside between dashes right after the cue is the writer's.
  if (DASHES.has(words[k]?.text ?? '')) {
    const close = words.findIndex((word, index) => index > k && index - k <= MAX_DASHED_ASIDE_WORDS && DASHES.has(word.text));
    if (close !== -1 && words[close + 1]) k = close + 1;
  }
  // "wrote back saying that …", "fired back, arguing …": "back" answers, and a participle after it repeats the act.
  if (words[k]?.text.toLowerCase() === 'back') {
    k++;
    if (words[k]?.text === ',') k++;
    if (words[k] && words[k].text.endsWith('ing') && CUE_BY_LEMMA.has(words[k].lemma)) k++;
  }
  const that = words.findIndex((word, index) => index >= k && index - k <= 12 && word.text.toLowerCase() === 'that');
  const opensWithPhrase = words[k] && (words[k].pos === 'ADP' || AUDIENCE_FIRST.has(cue.lemma));
  // Only an audience, a source or a time stands between: "they had hoped … wells that …" is already the content.
  // "said Monday night that …" skips a time; "said the vote ended in a finish that …" is already the content.
  const bareSubject = that !== -1 && words[k]?.pos !== 'ADP' && cue.lemma === 'say' && words.slice(k, that).some((word) => word.pos === 'VERB' || (word.pos === 'DET' && !TIME_DETERMINERS.has(word.text.toLowerCase())));
  // A "that" right after the cue is for the caller to read (a complementizer, or the pronoun of "said that was …").
  if (that > k && opensWithPhrase && !bareSubject && !opensClauseBetween(words, k, that)) {
    return that + 1;
  }
  let j = k;
  const preposition = words[j] && ['in', 'at', 'during', 'to'].includes(words[j].text.toLowerCase());
  if (preposition) j++;
  while (words[j] && ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'local', 'state', 'press', 'news', 'written', 'joint', 'regular', 'televised'].includes(words[j].text.toLowerCase())) j++;
  const noun = words[j]?.text.toLowerCase();
  // "told reporters", "said in a statement", "said at a rally" — but "said the rally was …" reports.
  if (noun && (preposition || cue.lemma === 'tell') && (AUDIENCE_NOUNS.has(noun) || SOURCE_DOCUMENTS.has(noun))) return j + 1;
  // "told Yonhap that …", "told The Associated Press, …", "told MSNBC his involvement would …": the
  // name after "told" is whom it was told to, when a clause or its "that" follows it.
  if (cue.lemma === 'tell' && !preposition && words[j]?.capitalized) {
    let end = j;
    while (words[end]?.capitalized) end++;
    if (words[end] && (words[end].text === 'that' || words[end].text === ',' || CLAUSE_OPENING_TAGS.has(words[end].pos))) return end;
  }
  return k;
}

/**
 * Where the clause that word k closes starts, for a source named after what it says ("he fell to
 * 10 percent in the latest poll", "Lind leads by 271 delegates according to a count by …"): after
 * the nearest comma whose stretch up to k has a subject and its verb ("While Clinton leads in
 * Iowa, she trails …"), else the sentence's first word past an opening conjunction ("But he …").
 */
export function clauseStartBefore(words: Word[], k: number): number {
  for (let comma = k - 1; comma > 0; comma--) {
    if (words[comma].text !== ',') continue;
    const verb = words.findIndex((word, index) => index > comma && index < k && isVerb(word));
    if (verb !== -1 && words.slice(comma + 1, verb).some((word) => word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PRON')) return comma + 1;
  }
  let start = 0;
  while (start < k - 1 && words[start].pos === 'CCONJ') start++;
  return start;
}
