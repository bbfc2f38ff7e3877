import type { Span } from '../graph/facts.js';
import { POLL_NOUNS } from '../lexicon/acts.js';
import type { Cue } from './cue-words.js';
import { clauseStartBefore } from './content-start.js';
import { evidence, type Speaker, type SpeakerContext } from './speaker-basics.js';
import { isVerb, type Word } from './words.js';

/**
 * A poll named by "in", the source of the finding around it: "In a CBS News poll last month,
 * Clinton led Sanders 56 percent to 32 percent", "Trump leads Cruz by 9 points in the
 * RealClearPolitics average of recent polls". EVIDENCE, as "the poll found …" is; the
 * organization behind the poll speaks for it where the phrase names one.
 */
export const POLL_CUE = 'in a poll';

/** Words a poll's phrase may hold before its noun: "the latest NBC News/Wall Street Journal", "May's Washington Post-ABC News". */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
const PHRASE_JOINS = new Set(['/', '-', '–', 'and', "'s", '’s']);
/** "of" joins a poll's phrase after these only: "the average of recent polls", "a series of surveys" ("a room full of polls" is a room). */
const POLL_GROUPS = new Set(['average', 'series', 'string', 'batch', 'handful', 'couple', 'pair', 'number', 'dozen', 'majority', 'slew']);
const MAX_PHRASE_WORDS = 10;
/** What may follow the poll's noun as part of its phrase: "released Monday", "conducted in May", "taken July 11-14". */
const PHRASE_PARTICIPLES = new Set(['released', 'conducted', 'taken', 'published', 'done', 'commissioned', 'carried']);
const MAX_MODIFIER_WORDS = 5;
const PHRASE_ENDS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX']);
/** Marks that end a clause: a finding does not reach back over them ("… was huge — the melee … in the polls"). */
const CLAUSE_MARKS = new Set(['—', '–', '--', ';', ':', '(', ')']);

/**
 * The cue "in" at word k when a poll's phrase follows it, in a sentence no other cue attributes
 * ("In a poll released Monday, 40 percent said …" is the respondents' statement).
 */
export function pollCueAt(words: Word[], k: number, otherCues: number): Cue | null {
  if (otherCues > 0 || words[k].text.toLowerCase() !== 'in' || pollNounAfter(words, k) === -1) return null;
  return { verb: k, last: k, lemma: POLL_CUE, act: 'EVIDENCE' };
}

/** Index of the poll noun heading the phrase after "in" at k ("in the latest CNN poll" → "poll"), or -1. */
function pollNounAfter(words: Word[], k: number): number {
  let grouped = false;
  for (let j = k + 1; j < words.length && j - k <= MAX_PHRASE_WORDS; j++) {
    const lower = words[j].text.toLowerCase();
    // "in the polls", "in national polls": polls in general are no source ("the average of recent polls" is one).
    if (POLL_NOUNS.has(lower) && words[j].pos !== 'VERB') return lower.endsWith('s') && !grouped ? -1 : j;
    const groups = lower === 'of' && POLL_GROUPS.has(words[j - 1].text.toLowerCase());
    grouped ||= groups;
    if (!groups && !PHRASE_TAGS.has(words[j].pos) && !PHRASE_JOINS.has(lower)) return -1;
  }
  return -1;
}

/** The last word of the poll's phrase: its noun, or the participle and time that follow it ("released Monday"). */
function phraseEnd(words: Word[], noun: number): number {
  let end = noun;
  if (PHRASE_PARTICIPLES.has(words[noun + 1]?.text.toLowerCase() ?? '')) {
    end = noun + 1;
    while (end + 1 < words.length && end - noun < MAX_MODIFIER_WORDS && !PHRASE_ENDS.has(words[end + 1].pos)) end++;
  }
  return end;
}

/**
 * The finding and its poll: after the phrase's comma when the phrase opens the sentence, else
 * the clause before "in" ("he fell to 10 percent in the latest poll"), or the whole sentence
 * when that clause has no verb of its own ("Obama's approval in the latest poll stands at 53%").
 */
export function pollFinding(context: SpeakerContext, cue: Cue, sentence: Span, sentenceEnd: number, slice: (s: number, e: number) => string): { content: Span; speaker: Speaker } | null {
  const { words } = context;
  const k = cue.verb;
  const noun = pollNounAfter(words, k);
  if (noun === -1) return null;
  const end = phraseEnd(words, noun);
  const mention = evidence(words, k + 1, end, slice);
  const organization = context.mentions.find((found) => found.kind === 'ORGANIZATION' && found.start >= mention.start && found.end <= mention.end);
  const speaker: Speaker = { mention, entityKey: null, description: mention.text, revealable: false, affiliation: organization?.entityKey ?? null };
  const opening = words.slice(0, k).every((word) => word.pos === 'CCONJ' || word.pos === 'ADV');
  let content: Span | null;
  if (opening) {
    // "In a CBS News poll last month, …": a time may follow the phrase before its comma.
    const comma = words.findIndex((word, index) => index > end && (word.text === ',' || isVerb(word)));
    content = comma !== -1 && words[comma].text === ',' && comma - end <= MAX_MODIFIER_WORDS && words[comma + 1] ? { start: words[comma + 1].start, end: sentenceEnd } : null;
  } else {
    const start = clauseStartBefore(words, k);
    const hasVerb = words.slice(start, k).some(isVerb);
    // "The names were listed in the survey": where something stands is no finding of it.
    if (isPassive(words, k - 1)) return null;
    let last = k - 1;
    while (last > start && words[last].pos === 'PUNCT') last--;
    content = { start: words[start].start, end: hasVerb ? words[last].end : sentenceEnd };
  }
  if (!content || content.end <= content.start || content.start < sentence.start) return null;
  // A finding is a clause: "In the polls, anyway" finds nothing; "who leads Trump in polls" is an aside's.
  const inside = words.filter((word) => word.start >= content!.start && word.end <= content!.end);
  if (!inside.some(isVerb) || inside.length < 3 || inside[0].pos === 'SCONJ' || RELATIVE_OPENERS.has(inside[0].text.toLowerCase())) return null;
  if (inside.some((word) => CLAUSE_MARKS.has(word.text) && word.start < words[k].start)) return null;
  return { content, speaker };
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'that', 'in', 'when', 'while', 'as']);

/** "were listed", "was cited": a form of be and a past participle end at word k. */
const isPassive = (words: Word[], k: number) => words[k]?.pos === 'VERB' && /(?:ed|en)$/.test(words[k].text) && words[k - 1]?.lemma === 'be';
