import { DEFINITE, PERSON_PRONOUNS, SPEAKER_CUE_FILLERS } from '../lexicon/people.js';
import { describe } from './descriptions.js';
import {
  CLAUSE_BREAK, MAX_DESCRIPTION_WORDS, describedName, evidence, fromMention, isDemonym, type Speaker, type SpeakerContext,
} from './speaker-basics.js';
import { fromPronoun, QUANTIFIER_SUBJECTS } from './speakers.js';
import type { ResolvedMention } from './coref.js';
import { isPossessive, type Word } from './words.js';
import { OPENING_QUOTES } from './cue-words.js';
import { isTimePhrase } from './time.js';
import { DOUBLE_CLOSERS } from './quotes.js';

/**
 * Speakers written after their cue ("said Kirby", "said a Twitter user", "according to the
 * poll") and the bare noun phrase that is a clause's last-resort subject.
 */

/** The speaker written after the cue: "said Kirby", "said the ministry", "said a spokesman for the agency". */
export function speakerAfter(context: SpeakerContext, cue: number, text: (s: number, e: number) => string, afterQuotation = false): Speaker | null {
  const { words } = context;
  let k = cue + 1;
  if (!words[k]) return null;
  const named = context.mentions.find((mention) => mention.start === words[k].start || (DEFINITE.has(words[k].text.toLowerCase()) && mention.start === words[k + 1]?.start));
  if (named) {
    const last = words.findIndex((word) => word.end === named.end);
    const beyond = words[last + 1];
    if (!beyond || CLAUSE_BREAK.has(beyond.text) || beyond.pos === 'ADP' || beyond.pos === 'CCONJ') return fromMention(named);
  }
  const pronoun = words[k].text.toLowerCase();
  if (PERSON_PRONOUNS.has(pronoun)) return fromPronoun(context, k, text);
  // `“…,” tweeted another.`: a quantifier standing alone is an unnamed speaker.
  if (QUANTIFIER_SUBJECTS.has(pronoun) && (!words[k + 1] || CLAUSE_BREAK.has(words[k + 1].text))) {
    const mention = evidence(words, k, k, text);
    return { mention, entityKey: null, description: mention.text, revealable: false };
  }
  let end = k;
  while (words[end + 1] && !CLAUSE_BREAK.has(words[end + 1].text) && end - k < MAX_DESCRIPTION_WORDS) end++;
  // "according to Colonel Pieter de Vries", "the Spanish news agency EFE": a name closing the phrase.
  const closing = context.mentions.find((mention) => mention.end === words[end].end && mention.start >= words[k].start && !isDemonym(mention));
  const opensWithDescription = !words[k].capitalized || DEFINITE.has(words[k].text.toLowerCase());
  // "said another Twitter user, Jane Holt", "said a spokesman for the ministry, Tom Holt": the name
  // in apposition is who the description is (not the ministry closing the description).
  const apposed = namedInApposition(context, end);
  if (apposed && opensWithDescription) return describedName(apposed, { start: words[k].start, end: words[end].end }, text);
  if (closing && opensWithDescription) return fromMention(closing);
  // "according to Colonel Pieter de Vries, …": a person after a title opening the phrase.
  // "said Oregon's Ada Lind": a possessor is never who speaks, whatever it was typed.
  const possessor = (mention: ResolvedMention) => isPossessive(words.find((word) => word.start >= mention.end));
  const person = context.mentions.find((mention) => mention.kind === 'PERSON' && mention.start >= words[k].start && mention.end <= words[end].end && !possessor(mention));
  const titled = person && words.slice(k).filter((word) => word.end <= person.start).every((word) => word.capitalized || word.pos === 'PUNCT' || isPossessive(word));
  if (person && titled) return fromMention(person);
  return describe(context, k, end, text, afterQuotation);
}

/** A person named right after the description ending at `end`, between commas or ending the sentence. */
function namedInApposition(context: SpeakerContext, end: number): ResolvedMention | undefined {
  const { words } = context;
  if (words[end + 1]?.text !== ',' || !words[end + 2]) return undefined;
  const person = context.mentions.find((mention) => mention.kind === 'PERSON' && mention.start === words[end + 2].start);
  if (!person) return undefined;
  const beyond = words.find((word) => word.start >= person.end);
  return !beyond || CLAUSE_BREAK.has(beyond.text) ? person : undefined;
}

/**
 * The last resort for a subject no rule resolved: a plain noun phrase opening the clause right
 * before the cue ("O'Malley's campaign says", "Twenty-four percent said", "The magazine said",
 * "Flamengo's board said"). It speaks unnamed, with the phrase as its description, or as the
 * organization that closes the phrase.
 */
export function nounPhraseSpeaker(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let end = cue - 1;
  while (end >= 0 && SPEAKER_CUE_FILLERS.has(words[end].text.toLowerCase())) end--;
  if (end < 0 || !['NOUN', 'PROPN', 'NUM'].includes(words[end].pos) || context.insideQuote(words[end].start)) return null;
  let start = end;
  while (start > 0 && end - start < MAX_DESCRIPTION_WORDS && NOUN_PHRASE_POS.has(words[start - 1].pos) && !CLAUSE_BREAK.has(words[start - 1].text)) start--;
  // The phrase must open its clause: "…; the magazine said", not "…the plan the magazine said".
  const before = words[start - 1];
  if (before && !CLAUSE_BREAK.has(before.text) && !['and', 'but', 'that', 'so', 'yet'].includes(before.text.toLowerCase())) return null;
  if (words[start].pos === 'DET' && start === end) return null;
  // "Feinstein (D-Calif.) last week said": a time is when, never who.
  if (isTimePhrase(words, start, end + 1)) return null;
  const phrase = evidence(words, start, end, text);
  const institution = context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.end === phrase.end && mention.start >= phrase.start);
  if (institution) return { mention: phrase, entityKey: institution.entityKey, description: phrase.text, revealable: false };
  return { mention: phrase, entityKey: null, description: phrase.text, revealable: false, affiliation: context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start >= phrase.start && mention.end <= phrase.end)?.entityKey ?? null };
}

/** After "according to": the phrase up to the clause break, unnamed ("state law", "White House pool reports"), or the organization it names. */
export function phraseSpeakerAfter(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  const start = cue + 1;
  let end = start;
  while (words[end + 1] && end - start < MAX_DESCRIPTION_WORDS) {
    // `according to the "Medicare for all" document`: a quoted name inside the phrase is part of it.
    const closing = OPENING_QUOTES.has(words[end + 1].text) ? words.findIndex((word, index) => index > end + 1 && index - end <= MAX_DESCRIPTION_WORDS && DOUBLE_CLOSERS.has(word.text)) : -1;
    if (closing !== -1 && words[closing + 1] && !CLAUSE_BREAK.has(words[closing + 1].text)) end = closing;
    else if (CLAUSE_BREAK.has(words[end + 1].text) || spacedDash(words, end + 1)) break;
    else end++;
  }
  if (!words[start] || CLAUSE_BREAK.has(words[start].text) || !words.slice(start, end + 1).some((word) => word.pos === 'NOUN' || word.pos === 'PROPN')) return null;
  const phrase = evidence(words, start, end, text);
  const organization = context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start >= phrase.start && mention.end <= phrase.end)?.entityKey ?? null;
  return { mention: phrase, entityKey: null, description: phrase.text, revealable: false, affiliation: organization };
}

/** "according to the report - still believe …": a hyphen or two standing apart is a dash (not "13-year-old"). */
const spacedDash = (words: Word[], k: number): boolean => (words[k].text === '-' || words[k].text === '--') && words[k - 1]?.end !== words[k].start && words[k + 1]?.start !== words[k].end;

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
