import { CLAUSE_CONJUNCTIONS, ISSUED_WORDS, WRITTEN_WORKS } from '../lexicon/cues.js';
import { isDeterminer } from './act-targets.js';
import { nearestSource } from './learned/attribution-source.js';
import { speakerBefore, type Speaker, type SpeakerContext } from './speakers.js';
import { frontedClauseClose } from './subordinate-clauses.js';
import { readTime } from './time.js';
import { isVerb, type Word } from './words.js';

/**
 * The subject of the clause a later verb shares it with: "Governor Brandt toured the harbor in
 * Port Wexley, praising the crew" and "The governor shook hands with the crew, and then said
 * …" are the governor's, not Port Wexley's or the crew's. Read before the first verb outside
 * quotation marks of the clause holding the cue — past an opening prepositional phrase ("In a
 * statement released Thursday, Rep. Lind reacted …, saying"), from a subordinate clause's own
 * conjunction ("… as results came in showing …") — by the rules' speaker reader or else the
 * noun phrase there; null when the cue is the first verb (no clause before it).
 */
export function mainClauseSubject(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  // Not a verb inside a quotation: in `“… as we speak,” Clinton said, referencing …` the clause is Clinton's;
  // nor a word of a name the tagger reads as a verb ("Sen. Ted Cruz weighed in …").
  const inName = (k: number) => context.mentions.some((mention) => mention.start <= words[k].start && words[k].end <= mention.end);
  const isClauseVerb = (k: number) => (isVerb(words[k]) || pastReadAsAdjective(words, k)) && !context.insideQuote(words[k].start) && !inName(k);
  let verb = clauseOpening(context, cue) + 1;
  while (verb < cue && !isClauseVerb(verb)) verb++;
  if (verb >= cue - 1) return null;
  return speakerBefore(context, verb, text) ?? nearestSource(words, context.mentions, verb, false, text);
}

/** "He hedged, telling …": the tagger reads some past tenses right after their subject as adjectives. */
const pastReadAsAdjective = (words: Word[], k: number): boolean =>
  words[k].pos === 'ADJ' && words[k].text.endsWith('ed') && (words[k - 1]?.pos === 'PRON' || words[k - 1]?.pos === 'PROPN');

/** Index of the word just before the cue's clause: its subordinating conjunction or semicolon, the comma after an opening prepositional phrase, or 0. */
function clauseOpening(context: SpeakerContext, cue: number): number {
  const { words } = context;
  for (let k = cue - 2; k > 0; k--) {
    if (context.insideQuote(words[k].start)) continue;
    if (opensClause(words, k, cue) || words[k].text === ';') return k;
    // "…won over Weaver, who came out and endorsed Clinton": a relative clause's verbs share its antecedent.
    if (RELATIVE_PRONOUNS.has(words[k].text.toLowerCase()) && words[k - 1].text === ',') return k - 1;
  }
  // "When Maddow pointed out …, Clinton seized upon …, repeating": the main clause after the fronted one.
  const fronted = frontedClauseClose(words, context.insideQuote);
  if (fronted !== -1 && fronted < cue) return fronted;
  return opensWithPreposition(words) ? Math.max(0, words.findIndex((word, k) => k < cue && word.text === ',' && !context.insideQuote(word.start))) : 0;
}

/**
 * A subordinating conjunction ("because", "as results came in"; the tagger reads some as
 * prepositions) opening a clause with its subject and a finite verb before the cue ("went after
 * Reyes over his refusal to release …, calling" has no clause after "after").
 */
function opensClause(words: Word[], k: number, cue: number): boolean {
  const lower = words[k].text.toLowerCase();
  if (lower === 'that') return false;
  // "hit Clinton for taking money and claimed …": a gerund after it has no subject of its own.
  if (words[k].pos === 'SCONJ') return !(words[k + 1]?.pos === 'VERB' && words[k + 1].text.endsWith('ing'));
  if (!CLAUSE_CONJUNCTIONS.has(lower) || !SUBJECT_OPENERS.has(words[k + 1]?.pos ?? '')) return false;
  for (let j = k + 2; j < cue; j++) {
    // "as a way to create jobs that serve as …": a relative clause's verb is not the clause's own.
    if (RELATIVE_OPENERS.has(words[j].text.toLowerCase())) return false;
    if (isVerb(words[j]) && words[j - 1].text.toLowerCase() !== 'to') return true;
  }
  return false;
}

const SUBJECT_OPENERS = new Set(['NOUN', 'PROPN', 'PRON', 'DET']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const RELATIVE_OPENERS = new Set(['that', ...RELATIVE_PRONOUNS]);

/** "In a statement released Thursday, …", "After the vote, …": a sentence opening on a prepositional phrase. */
const opensWithPreposition = (words: Word[]) => words[0]?.pos === 'ADP' || (words[0]?.pos === 'CCONJ' && words[1]?.pos === 'ADP');

/**
 * "issued a statement saying", "released a brief statement Wednesday saying", "revised her
 * statement explaining", "sent out a text message to supporters saying", "placed newspaper ads
 * calling": word k ends what a verb's subject issued (the time it was issued, its addressee,
 * adjectives and nouns before it may stand between).
 */
export function issuedBefore(words: Word[], k: number): boolean {
  if (k > 0 && readTime([words[k].text], 0)) k -= words[k - 1].text.toLowerCase() === 'on' ? 2 : 1;
  k = beforeAddressee(words, k);
  const issued = words[k];
  if (!issued || !(ISSUED_WORDS.has(issued.text.toLowerCase()) || ISSUED_WORDS.has(issued.lemma) || WRITTEN_WORKS.has(issued.lemma))) return false;
  let j = k - 1;
  while (j > 0 && (words[j].pos === 'ADJ' || words[j].pos === 'NOUN')) j--;
  // A plural needs no determiner: "placed national newspaper ads calling …".
  const determiner = isDeterminer(words[j]);
  if (!determiner && issued.lemma === issued.text.toLowerCase()) return false;
  let verb = determiner ? j - 1 : j;
  // "sent out a message", "blasted out an email": the verb's particle stands before the object.
  if (PARTICLES.has(words[verb]?.text.toLowerCase() ?? '') && words[verb - 1]?.pos === 'VERB') verb--;
  return words[verb]?.pos === 'VERB';
}

const PARTICLES = new Set(['out', 'up', 'off', 'back', 'down']);
const ADDRESSEE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/** "a letter to the governor", "a message to supporters": the word before "to" when word k ends such an addressee, else k. */
function beforeAddressee(words: Word[], k: number): number {
  if (!['NOUN', 'PROPN'].includes(words[k]?.pos ?? '')) return k;
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    if (words[j].text.toLowerCase() === 'to') return j - 1;
    if (!ADDRESSEE_TAGS.has(words[j].pos)) return k;
  }
  return k;
}
