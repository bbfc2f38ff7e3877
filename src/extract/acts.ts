import { controllingWord } from './control-verbs.js';
import { ACT_CUES_BY_LEMMA, CUE_COMPOUND_NOUNS, EVIDENCE_NOUNS, EVIDENCE_VERBS, POINTED_PLACES, REFUSAL_CUES, SPEAKING_VERBS, STANCE_ADJECTIVES, type ActFrame } from '../lexicon/acts.js';
import { CUE_LEMMAS, MODALS, NEGATIONS } from '../lexicon/cues.js';
import { ANONYMITY_REQUESTS, SPEAKER_CUE_FILLERS } from '../lexicon/people.js';
import type { StatementAct } from '../graph/facts.js';
import { startsLowerCase } from './normalize.js';
import { insideCondition } from './subordinate-clauses.js';
import { isPerfectContraction, type Word } from './words.js';
import { DOUBLE_CLOSERS } from './quotes.js';

/**
 * Cues of the acts that are not reported words (issue 12): beliefs ("Democrats fear …"),
 * appraisals ("blasted Ryan") and evidence ("a new poll shows …"). Speech cues are read by
 * `attribution.ts`, which takes these as further cues and gives them their content by frame.
 */
export interface ActCue {
  /** Index of the verb word, and of the last word of the cue (its particle). */
  verb: number;
  last: number;
  lemma: string;
  act: StatementAct;
  frames: ActFrame[];
}

const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** Quantifiers that stand for people as a subject: "Many support reform", "Most want change". */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'few', 'several', 'both', 'all', 'others', 'more', 'fewer']);

/** Particles that turn a verb of judgment into a deed: "knocked down", "called off", "backed away". */
const DEED_PARTICLES = new Set(['down', 'out', 'off', 'up', 'away', 'over']);

/** The act cues at word k: "worried about" before "worried"; none when the verb is passive, modal or an infinitive. */
export function actCuesAt(words: Word[], k: number): ActCue[] {
  const word = words[k];
  if (word?.pos === 'ADJ') return stanceCuesAt(words, k);
  // "was convinced that …", "is opposed to …": the tagger reads some stance adjectives as participles.
  if (word?.pos === 'VERB' && STANCE_ADJECTIVES.has(word.text.toLowerCase())) {
    const stance = stanceCuesAt(words, k);
    if (stance.length > 0) return stance;
  }
  // Most words are no act cue: the tables are asked before the context is read.
  const cues = word ? ACT_CUES_BY_LEMMA.get(word.lemma) : undefined;
  if (!word || (!cues && !EVIDENCE_VERBS.has(word.lemma))) return [];
  if (!(word.pos === 'VERB' || verbTaggedAsNoun(words, k)) || !startsLowerCase(word.text) || !actContextAllows(words, k) || refusesToSpeak(words, k) || insideCondition(words, k)) return [];
  const found: ActCue[] = [];
  if (cues) {
    const next = words[k + 1]?.text.toLowerCase();
    if (CUE_COMPOUND_NOUNS.has(`${word.text.toLowerCase()} ${next}`)) return [];
    const withParticle = cues.flatMap((cue) => {
      const last = cue.particle ? particleEnd(words, k, cue.particle) : -1;
      return last === -1 ? [] : [{ cue, last }];
    });
    // "knocked down", "backed away", "took over": a particle the table does not know makes another verb.
    if (withParticle.length === 0 && DEED_PARTICLES.has(next ?? '')) return [];
    // "talked" alone is no cue when the table only knows "talked about"; "worried that" is.
    for (const { cue, last } of withParticle.length ? withParticle : cues.filter((cue) => !cue.particle).map((cue) => ({ cue, last: k }))) {
      found.push({ verb: k, last, lemma: cue.particle ? `${cue.lemma} ${cue.particle}` : cue.lemma, act: cue.act, frames: cue.frames });
    }
  }
  // "polls show", "the study found": only an evidence source makes these an attribution (checked with the speaker).
  if (found.length === 0 && EVIDENCE_VERBS.has(word.lemma)) found.push({ verb: k, last: k, lemma: word.lemma, act: 'EVIDENCE', frames: ['clause'] });
  return found;
}

/**
 * "is supportive of the plan", "remained critical of the deal", "was eager to run": a stance
 * adjective after a copula (past adverbs), whose cue runs from the copula to the particle; none
 * when negated ("is not sure") or without the particle the adjective needs.
 */
function stanceCuesAt(words: Word[], k: number): ActCue[] {
  const cues = STANCE_ADJECTIVES.get(words[k].text.toLowerCase());
  if (!cues) return [];
  let copula = k - 1;
  while (copula >= 0 && words[copula].pos === 'ADV' && !NEGATIONS.has(words[copula].text.toLowerCase())) copula--;
  if (copula < 0 || !COPULAS.has(words[copula].lemma.toLowerCase()) || NEGATIONS.has(words[copula + 1]?.text.toLowerCase() ?? '')) return [];
  // "it is certain that …" names no one; "reasons to be skeptical" has no subject of its own.
  const before = words[copula - 1]?.text.toLowerCase();
  if (before === 'it' || before === 'there' || before === 'to') return [];
  const found: ActCue[] = [];
  for (const cue of cues) {
    const last = cue.particle ? particleEnd(words, k, cue.particle) : k;
    // "is confident (that) the plan works", not "confident in the outcome" nor "concerned enough that".
    if (last === -1 || (cue.frames[0] === 'clause' && !opensClause(words[last + 1]))) continue;
    found.push({ verb: copula, last, lemma: cue.particle ? `${cue.lemma} ${cue.particle}` : cue.lemma, act: cue.act, frames: cue.frames });
  }
  return found;
}

/** A clause's first word: "that", or a subject. */
const opensClause = (word: Word | undefined): boolean => word !== undefined && (word.text.toLowerCase() === 'that' || CLAUSE_SUBJECT_TAGS.has(word.pos));
const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM']);

const COPULAS = new Set(['be', 'seem', 'remain', 'appear', 'become', 'stay', 'grow']);

/** Index of the last word of `particle` ("for", "out at") right after the verb at k, or -1. */
function particleEnd(words: Word[], k: number, particle: string): number {
  let j = k;
  for (const part of particle.split(' ')) if (words[++j]?.text.toLowerCase() !== part) return -1;
  return j;
}

/**
 * "lashed out at Ryan", "laid out a plan", "took aim at the board": where the target of a phrasal
 * act of speech starts, past its particle (the index of the word after it), or -1 when no phrasal
 * cue of the table is there ("laid off workers", "took over the firm" are deeds).
 */
export function phrasalTargetStart(words: Word[], k: number): number {
  for (const cue of ACT_CUES_BY_LEMMA.get(words[k].lemma.toLowerCase()) ?? []) {
    const end = cue.phrasal && cue.particle ? particleEnd(words, k, cue.particle) : -1;
    if (end !== -1) return end + 1;
  }
  return -1;
}

/** "pointed to the spot", "pointed at the sky": a hand aimed at a place, which says nothing (the first noun after "to"/"at" decides). */
export function pointsAtPlace(words: Word[], k: number): boolean {
  if (words[k].lemma !== 'point' || !['to', 'at'].includes(words[k + 1]?.text.toLowerCase() ?? '')) return false;
  for (let j = k + 2; j < words.length && j <= k + 5; j++) {
    if (words[j].pos === 'NOUN' || words[j].pos === 'PROPN' || words[j].pos === 'PUNCT') return POINTED_PLACES.has(words[j].text.toLowerCase());
  }
  return false;
}

/**
 * "declined to comment", "refused to say whether …", "asked not to be named": the source says
 * nothing by this verb, so no act (a source asking for anonymity speaks by the verb after: "… said").
 */
export function refusesToSpeak(words: Word[], k: number): boolean {
  if (asksAnonymity(words, k)) return true;
  if (!REFUSAL_CUES.has(words[k].lemma) || words[k + 1]?.text.toLowerCase() !== 'to') return false;
  const verb = words[k + 2]?.lemma ?? '';
  return CUE_LEMMAS.has(verb) || SPEAKING_VERBS.has(verb);
}

/** "asked not to be named", "declined to be identified", "requested anonymity", "asked to remain anonymous". */
function asksAnonymity(words: Word[], k: number): boolean {
  if (!ANONYMITY_VERBS.has(words[k].lemma)) return false;
  const next = words.slice(k + 1, k + 4).map((word) => word.text.toLowerCase()).join(' ');
  return ANONYMITY_REQUESTS.some((request) => next.startsWith(request));
}

const ANONYMITY_VERBS = new Set(['ask', 'request', 'decline', 'refuse']);

/**
 * The tagger reads a present-tense verb after a plural subject as a compound noun ("Democrats
 * fear that …", "polls show …", "4 in 10 say …"): a noun right after a plural noun or a pronoun, and followed
 * by what opens a clause or an object, is the verb.
 */
export function verbTaggedAsNoun(words: Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  if (words[k].pos !== 'NOUN' || !before || !after) return false;
  // "About 4 in 10 say …", "55 percent said …": a share of people is a plural subject too.
  const pluralSubject = (['NOUN', 'PROPN'].includes(before.pos) && /s$/.test(before.text)) || ['they', 'we', 'i', 'you'].includes(before.text.toLowerCase())
    || before.pos === 'NUM' || before.text.toLowerCase() === 'percent';
  // "…, polls show.": evidence closing the sentence.
  const closing = EVIDENCE_NOUNS.has(before.text.toLowerCase()) && EVIDENCE_VERBS.has(words[k].lemma) && ['.', ';'].includes(after.text);
  return (pluralSubject && (closing || ['DET', 'PRON', 'PROPN', 'SCONJ', 'NUM'].includes(after.pos) || ['that', 'to'].includes(after.text.toLowerCase())))
    || closesInvertedQuotation(words, k);
}

/**
 * `“…,” a voice-over in the ad states.`, `“…,” the Saudis state in the white paper`: after a
 * quotation closing on its comma and a noun phrase, a word that ends the clause (or opens where
 * it was said) is the attribution's verb, whatever the tagger says.
 */
function closesInvertedQuotation(words: Word[], k: number): boolean {
  const after = words[k + 1];
  if (!after || !(INVERTED_CLOSERS.has(after.text) || after.pos === 'ADP')) return false;
  for (let j = k - 1; j >= 1 && k - j <= MAX_INVERTED_SUBJECT_WORDS; j--) {
    if (DOUBLE_CLOSERS.has(words[j].text)) return words[j - 1].text === ',' && j < k - 1;
    if (!INVERTED_SUBJECT_TAGS.has(words[j].pos)) return false;
  }
  return false;
}

const INVERTED_CLOSERS = new Set(['.', ',', ';']);
const INVERTED_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART']);
const MAX_INVERTED_SUBJECT_WORDS = 7;

/**
 * Rejects uses where the subject is not the source: "was supported by", "would support",
 * "to support" (the subject is further away), "supporting" right after a noun ("voters
 * supporting him"). Negation stays: "Trump doesn't believe …" attributes a belief.
 */
function actContextAllows(words: Word[], k: number): boolean {
  let back = k - 1;
  // "is thanking", "are denouncing": be before a present participle is progressive, active.
  const progressive = words[k].text.endsWith('ing');
  const passive = (j: number) => (words[j].lemma === 'be' && !progressive && !isPerfectContraction(words, j, k)) || words[j].lemma === 'get';
  let be = false;
  // "is widely seen as": a manner adverb stands inside the passive too.
  while (back >= 0 && (SPEAKER_CUE_FILLERS.has(words[back].text.toLowerCase()) || NEGATIONS.has(words[back].text.toLowerCase()) || words[back].lemma === 'do'
    || (words[back].pos === 'ADV' && words[back].text.endsWith('ly')))) {
    const lower = words[back].text.toLowerCase();
    if (MODALS.has(lower) || passive(back)) return false;
    be ||= words[back].lemma === 'be';
    back--;
  }
  const before = words[back];
  if (!before) return false;
  const lower = before.text.toLowerCase();
  // "to support": the subject is further away, and speaks only through a verb that hands it on ("was quick to praise").
  if (MODALS.has(lower) || (lower === 'to' && controllingWord(words, back + 1) === -1) || passive(back)) return false;
  // "its proposed cutoff", "the endorsed candidate": a participle modifying a noun.
  if (before.pos === 'DET' || POSSESSIVES.has(lower)) return false;
  // "a Kenyan think tank", "14,300 suspected cases": between a modifier and a noun, the cue word is part of a noun phrase.
  if ((before.pos === 'ADJ' || before.pos === 'NUM') && !QUANTIFIERS.has(lower) && words[k + 1]?.pos === 'NOUN') return false;
  if (progressive && !be && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && before.lemma !== 'be') return false;
  return true;
}

/** Does the source read as evidence: "a Quinnipiac poll", "new fundraising reports", "the study"? */
export function isEvidenceSource(description: string | null): boolean {
  if (!description) return false;
  const words = description.toLowerCase().split(/[\s,]+/);
  const stop = words.findIndex((word, index) => index > 0 && ['by', 'of', 'from', 'for', 'conducted', 'released', 'published', 'commissioned'].includes(word));
  const head = (stop === -1 ? words : words.slice(0, stop)).filter(Boolean).pop() ?? '';
  return EVIDENCE_NOUNS.has(head.replace(/[^\p{L}]/gu, ''));
}
