import { actCuesAt, refusesToSpeak, verbTaggedAsNoun } from './acts.js';
import { isYear } from './act-targets.js';
import { insideCondition } from './subordinate-clauses.js';
import { startsLowerCase } from './normalize.js';
import { CUE_BY_LEMMA, MODALS, NEGATIONS } from '../lexicon/cues.js';
import { SPEAKER_CUE_FILLERS } from '../lexicon/people.js';
import type { ActFrame } from '../lexicon/acts.js';
import type { StatementAct } from '../graph/facts.js';
import { pollCueAt } from './poll-findings.js';
import { isPerfectContraction, type Word } from './words.js';

/**
 * The cues of attribution in a sentence's words: speech verbs with the particle their lemma
 * needs ("called on"), the act cues of `acts.ts` ("blasted", "fear"), and "according to";
 * negated, modal and passive speech verbs report nothing.
 */
export interface Cue {
  /** Index of the verb word, and of the last word of the cue phrase (with its particle). */
  verb: number;
  last: number;
  lemma: string;
  /** Cues of belief, appraisal or evidence (`acts.ts`): their act and the frames their content may take. */
  act?: StatementAct;
  frames?: ActFrame[];
}

export const CLAUSE_END = new Set(['.', ';', '"', '“', '”', '?', '!']);
export const OPENING_QUOTES = new Set(['"', '“']);
/** Cues that need their particle ("called on", "pointed out"), unless they characterize with a quote. */
const PARTICLE_REQUIRED = new Set(['call', 'point', 'hint', 'appeal']);
/** How many words a characterization's object may run before its quotation: "called Ford's plans to open a plant in Mexico “a disgrace”". */
const CHARACTERIZATION_REACH = 20;
const CHARACTERIZING = new Set(['call']);
/** "when asked …", "if pressed": the cue belongs to a question put to the speaker, not to a statement. */
const QUESTION_OPENERS = new Set(['when', 'if', 'as', 'after', 'before', 'once', 'while']);

/**
 * Words the tagger calls determiners that may still stand right before a verb: floating
 * quantifiers ("the senators all said", "both said") and relative pronouns ("the report that said").
 */
const DETERMINERS_BEFORE_VERBS = new Set(['all', 'both', 'each', 'that', 'which']);

/** "has hinted at", "called on", "told": the cue as written, with its auxiliary and particle. */
export function cueText(words: Word[], cue: Cue, slice: (s: number, e: number) => string): string {
  const aux = cue.verb > 0 && ['has', 'have', 'had'].includes(words[cue.verb - 1].text.toLowerCase()) ? cue.verb - 1 : cue.verb;
  return slice(words[aux].start, words[cue.last].end);
}

/**
 * Where the negation of the verb at word k begins ("did not mention", "has never said",
 * "doesn't want": the auxiliary before the negation), or -1 when the verb is not negated. Only
 * auxiliaries, adverbs and particles may stand between the negation and the verb.
 */
export function negationStart(words: Word[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - NEGATION_REACH); j--) {
    if (NEGATIONS.has(words[j].text.toLowerCase())) {
      let start = j;
      while (start > 0 && (words[start - 1].pos === 'AUX' || words[start - 1].lemma === 'do')) start--;
      return start;
    }
    if (words[j].pos !== 'AUX' && words[j].pos !== 'ADV' && words[j].pos !== 'PART') return -1;
  }
  return -1;
}

const NEGATION_REACH = 4;

/** A speech verb at word k, with the particle its lemma needs ("called on", not "called"). */
export function cueAt(words: Word[], k: number): Cue | null {
  const word = words[k];
  if (!word || !startsLowerCase(word.text)) return null;
  const lemma = word.pos === 'VERB' || (word.pos === 'AUX' && word.lemma === 'say') || verbTaggedAsNoun(words, k) ? word.lemma : participleAfterComma(words, k);
  const verb = lemma === null ? undefined : CUE_BY_LEMMA.get(lemma);
  if (!verb) return null;
  // "the report", "in five states": right after a determiner, or a plural after a number, a word is a
  // noun ("4 in 10 say" is a share speaking).
  const before = words[k - 1];
  // A year before it makes it a noun too ("in a September 16, 2012 email to officials").
  // "by 271 pledged delegates": a participle between a number and its noun describes the noun.
  if (before && ((before.pos === 'DET' && !DETERMINERS_BEFORE_VERBS.has(before.text.toLowerCase())) || (before.pos === 'NUM' && (/[^s]s$/.test(word.text) || isYear(before.text) || countsNoun(words, k))))) return null;
  if (pluralTaggedAsVerb(words, k)) return null;
  if (verb.particle) {
    if (words[k + 1]?.text.toLowerCase() === verb.particle) return { verb: k, last: k + 1, lemma: verb.lemma };
    // "called the pledge “fiscal fantasy”": a characterization, when a quote follows closely.
    if (CHARACTERIZING.has(verb.lemma) && words.slice(k + 1, k + 1 + CHARACTERIZATION_REACH).some((next) => OPENING_QUOTES.has(next.text))) return { verb: k, last: k, lemma: `${verb.lemma} as` };
    return PARTICLE_REQUIRED.has(verb.lemma) ? null : { verb: k, last: k, lemma: verb.lemma };
  }
  // "did not respond", "never said": a negated cue reports nothing.
  let back = k - 1;
  let modal = false;
  while (back >= 0 && SPEAKER_CUE_FILLERS.has(words[back].text.toLowerCase()) && !NEGATIONS.has(words[back].text.toLowerCase())) {
    modal ||= MODALS.has(words[back].text.toLowerCase());
    back--;
  }
  if (back >= 0 && NEGATIONS.has(words[back].text.toLowerCase())) return null;
  if ((modal || (back >= 0 && MODALS.has(words[back].text.toLowerCase()))) && verb.lemma !== 'say') return null;
  // "added to the pressure", "said to be": not speech ("said to reporters", "said to cheers" are).
  if (words[k + 1]?.text.toLowerCase() === 'to' && (verb.lemma === 'add' || (verb.lemma === 'say' && (words[k + 2]?.pos === 'VERB' || words[k + 2]?.pos === 'AUX')))) return null;
  // Passive ("was earlier said to have provided") is hearsay with no source; "is saying" is active.
  for (let back = k - 1; back >= Math.max(0, k - 3) && !word.text.endsWith('ing'); back--) {
    if ((words[back].lemma === 'be' && !isPerfectContraction(words, back, k)) || words[back].lemma === 'get') return null;
    // "was officially declared the winner": a manner adverb stands inside the passive too.
    if (!SPEAKER_CUE_FILLERS.has(words[back].text.toLowerCase()) && !(words[back].pos === 'ADV' && words[back].text.endsWith('ly'))) break;
  }
  if (QUESTION_OPENERS.has(words[k - 1]?.text.toLowerCase() ?? '') || insideCondition(words, k)) return null;
  // "refused to say whether …", "declined to say": the source refused to speak.
  if (k >= 2 && words[k - 1].text.toLowerCase() === 'to' && refusesToSpeak(words, k - 2)) return null;
  // "who asked not to be named said …": the source speaks by the verb after.
  if (refusesToSpeak(words, k)) return null;
  return { verb: k, last: k, lemma: verb.lemma };
}

/**
 * ", warning that …", ", noting the …": the tagger reads a participle after a comma as a noun
 * ("warning", "noting"); its verb is the cue when the word before it is a comma and what follows
 * opens a clause or an object. The verb's lemma is the word less "-ing" (warn), with its "e"
 * (note) or without a doubled consonant (admit), whichever the cue table knows.
 */
function participleAfterComma(words: Word[], k: number): string | null {
  const word = words[k];
  if (word.pos !== 'NOUN' || !word.text.endsWith('ing') || words[k - 1]?.text !== ',') return null;
  const next = words[k + 1];
  if (!next || !(['that', 'to'].includes(next.text.toLowerCase()) || ['DET', 'PRON', 'PROPN', 'SCONJ'].includes(next.pos))) return null;
  return participleCueLemma(word.text);
}

/** The cue lemma of a present participle ("adding" → add, "noting" → note, "admitting" → admit), or null. */
export function participleCueLemma(participle: string): string | null {
  const stem = participle.slice(0, -3).toLowerCase();
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : null;
  for (const lemma of [stem, `${stem}e`, doubled]) if (lemma && CUE_BY_LEMMA.has(lemma)) return lemma;
  return null;
}

const countsNoun = (words: Word[], k: number): boolean => words[k].text.endsWith('ed') && words[k + 1]?.pos === 'NOUN';

/**
 * "gave money to states and then states doled it out", "in reports": a verb's -s form never
 * follows a preposition or "to", nor comes right before a past-tense verb, so there the
 * tagger's verb is a plural noun.
 */
function pluralTaggedAsVerb(words: Word[], k: number): boolean {
  if (!/[^s]s$/.test(words[k].text)) return false;
  const before = words[k - 1];
  const after = words[k + 1];
  return (before !== undefined && (before.text.toLowerCase() === 'to' || before.pos === 'ADP'))
    || (after !== undefined && after.pos === 'VERB' && /ed$/.test(after.text));
}

export function findCues(words: Word[]): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < words.length; k++) {
    const cue = cueAt(words, k);
    if (cue) cues.push(cue);
    // Tried after the speech cue of the same verb: "denied that …" is speech, "denied the report" an appraisal.
    for (const act of actCuesAt(words, k)) cues.push(act);
  }
  // "according to X"
  for (let k = 0; k < words.length - 2; k++) {
    if (words[k].text.toLowerCase() === 'according' && words[k + 1].text.toLowerCase() === 'to') cues.push({ verb: k, last: k + 1, lemma: 'according to' });
  }
  // "As reported by Western Journalism, …", "As first reported by the Post, …": a source opening the sentence, as "according to".
  const reported = words[1]?.pos === 'ADV' ? 2 : 1;
  if (words[0]?.text === 'As' && words[reported]?.text === 'reported' && words[reported + 1]?.text === 'by') {
    const verb = cues.findIndex((cue) => cue.verb === reported);
    if (verb !== -1) cues.splice(verb, 1);
    cues.push({ verb: 0, last: reported + 1, lemma: 'according to' });
  }
  // "in the latest CBS News poll, …", only where nothing else attributes.
  const others = cues.length;
  for (let k = 0; k < words.length - 2; k++) {
    const poll = pollCueAt(words, k, others);
    if (poll) cues.push(poll);
  }
  return cues;
}

/** Is there a speech cue in the words before `offset` (then the quote is the cue's own content)? */
export function cueBefore(words: Word[], offset: number): boolean {
  return words.some((word, index) => word.end <= offset && cueAt(words, index) !== null);
}
