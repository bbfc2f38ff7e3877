import { MAX_ASIDE_WORDS } from '../asides.js';
import { CLAUSE_BREAK } from '../speaker-basics.js';
import type { ResolvedMention } from '../coref.js';
import type { Speaker } from '../speakers.js';
import { beforeAdverbial } from '../adverbials.js';
import { isTimePhrase, readTime } from '../time.js';
import type { Word } from '../words.js';

/**
 * The source a learned cue falls back on when the rules' speaker readers find none: the noun
 * phrase right before the cue ("one user wrote", "Police reported", "A Clinton ally
 * suggested"), or right after an inverted cue ("…,” said Heiserman of the CORE Teachers"). Its
 * entity is the name the phrase ends on ("the senator, Josh Hendler"); a phrase that only
 * names someone inside it ("A Clinton ally") stays an unnamed source with its description.
 */
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Relative and interrogative pronouns are no source of their own. */
const NOT_SOURCES = new Set(['who', 'which', 'that', 'what', 'whom', 'it', 'there', 'this']);
const MAX_PHRASE_WORDS = 8;

export function nearestSource(words: Word[], mentions: ResolvedMention[], cue: number, after: boolean, text: (s: number, e: number) => string): Speaker | null {
  const phrase = after ? phraseAfter(words, cue) : phraseBefore(words, cue);
  if (!phrase) return null;
  let [start, end] = phrase;
  // "Josh Hendler, a top Democratic tech operative, warned": the name before the apposition.
  if (!after && start >= 2 && words[start - 1].text === ',') {
    const named = mentions.find((mention) => mention.end === words[start - 2].end);
    if (named && named.kind === 'PERSON') return fromName(named, text);
  }
  const head = mentions.find((mention) => mention.end === words[end].end && mention.start >= words[start].start);
  if (head) return fromName(head, text);
  if (NOT_SOURCES.has(words[end].text.toLowerCase()) && start === end) return null;
  if (isTimePhrase(words, start, end + 1)) return null;
  // A determiner alone opens nothing: "the" before "said" is no phrase.
  while (start < end && words[start].pos === 'PUNCT') start++;
  const mention = { start: words[start].start, end: words[end].end, text: text(words[start].start, words[end].end) };
  return { mention, entityKey: null, description: words[end].pos === 'PRON' ? null : mention.text, revealable: false };
}

function fromName(mention: ResolvedMention, text: (s: number, e: number) => string): Speaker {
  return { mention: { start: mention.start, end: mention.end, text: text(mention.start, mention.end) }, entityKey: mention.entityKey, description: null, revealable: false };
}

/** [first, last] word of the noun phrase ending right before the cue, past auxiliaries, adverbs and a time ("warned Saturday"). */
function phraseBefore(words: Word[], cue: number): [number, number] | null {
  let k = beforeAdverbial(words, cue - 1);
  if (words[k]?.text === ',') k = beforeRelativeAside(words, k) - 1; // "Hendler, a top operative, warned"
  while (k >= 0 && (words[k].pos === 'AUX' || words[k].pos === 'ADV' || words[k].pos === 'PART')) k--;
  k = beforeAdverbial(words, beforeTime(words, k));
  if (k < 0 || !HEAD_TAGS.has(words[k].pos)) return null;
  const end = k;
  while (k - 1 >= 0 && end - k < MAX_PHRASE_WORDS && (PHRASE_TAGS.has(words[k - 1].pos) || POSSESSIVE.has(words[k - 1].text))) k--;
  return [k, end];
}

/**
 * "The Iowa Electronic Markets, where traders invest in the outcome, show": the comma opening a
 * relative aside that closes at `close`, whose phrase before it is the subject; else `close`.
 */
function beforeRelativeAside(words: Word[], close: number): number {
  for (let j = close - 2; j > 0 && close - j <= MAX_ASIDE_WORDS; j--) {
    if (CLAUSE_BREAK.has(words[j].text) && words[j].text !== ',') return close;
    if (words[j].text === ',') return RELATIVE_ASIDES.has(words[j + 1]?.text.toLowerCase() ?? '') ? j : close;
  }
  return close;
}

const RELATIVE_ASIDES = new Set(['where', 'who', 'which', 'whose']);

/** [first, last] word of the noun phrase right after an inverted cue ("said the moderator"), up to a clause break or preposition. */
function phraseAfter(words: Word[], cue: number): [number, number] | null {
  const start = cue + 1;
  let k = start;
  while (k < words.length && k - start < MAX_PHRASE_WORDS && (PHRASE_TAGS.has(words[k].pos) || POSSESSIVE.has(words[k].text))) k++;
  const end = k - 1;
  return end >= start && HEAD_TAGS.has(words[end].pos) ? [start, end] : null;
}

/** Index of the last word before a time expression that ends at word k ("Hendler warned Saturday" → the word before "Saturday"). */
function beforeTime(words: Word[], k: number): number {
  if (k < 0) return k;
  const base = Math.max(0, k - MAX_TIME_WORDS + 1);
  const texts = words.slice(base, k + 1).map((word) => word.text);
  for (let from = 0; from < texts.length; from++) {
    if (readTime(texts, from)?.length === texts.length - from) return k - (texts.length - from);
  }
  // "a poll released last week showed", "surveys in the past week indicated": past the longest
  // phrase of time, its preposition and the participle it dates, to the noun phrase they follow.
  for (let from = 0; from < texts.length; from++) {
    if (!isTimePhrase(words, base + from, k + 1)) continue;
    let j = k - (texts.length - from);
    if (j >= 0 && TIME_PREPOSITIONS.has(words[j].text.toLowerCase())) j--;
    // "The ministry less than two weeks ago said".
    if (j > 0 && words[j].text.toLowerCase() === 'than' && ['less', 'more', 'fewer'].includes(words[j - 1].text.toLowerCase())) j -= 2;
    if (j > 0 && words[j].pos === 'VERB' && words[j].text.endsWith('ed')) j--;
    return j;
  }
  return k;
}

const MAX_TIME_WORDS = 5;
const TIME_PREPOSITIONS = new Set(['in', 'on', 'over', 'during', 'since', 'out', 'earlier', 'late', 'early']);
