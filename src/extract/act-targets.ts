import { ACT_CUES_BY_LEMMA } from '../lexicon/acts.js';
import { CUE_LEMMAS, ISSUED_WORDS, SOURCE_DOCUMENTS, WRITTEN_WORKS, SPEECH_VENUES } from '../lexicon/cues.js';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/people.js';
import type { Span } from '../graph/facts.js';
import type { Word } from './words.js';
import { isTimePhrase, readTime } from './time.js';
import { isQuoteMark } from './quotes.js';

/**
 * Where an act's target ends ("blasted Ryan, who …" → "Ryan"; "praised the deal during a speech"
 * → "the deal"), and the phrases that end it: a clause break, a time, the place the act was
 * spoken, an apposition, another predicate, the main clause after a relative one. acts.ts finds
 * the act cues; this file cuts what they aim at.
 */

/** Where an object-frame content ends: the target phrase runs to the next clause break ("blasted Ryan, who …" → "Ryan"). */
export function targetEnd(words: Word[], k: number, sentenceEnd: number, insideQuote: (offset: number) => boolean): number {
  let end = words[k].end;
  const texts = words.map((word) => word.text);
  // "A voter who supports Trump said …": in a relative clause the target ends at the main clause's verb.
  const relative = inRestrictiveRelative(words, k);
  for (let j = k; j < words.length && words[j].start < sentenceEnd; j++) {
    const lower = words[j].text.toLowerCase();
    if (relative && j > k && opensMainPredicate(words, j) && !insideQuote(words[j].start)) break;
    // "any role in the Sept. 11 attacks": a date after a determiner modifies the noun, it does not date the act.
    const time = opensTime(texts, j) && !(isDeterminer(words[j - 1]) && words[j].capitalized);
    if (!insideQuote(words[j].start) && j > k && (isBreak(words, j, lower, k) || opensPredicate(words, j) || time || actAdjunctAfterName(words, j) || opensSpeechVenue(words, j))) break;
    // A comma the target goes on past is inside it; one it stops after is not.
    if (lower !== ',') end = words[j].end;
  }
  return end;
}

/**
 * Is the act whose target starts at word k told in a relative clause with no commas, "(a voter)
 * who supports …", "(groups) that backed …"? Its verb, and auxiliaries or adverbs, stand between.
 */
function inRestrictiveRelative(words: Word[], k: number): boolean {
  for (let j = k - 2; j >= Math.max(1, k - 5); j--) {
    const lower = words[j].text.toLowerCase();
    if (RELATIVE_PRONOUNS.has(lower)) return words[j - 1].pos === 'NOUN' || words[j - 1].pos === 'PROPN';
    if (words[j].pos !== 'AUX' && words[j].pos !== 'ADV' && words[j].pos !== 'PART' && words[j].pos !== 'VERB' && words[j].pos !== 'ADP') return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

/** The main clause's verb after a relative clause: an auxiliary or a verb of speech or stance ("… said", "… want"), not a participle ("based on"). */
function opensMainPredicate(words: Word[], j: number): boolean {
  const word = words[j];
  // "who has embraced racism and is tearing …", "than they do": a predicate of the relative clause's own.
  const before = words[j - 1];
  if (before.text.toLowerCase() === 'to' || before.pos === 'CCONJ' || before.pos === 'PRON' || word.text.endsWith('ing')) return false;
  return (word.pos === 'AUX' && !['be', 'have'].includes(words[j - 1].lemma)) || (word.pos === 'VERB' && (CUE_LEMMAS.has(word.lemma) || ACT_CUES_BY_LEMMA.has(word.lemma)));
}

/**
 * "endorsed Sanders in the Democratic primary", "thanked her at a rally": after a name or a
 * person's pronoun, which takes no phrase of its own, a preposition of place or time belongs to the
 * act, not to its target ("considers Obama naive" keeps what follows).
 */
function actAdjunctAfterName(words: Word[], j: number): boolean {
  const before = words[j - 1];
  if (before.pos !== 'PROPN' && !OBJECT_PRONOUNS.has(before.text.toLowerCase())) return false;
  return ACT_ADJUNCT_PREPOSITIONS.has(words[j].text.toLowerCase());
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/**
 * "stressed those worries in a call with reporters", "praised the deal during a speech": where the
 * act was spoken belongs to the act, not to its target.
 */
function opensSpeechVenue(words: Word[], j: number): boolean {
  if (!VENUE_PREPOSITIONS.has(words[j].text.toLowerCase())) return false;
  for (let i = j + 1; i < words.length && i <= j + MAX_VENUE_WORDS; i++) {
    if (SPEECH_VENUES.has(words[i].text.toLowerCase())) return true;
    if (!VENUE_PHRASE_TAGS.has(words[i].pos)) return false;
  }
  return false;
}

const VENUE_PREPOSITIONS = new Set(['in', 'during', 'at', 'on', 'via']);
const MAX_VENUE_WORDS = 4;
const VENUE_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'NUM']);

const ACT_ADJUNCT_PREPOSITIONS = new Set(['in', 'during', 'at', 'amid', 'after', 'before', 'ahead', 'outside', 'inside', 'via']);

/**
 * Where a phrase from word k to `end` stops before a time or a place of speaking of its own
 * ("concern about the budget on Monday", "those worries in a call with reporters").
 */
export function endBeforeCircumstance(words: Word[], k: number, end: number): number {
  const texts = words.map((word) => word.text);
  for (let j = k + 1; j < words.length && words[j].end <= end; j++) if (opensTime(texts, j) || opensSpeechVenue(words, j)) return words[j - 1].end;
  return end;
}

/**
 * "endorsed Cruz on Tuesday", "praised the plan last Friday", "endorsed Trump in early June",
 * "last week", "in 2012": a time is the act's, not the target's.
 */
function opensTime(texts: string[], j: number): boolean {
  const lower = texts[j].toLowerCase();
  let k = TIME_PREPOSITIONS.has(lower) ? j + 1 : j;
  if (TIME_MODIFIERS.has(texts[k]?.toLowerCase() ?? '')) k++;
  const word = texts[k]?.toLowerCase() ?? '';
  const modified = k > j && TIME_MODIFIERS.has(texts[k - 1].toLowerCase());
  return readTime(texts, k) !== null || (k > j && (isMonthOrYear(word) || (modified && TIME_UNITS.has(word))));
}

/** A year of news: 1800–2099. */
export const isYear = (word: string) => /^(1[89]|20)\d\d$/.test(word);
const isMonthOrYear = (word: string) => isYear(word) || MONTH_NAMES.has(word);

const SUBJECT_TAGS = new Set(['PROPN', 'PRON', 'DET', 'NOUN']);
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'mid']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'since', 'until']);
const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'term', 'cycle']);
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A clause break ends the target, but not a comma between adjectives ("the angry, divisive
 * rhetoric") nor the reason an appraisal gives ("praised Sanders for competing hard").
 */
function isBreak(words: Word[], j: number, lower: string, from: number): boolean {
  if (lower === ',' && words[j - 1].pos === 'ADJ' && words[j + 1]?.pos === 'ADJ') return false;
  // "cited several factors, including new rules at the polls": the examples belong to the target.
  if (lower === ',' && EXAMPLE_OPENERS.has(words[j + 1]?.text.toLowerCase() ?? '')) return false;
  if (lower === ',' && continuesList(words, j)) return false;
  // "referred to Tom Reed, a harbor official overseeing the port", "praised Reed, the harbor master, for …".
  if (lower === ',' && (opensApposition(words, j) || (previousComma(words, j) > from && opensApposition(words, previousComma(words, j))))) return false;
  // "cited Harbor Corp as the likely buyer", "referred to him as “…”": what the target is called is part of it ("as he left" is not).
  if (lower === 'as' && (CHARACTERIZING_TAGS.has(words[j + 1]?.pos ?? '') || isQuoteMark(words[j + 1]?.text))) return false;
  // `… the “king of debt,” noting that …`: a participle after a comma inside the closing mark opens a new act.
  if (lower.endsWith('ing') && isQuoteMark(words[j - 1]?.text) && words[j - 2]?.text === ',') return true;
  // "mocked Holt for calling himself a king": a gerund after a preposition is the reason, not a new act.
  if (GERUND_GOVERNORS.has(words[j - 1]?.text.toLowerCase() ?? '') && lower.endsWith('ing')) return false;
  // "proposing a ban on imports and taunting a rival", "criticized Holt and praised Lind": the source's next act.
  if (lower === 'and' && nextAct(words[j + 1])) return true;
  // "has not endorsed Trump and has been a pointed critic", "disagrees with their position and is letting them know":
  // an auxiliary with no subject of its own after "and" or "but" opens the source's next predicate.
  // (Not inside a relative clause of the target's own: "prefer a nominee who is expected to be moderate and will be …".)
  if ((lower === 'and' || lower === 'but') && words[j + 1]?.pos === 'AUX' && !SUBJECT_TAGS.has(words[j + 2]?.pos ?? '')
    && !words.slice(from, j).some((word) => RELATIVE_PRONOUNS.has(word.text.toLowerCase()))) return true;
  return TARGET_BREAKS.has(lower) || (words[j].pos === 'SCONJ' && lower !== 'that' && lower !== 'for');
}

/** A past tense or a participle of speech or appraisal ("and praised", "and taunting"), not a base form ("to reject X and support Y"). */
const nextAct = (word: Word | undefined): boolean => !!word && word.pos === 'VERB' && /(ed|ing)$/.test(word.text)
  && (CUE_LEMMAS.has(word.lemma) || !!ACT_CUES_BY_LEMMA.get(word.lemma)?.some((cue) => cue.act === 'APPRAISAL'));

const GERUND_GOVERNORS = new Set(['for', 'of', 'about', 'over']);

/**
 * "attacked voters, lawmakers, and thinkers for …": a comma inside a list of noun phrases, which
 * goes on with noun phrases to its "and" or "or" before any verb.
 */
function continuesList(words: Word[], comma: number): boolean {
  // "tactics, his qualifications, … and his very decency": a possessive and a degree adverb stand inside such a phrase too.
  const inPhrase = (k: number) => LIST_TAGS.has(words[k].pos) || LIST_POSSESSIVES.has(words[k].text.toLowerCase())
    || (words[k].pos === 'ADV' && ['ADJ', 'NOUN'].includes(words[k + 1]?.pos ?? ''));
  if (!LIST_TAGS.has(words[comma - 1]?.pos ?? '')) return false;
  // "…, lawmakers, and thinkers": the comma before "and" ends a list only if one opened before it.
  if (['and', 'or'].includes(words[comma + 1]?.text.toLowerCase() ?? '')) {
    let k = comma - 1;
    while (k > 0 && comma - k <= 5 && inPhrase(k)) k--;
    return words[k]?.text === ',' && k < comma - 1;
  }
  let phrase = 0;
  for (let k = comma + 1; k < words.length && k - comma <= 12; k++) {
    const lower = words[k].text.toLowerCase();
    if (lower === 'and' || lower === 'or') return phrase > 0 || words[k - 1].text === ',';
    if (words[k].text === ',') {
      if (phrase === 0) return false;
      phrase = 0;
    } else if (inPhrase(k) && phrase < 4) phrase++;
    else return false;
  }
  return false;
}

const LIST_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const LIST_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Does the comma at j open an apposition to the name before it ("Tom Reed, a harbor official
 * overseeing the port")? A determiner opens it, and it runs to the next comma or the sentence's
 * end with no verb but a participle in -ing ("overseeing"; "Clinton, the crowd chanted" is a clause).
 */
function opensApposition(words: Word[], j: number): boolean {
  if (j < 1 || words[j - 1].pos !== 'PROPN' || !APPOSITION_OPENERS.has(words[j + 1]?.text.toLowerCase() ?? '')) return false;
  for (let k = j + 2; k < words.length && k - j <= MAX_APPOSITION_WORDS; k++) {
    if (words[k].text === ',' || k === words.length - 1) return true;
    if (words[k].pos === 'AUX' || (words[k].pos === 'VERB' && !words[k].text.endsWith('ing'))) return false;
  }
  return false;
}

/** The comma before j within an apposition's reach, or -1. */
function previousComma(words: Word[], j: number): number {
  for (let k = j - 1; k > 0 && j - k <= MAX_APPOSITION_WORDS; k--) if (words[k].text === ',') return k;
  return -1;
}

const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
const MAX_APPOSITION_WORDS = 12;

/** "praised Rubio's positions and said …", "blamed the storm and left": "and" before a verb opens the subject's next act. */
function opensPredicate(words: Word[], j: number): boolean {
  if (words[j].text.toLowerCase() !== 'and') return false;
  // "criticized the system and he, once again, pledged …": a subject pronoun opens a clause, whatever follows.
  if (SUBJECT_PRONOUNS.has(words[j + 1]?.text.toLowerCase() ?? '')) return true;
  let next = j + 1;
  // "asked for a photo and Clinton said …": a clause with a subject of its own opens there too.
  while (next - j <= 3 && words[next] && SUBJECT_TAGS.has(words[next].pos)) next++;
  while (words[next] && (words[next].pos === 'ADV' || words[next].pos === 'AUX')) next++;
  return words[next]?.pos === 'VERB' && !words[next].text.endsWith('ing');
}

const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly']);

/** What opens a characterization after "as": a noun phrase ("as the likely buyer", "as a threat"). */
const CHARACTERIZING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const TARGET_BREAKS = new Set([',', ';', ':', '.', '!', '?', '—', '–', '-', '--', '(', 'because', 'while', 'after', 'when', 'as', 'but', 'since', 'although', 'though', 'saying', 'calling', 'adding']);

/** "the", "a", "its", "her": a word that opens a noun phrase as its determiner. */
export const isDeterminer = (word: Word | undefined): boolean => !!word && (word.pos === 'DET' || POSSESSIVE_DETERMINERS.has(word.text.toLowerCase()));

/**
 * "wrote the letter on Feb. 2", "penned an op-ed", "his memo": a determiner and a written
 * document or work at word k is what was written, not what it says (that may follow: "a letter
 * saying …").
 */
export function namesWrittenDocument(words: Word[], k: number): boolean {
  const noun = words[k + 1]?.text.toLowerCase() ?? '';
  return isDeterminer(words[k]) && (SOURCE_DOCUMENTS.has(noun) || ISSUED_WORDS.has(noun) || WRITTEN_WORKS.has(noun));
}

/**
 * The subject before a passive cue's auxiliary ("This proposal was rejected by …"), past an
 * apposition ("Mr. Bush, the former governor, was rejected") or a relative pronoun ("the Times,
 * which was denounced"): a noun phrase of up to eight words, else null.
 */
export function passiveSubject(words: Word[], cue: number): Span | null {
  let end = cue - 1;
  while (end >= 0 && (words[end].pos === 'ADV' || words[end].pos === 'AUX' || words[end].pos === 'PART')) end--;
  if (end < 0 || end === cue - 1) return null;
  if (RELATIVE_SUBJECTS.has(words[end].text.toLowerCase())) end -= words[end - 1]?.text === ',' ? 2 : 1;
  else if (words[end].text === ',') {
    const opening = words.slice(Math.max(0, end - 12), end).map((word) => word.text).lastIndexOf(',');
    if (opening === -1) return null;
    end = Math.max(0, end - 12) + opening - 1;
  }
  if (end < 0) return null;
  let start = end;
  while (start > 0 && end - start < 8 && SUBJECT_PHRASE_TAGS.has(words[start - 1].pos)) start--;
  if (!words.slice(start, end + 1).some((word) => ['NOUN', 'PROPN', 'PRON'].includes(word.pos))) return null;
  return { start: words[start].start, end: words[end].end };
}

const RELATIVE_SUBJECTS = new Set(['which', 'who', 'that']);
const SUBJECT_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/**
 * Does "call" at word `cue` (its cue ending at `last`) report an act? An appeal ("called for",
 * "called on", "called out", "called to ban …"), the object of a relative ("what critics call
 * wishful thinking"), or a target that characterizes ("called Holt a liar"); not a phone call
 * ("called Holt", "called Holt to congratulate him") or a deed ("called off the deal").
 */
export function callReports(words: Word[], cue: number, last: number, content: Span): boolean {
  const next = words[last + 1]?.text.toLowerCase() ?? '';
  if (CALL_PARTICLES.has(next) || (next === 'to' && words[last + 2]?.pos === 'VERB')) return true;
  return words.slice(Math.max(0, cue - 8), cue).some((word) => ['what', 'which'].includes(word.text.toLowerCase())) || characterizes(words, content);
}

const CALL_PARTICLES = new Set(['for', 'on', 'out']);

/**
 * "called Holt a liar", "called the plan “reckless”": a call's target characterizes (a second
 * noun phrase, an adjective or a quotation after the first).
 */
function characterizes(words: Word[], content: Span): boolean {
  const inside = words.filter((word) => word.start >= content.start && word.end <= content.end);
  if (inside.some((word) => isQuoteMark(word.text))) return true;
  for (let i = 1; i < inside.length; i++) {
    // "her fallen son": a participle before its noun modifies it.
    const modifier = inside[i].pos === 'VERB' && /(ed|en)$/.test(inside[i].text) && inside[i + 1]?.pos === 'NOUN';
    if ((inside[i].pos === 'VERB' && !modifier) || inside[i].pos === 'AUX' || inside[i].text.toLowerCase() === 'to') return false;
    if ((isDeterminer(inside[i]) || inside[i].pos === 'ADJ') && OBJECT_TAGS.has(inside[i - 1].pos) && inside[i - 1].pos !== 'DET') return true;
    // "calling them rapists": a noun after an object pronoun ("her" may own it: "called her mother").
    if (inside[i].pos === 'NOUN' && OBJECT_PRONOUNS.has(inside[i - 1].text.toLowerCase()) && inside[i - 1].text.toLowerCase() !== 'her' && !isTimePhrase(inside, i, i + 1)) return true;
  }
  return false;
}

const OBJECT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'PART', 'NUM']);

/** "the “Feed,”", "the Clinton Global Initiative,": a name in capitals or quote marks from word k, closed by a comma. */
export function namedInApposition(words: Word[], k: number): boolean {
  if (words[k]?.text.toLowerCase() === 'the') k++;
  if (isQuoteMark(words[k]?.text)) k++;
  const first = k;
  while (words[k] && (words[k].capitalized || CONNECTOR_WORDS.has(words[k].text))) k++;
  if (isQuoteMark(words[k]?.text) && words[k - 1]?.text === ',') return k > first;
  if (isQuoteMark(words[k]?.text)) k++;
  return k > first && words[k]?.text === ',';
}

const CONNECTOR_WORDS = new Set(['of', 'and', 'for', 'the', '&']);
