import { EVIDENCE_NOUNS, attributesBelief } from '../../lexicon/acts.js';
import { ISSUED_WORDS, NEGATIONS, SOURCE_DOCUMENTS, WRITTEN_WORKS } from '../../lexicon/cues.js';
import { DESCRIPTION_NOUNS, IRREGULAR_PLURALS, ORGANIZATION_DESCRIPTIONS } from '../../lexicon/people.js';
import { issuedBefore, mainClauseSubject } from '../clause-subject.js';
import { controllingWord } from '../control-verbs.js';
import { describe, isPlural } from '../descriptions.js';
import { CLAUSE_BREAK, fromMention } from '../speaker-basics.js';
import { speakerBefore, type Speaker, type SpeakerContext } from '../speakers.js';
import { speakerAfter } from '../speakers-after.js';
import type { Word } from '../words.js';
import type { CueCandidate } from './attribution-candidates.js';
import { nearestSource } from './attribution-source.js';
import { CONTENT_SHAPES } from './attribution-spans.js';

/**
 * Who is the source of a cue the model found: the rules' speaker readers, applied where the
 * cue's form says the source stands (before an active verb, after an inverted one or a passive's
 * "by", the main clause's subject for a participle or a coordinated verb), else the nearest
 * noun phrase. None for a negated cue or an infinitive's; null (no source) for a passive.
 */

const BEFORE_SHAPES = new Set<number>([CONTENT_SHAPES.indexOf('BEFORE'), CONTENT_SHAPES.indexOf('QUOTE_BEFORE')]);
/** Passive cues carry no source: "is expected to", "was reported". */
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);

/**
 * Who is the source: "…, said Kirby" and "according to the poll" look after the cue; "Kirby
 * blasted …" before it. null: a passive cue with no source; undefined: none found (no statement).
 */
export function sourceOf(context: SpeakerContext, candidate: CueCandidate, shape: number, slice: (s: number, e: number) => string): Speaker | null | undefined {
  const { words, last } = candidate.site;
  if (last > candidate.site.cue) return speakerAfter(context, last, slice) ?? nearestSource(words, context.mentions, last, true, slice) ?? undefined;
  // "summoned the ambassador to explain …": an infinitive's subject is not the phrase before it,
  // but the subject of a verb that hands it on ("went on to say …", "took to Twitter to call …"):
  // the source is read from that verb.
  const infinitive = words[candidate.site.cue - 1]?.text.toLowerCase() === 'to';
  const cue = infinitive ? controllingWord(words, candidate.site.cue) : candidate.site.cue;
  if (cue === -1) return undefined;
  // "did not say how many …" reports nothing, and learnedStatements drops it once its act is known;
  // "Trump doesn't believe …", "did not mention Clinton" are read, and marked negated.
  // A stance ("never wanted"), or an act negated with "do" or "have"; "is not expected to" is a passive (below).
  if (isNegated(words, cue) && !negatedByDo(words, cue) && !attributesBelief(words[cue].lemma)) return undefined;
  // "was asked by a reporter whether …", "When asked by a host if …": the agent after "by" is the source.
  const passive = isPassive(words, cue);
  const reduced = cue > 0 && REDUCED_PASSIVE_OPENERS.has(words[cue - 1].text.toLowerCase()) && words[cue].text.endsWith('ed');
  if ((reduced || passive) && words[last + 1]?.text.toLowerCase() === 'by') return agentOf(context, last + 1, slice);
  // "is expected to …", "was asked whether …", "… in an interview when asked whether …": a passive cue reports without naming its source.
  if (passive || reduced) return null;
  // "…, accusing him of …", "… and then said", "… by saying that …": the main clause's subject is the source.
  const adjunct = participleAdjunct(words, cue);
  if (adjunct === 'leading') {
    // "After blasting the report, Beck said …", "Having announced that …, the judge …": the subject follows the phrase.
    const subject = subjectAfterPhrase(context, cue, slice);
    return subject && plausibleSpeaker(context, subject) ? subject : undefined;
  }
  // "released a statement Tuesday questioning …": the words of what the subject issued are the subject's.
  if (words[cue].text.endsWith('ing') && issuedBefore(words, cue - 1)) {
    const issuer = mainClauseSubject(context, cue, slice);
    if (issuer && plausibleSpeaker(context, issuer)) return issuer;
  }
  if (adjunct === 'trailing' || isTrailingParticiple(words, cue) || isCoordinated(words, cue)) {
    const subject = mainClauseSubject(context, cue, slice);
    return subject && plausibleSpeaker(context, subject) ? subject : undefined;
  }
  const inverted = BEFORE_SHAPES.has(shape) && words[cue - 1]?.text === ',';
  const speaker = inverted ? speakerAfter(context, cue, slice) ?? speakerBefore(context, cue, slice) : speakerBefore(context, cue, slice);
  const found = speaker ?? nearestSource(words, context.mentions, cue, inverted, slice);
  // "Sanders started the debate saying …", "Clinton spent the week portraying …": a participle right
  // after a thing that cannot speak shares the clause's subject ("voters telling …" are the voters').
  if (found && isBareParticiple(words, cue) && !canSpeak(found)) {
    const subject = mainClauseSubject(context, cue, slice);
    if (subject && plausibleSpeaker(context, subject)) return subject;
  }
  return found && plausibleSpeaker(context, found) ? found : undefined;
}

/** A present participle right after a noun, with no comma: "the debate saying", "op-eds defending". */
function isBareParticiple(words: Word[], cue: number): boolean {
  return words[cue].pos === 'VERB' && words[cue].text.endsWith('ing') && ['NOUN', 'PROPN'].includes(words[cue - 1]?.pos ?? '');
}

/** A named source, a plural, or a description some word of which names people, a body or a text ("the ministry", "an email"): not "their ninth debate". */
function canSpeak(speaker: Speaker): boolean {
  if (speaker.entityKey) return true;
  const words = (speaker.description ?? speaker.mention.text).toLowerCase().split(/[\s,]+/);
  // A plural may be people or texts of any kind ("super PACs supporting", "ads attacking", "ledgers showing").
  return isPlural(words[words.length - 1]) || words.some((word) => SPEAKING_NOUNS.has(word));
}

const SPEAKING_NOUNS = new Set([...DESCRIPTION_NOUNS, ...IRREGULAR_PLURALS, ...ORGANIZATION_DESCRIPTIONS, ...EVIDENCE_NOUNS, ...SOURCE_DOCUMENTS, ...ISSUED_WORDS, ...WRITTEN_WORKS]);

/** The agent of a passive cue, the name or description after its "by"; undefined (no statement) when none is found. */
function agentOf(context: SpeakerContext, by: number, slice: (s: number, e: number) => string): Speaker | undefined {
  const { words } = context;
  // The agent's phrase ends where what was asked or said begins: "by a reporter whether …".
  let end = by + 1;
  while (end + 1 < words.length && !CLAUSE_BREAK.has(words[end + 1].text) && words[end + 1].pos !== 'SCONJ' && !AGENT_ENDS.has(words[end + 1].text.toLowerCase())) end++;
  if (end <= by || !words[by + 1]) return undefined;
  const named = context.mentions.find((mention) => mention.start >= words[by + 1].start && mention.end <= words[end].end);
  const agent = named ? fromMention(named) : describe(context, by + 1, end, slice, true);
  return agent && plausibleSpeaker(context, agent) ? agent : undefined;
}

/** "When asked by …", "as reported by …": a participle after these is passive, with its agent to come. */
const REDUCED_PASSIVE_OPENERS = new Set(['when', 'as', 'if', 'once', 'after', 'unless', 'until']);
const AGENT_ENDS = new Set(['whether', 'if', 'that', 'about', 'to', 'for', 'on', 'in', 'at', 'as']);

/**
 * A country read from a description of a person ("The Spaniard added") or an organization
 * read past its member ("Senator X of the Y Party (YP) accused") is a speaker the rules
 * would not give: no learned statement rather than a wrong speaker.
 */
function plausibleSpeaker(context: SpeakerContext, speaker: Speaker): boolean {
  const kind = speaker.entityKey ? context.entities.get(speaker.entityKey)?.entity.kind : undefined;
  const at = context.words.findIndex((word) => word.start === speaker.mention.start);
  if (kind === 'COUNTRY' && ['the', 'a', 'an'].includes(context.words[at - 1]?.text.toLowerCase() ?? '')) return false;
  if (kind === 'ORGANIZATION') {
    const before = context.words.slice(Math.max(0, at - 2), at).map((word) => word.text.toLowerCase());
    if (before.includes('of') && context.mentions.some((mention) => mention.kind === 'PERSON' && mention.end <= speaker.mention.start && speaker.mention.start - mention.end <= 8)) return false;
  }
  return true;
}

/** "…, accusing him of …": a participle after a comma, whose subject is the main clause's. */
function isTrailingParticiple(words: Word[], cue: number): boolean {
  return words[cue - 1]?.text === ',' && words[cue].text.endsWith('ing') && words[cue].pos === 'VERB';
}

/** Prepositions and conjunctions that make a participle an adjunct of the clause: "by saying", "after praising", "while cheering". */
const ADJUNCT_OPENERS = new Set(['by', 'after', 'before', 'while', 'when', 'since', 'without', 'upon', 'in']);

/**
 * A participle that is an adjunct of its clause, whose subject it shares: "leading" when the
 * phrase opens the sentence ("After praising the deal, Lind …", "Having announced …, the judge
 * …", "Promising that …, Lind said"), "trailing" when it follows the clause ("Lind caused a stir
 * by saying that …"); null for any other word.
 */
function participleAdjunct(words: Word[], cue: number): 'leading' | 'trailing' | null {
  const having = words[cue - 1]?.text.toLowerCase() === 'having';
  if ((!having && !words[cue].text.endsWith('ing')) || words[cue].pos === 'NOUN') return null;
  let k = cue - (having ? 2 : 1);
  while (k >= 0 && words[k].pos === 'ADV') k--;
  const opener = k >= 0 && ADJUNCT_OPENERS.has(words[k].text.toLowerCase());
  if (opener) k--;
  // Only a conjunction may come before a leading phrase ("But after praising …"); the tagger
  // reads a capitalised participle opening the sentence as a name ("Promising that …").
  if (k < 0 || (k === 0 && words[0].pos === 'CCONJ')) return 'leading';
  return opener && words[cue].pos === 'VERB' ? 'trailing' : null;
}

/** The subject after a leading phrase: the clause's first verb after the phrase's comma, read back to its subject. */
function subjectAfterPhrase(context: SpeakerContext, cue: number, slice: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let comma = cue + 1;
  while (comma < words.length && (words[comma].text !== ',' || context.insideQuote(words[comma].start))) comma++;
  let verb = comma + 2;
  while (verb < words.length && words[verb].pos !== 'VERB' && words[verb].pos !== 'AUX') verb++;
  if (verb >= words.length) return null;
  return speakerBefore(context, verb, slice);
}

/** "The judge rubbed his chin, and then said …", "…, and added:": a verb sharing its subject with the clause before. */
function isCoordinated(words: Word[], cue: number): boolean {
  let k = cue - 1;
  while (k > 0 && (words[k].pos === 'ADV' || words[k].pos === 'AUX')) k--;
  return k > 1 && words[k].pos === 'CCONJ' && (words[k].text === 'and' || words[k].text === 'but');
}

/** "doesn’t want", "did not think", "has not endorsed": the negation of an active verb, with "do" or "have" ("is not expected to" is a passive). */
function negatedByDo(words: Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    if (words[k].lemma === 'do' || words[k].lemma === 'have') return true;
    if (!NEGATIONS.has(words[k].text.toLowerCase()) && words[k].pos !== 'ADV') return false;
  }
  return false;
}

/** "did not say how many …", "never confirmed": a negated cue reports nothing. */
function isNegated(words: Word[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    if (NEGATIONS.has(words[k].text.toLowerCase())) return true;
    if (words[k].pos !== 'AUX' && words[k].pos !== 'ADV' && words[k].pos !== 'PART') return false;
  }
  return false;
}

/** "is expected", "was reported", "has been said": a form of be right before the cue (adverbs between). */
function isPassive(words: Word[], cue: number): boolean {
  // "Asked whether …, she said": a participle opening the sentence is passive too.
  if (cue === 0 && words[0].text.endsWith('ed')) return true;
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    // "is thanking", "was referring": be with a present participle is progressive, active.
    if (PASSIVE_AUXILIARIES.has(words[k].lemma)) return !words[cue].text.endsWith('ing') && (words[cue].text.endsWith('ed') || words[cue].pos === 'VERB');
    // "is not expected to": a negation stands inside the passive as an adverb does.
    if (words[k].pos !== 'ADV' && !NEGATIONS.has(words[k].text.toLowerCase())) return false;
  }
  return false;
}
