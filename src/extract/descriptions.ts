import {
  ANONYMITY_MARKERS, COUNTRY_DESCRIPTIONS_NOUNS, DEFINITE, DESCRIPTION_NOUNS, INDEFINITE, IRREGULAR_PLURALS, NAMED_BODY_KINDS, ORGANIZATION_DESCRIPTIONS,
  PEOPLE_BY_RELATION, POSSESSIVE_DETERMINERS, SOURCE_QUALIFIERS, TITLE_ABBREVIATIONS,
} from '../lexicon/people.js';
import { CLAUSE_CONJUNCTIONS, CUE_LEMMAS, SOURCE_DOCUMENTS, SPEECH_VENUES } from '../lexicon/cues.js';
import { MEDIA_FOLLOWERS, ORGANIZATION_KINDS } from '../lexicon/organizations.js';
import type { DocumentEntities, ResolvedMention } from './coref.js';
import { refusesToSpeak } from './acts.js';
import { EVIDENCE_NOUNS } from '../lexicon/acts.js';
import { isTimePhrase } from './time.js';
import {
  CLAUSE_BREAK, MAX_DESCRIPTION_WORDS, evidence, find, fromMention, isDemonym, mentionEndingAt, type Speaker, type SpeakerContext,
} from './speaker-basics.js';
import { DOUBLE_CLOSERS } from './quotes.js';
import type { Word } from './words.js';

/**
 * Speakers given by a description, not a name: "the NSC official" (resolved to the person the
 * article named with that role), "a senior official who asked not to be named" (unnamed, with
 * its description), "U.S. officials", "Senators from both parties".
 */
export const isPlural = (word: string): boolean => (/s$/.test(word) && !SINGULAR_IN_S.test(word)) || IRREGULAR_PLURALS.has(word.toLowerCase());

/** Nouns that end in "s" but are one thing: "vagueness", "business", "status", "consensus". */
const SINGULAR_IN_S = /(ss|ness|us)$/i;

/** Participles of a poll's respondents: "those surveyed", "Democrats polled". */
const SURVEY_PARTICIPLES = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled']);

const PLURAL_HEAD_PREPOSITIONS = new Set(['from', 'in', 'of', 'at', 'across', 'around', 'inside', 'within', 'for', 'to']);

/** A cue verb that ends a description ("… said"), unless it is a noun's "of"/"by" phrase. */
const finiteCue = (words: Word[], index: number): boolean => CUE_LEMMAS.has(words[index].lemma) && !['of', 'by'].includes(words[index + 1]?.text ?? '') && !refusesToSpeak(words, index);

/** A description ends at word k: walk left to its determiner, then resolve it. */
export function fromDescription(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB', 'PART', 'ADV', 'PRON'].includes(words[k].pos)) return null;
  // "those surveyed said", "Cuban-Americans polled said": a participle after its plural head.
  // ("a diplomat who asked not to be named said": the participle closes a relative clause, read below.)
  if (words[k].pos === 'VERB' && words[k].text.endsWith('ed') && k > 0 && !closesRelativeClause(words, k)) {
    // "Democrats surveyed said", "Cuban-Americans polled said": after a poll's participle, a people named by party or origin is such a head too.
    const polled = SURVEY_PARTICIPLES.has(words[k].text.toLowerCase());
    let head = words[k - 1].text.toLowerCase() === 'those' || ((words[k - 1].pos === 'NOUN' || polled) && isPlural(words[k - 1].text)) ? k - 1 : -1;
    if (head < 0 || (!polled && mentionEndingAt(context, words[head].end))) return null;
    while (head > 0 && k - head < MAX_DESCRIPTION_WORDS && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(words[head - 1].pos) && !CLAUSE_BREAK.has(words[head - 1].text)) head--;
    if (head > 0 && DEFINITE.has(words[head - 1].text.toLowerCase())) head--;
    const mention = evidence(words, head, k, text);
    return { mention, entityKey: null, description: mention.text, revealable: false };
  }
  let start = k;
  while (start > 0 && k - start < MAX_DESCRIPTION_WORDS && !CLAUSE_BREAK.has(words[start - 1].text) && !finiteCue(words, start - 1)) {
    const lower = words[start].text.toLowerCase();
    // "a spokesperson for the transit agency", "people briefed on the talks": the description goes on through its preposition.
    const ofPhrase = ['for', 'of', 'at', 'from', 'with', 'in'].includes(words[start - 1].text.toLowerCase()) || SOURCE_QUALIFIERS.has(words[start - 2]?.text.toLowerCase() ?? '');
    if (start < k && (DEFINITE.has(lower) || INDEFINITE.has(lower)) && !ofPhrase) break;
    // "Reuters in a rare interview asked": where the words were given is no part of who gave them.
    if (words[start - 1].text.toLowerCase() === 'in' && words.slice(start, k + 1).some((word) => SPEECH_VENUES.has(word.text.toLowerCase()))) break;
    // "… as results came in showing": a description does not reach back over the conjunction of its clause.
    if (words[start - 1].pos === 'SCONJ' || CLAUSE_CONJUNCTIONS.has(words[start - 1].text.toLowerCase())) break;
    start--;
  }
  // A description starts at a determiner, or is a bare plural ("officials said", "U.S. officials said").
  const first = words[start].text.toLowerCase();
  if (!DEFINITE.has(first) && !INDEFINITE.has(first)) {
    // "Iran's semi-official Tasnim news agency reported": an institution named inside.
    const institution = context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start >= words[start].start && mention.end <= words[k].end);
    if (institution && ORGANIZATION_DESCRIPTIONS.has(words[k].text.toLowerCase())) return fromMention(institution);
    // "Senators from both parties said", "Voters in Iowa fear": a bare plural heading a prepositional phrase.
    const next = words[start + 1]?.text.toLowerCase() ?? '';
    const pluralHead = (PLURAL_HEAD_PREPOSITIONS.has(next) || SOURCE_QUALIFIERS.has(next)) && isPlural(words[start].text) && ['NOUN', 'PROPN'].includes(words[start].pos);
    if (pluralHead && start + 1 < k) return describe(context, start, k, text);
    // "About 40 percent of voters in Ohio said", "At least half of voters say": a share of a people speaks as the whole phrase.
    if (isSharePhrase(words, start, k)) {
      const mention = evidence(words, start, k, text);
      return { mention, entityKey: null, description: mention.text, revealable: false };
    }
    start = k;
    // "U.S. officials", "senior aides", "exit polls": names, adjectives and nouns before the plural.
    const modifies = (i: number) => (mentionEndingAt(context, words[i].end) || words[i].pos === 'ADJ' || words[i].pos === 'NOUN' || words[i].capitalized) && !CLAUSE_BREAK.has(words[i].text);
    while (start > 0 && modifies(start - 1)) start--;
    // "teachers and union officials said": two plurals joined speak together.
    if (start > 1 && words[start - 1].text === 'and' && words[start - 2].pos === 'NOUN' && isPlural(words[start - 2].text)) {
      start -= 2;
      while (start > 0 && modifies(start - 1)) start--;
    }
    // "Traders said": a plural noun, capitalised only because it opens the sentence; "Recent polling
    // shows": a body of evidence the tagger reads as a verb.
    const evidenceNoun = words[k].pos === 'VERB' && EVIDENCE_NOUNS.has(words[k].text.toLowerCase());
    if (!evidenceNoun && (!/s$/.test(words[k].text) || (words[k].pos !== 'NOUN' && !(start === 0 && words[k].pos === 'PROPN')))) return null;
  }
  return describe(context, start, k, text, closesQuotation(words, start - 1) || opensClause(words, start, k));
}

/**
 * "The self-described democratic socialist said …": a phrase opening on its article that opens its
 * clause and stands right before the cue is the cue's subject, whatever noun heads it.
 */
const opensClause = (words: Word[], start: number, k: number): boolean =>
  DEFINITE_ARTICLES.has(words[start].text.toLowerCase()) && k - start <= MAX_SUBJECT_WORDS
  // A noun phrase only ("a reason to go after", "the meeting began vowing" are none), before a finite cue.
  && words.slice(start + 1, k + 1).every((word) => !NOT_IN_SUBJECT.has(word.pos)) && !/ing$/.test(words[k + 1]?.text ?? '')
  && (start === 0 || CLAUSE_BREAK.has(words[start - 1].text) || CLAUSE_CONJUNCTIONS.has(words[start - 1].text.toLowerCase()) || COORDINATORS.has(words[start - 1].text.toLowerCase()));
const DEFINITE_ARTICLES = new Set(['the', 'a', 'an']);
const COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'or']);
const NOT_IN_SUBJECT = new Set(['VERB', 'AUX', 'PART', 'PRON', 'SCONJ', 'DET']);
const MAX_SUBJECT_WORDS = 4;

/**
 * `“…,” the neurosurgeon said`: right after a quotation closing on its comma, a description
 * before the cue can only name the quotation's speaker, whatever noun heads it.
 */
const closesQuotation = (words: Word[], k: number): boolean => DOUBLE_CLOSERS.has(words[k]?.text ?? '') && [',', '?', '!'].includes(words[k - 1]?.text ?? '');

/** "About 40 percent of voters (in Ohio)": share words, "of", then a plural people, the phrase [from, k]. */
function isSharePhrase(words: Word[], from: number, k: number): boolean {
  const of = words.findIndex((word, index) => index > from && index < k && word.text.toLowerCase() === 'of');
  if (of === -1 || !words.slice(from, of).every((word) => word.pos === 'NUM' || SHARE_OPENERS.has(word.text.toLowerCase()))) return false;
  return words.slice(from, of).some((word) => word.pos === 'NUM' || SHARE_HEADS.has(word.text.toLowerCase())) && isPlural(words[of + 1]?.text ?? '');
}

const SHARE_HEADS = new Set(['half', 'third', 'quarter', 'percent', 'most', 'many', 'some', 'majority', 'plurality', 'two-thirds', 'three-quarters', 'one-third']);
const SHARE_OPENERS = new Set([...SHARE_HEADS, 'at', 'least', 'more', 'less', 'fewer', 'than', 'about', 'nearly', 'almost', 'roughly', 'only', 'just', 'a', 'an', 'the', '%']);

/** Word k ends a "who …" clause about the noun before it, with no clause break between. */
export function closesRelativeClause(words: Word[], k: number): boolean {
  return relativePronounBefore(words, k) !== -1;
}

/**
 * The "who" (or "that" before its verb: "groups that endorsed …", not "reports that the mayor …")
 * opening a relative clause on a noun, which the phrase ending at word k closes; -1 when none.
 */
export function relativePronounBefore(words: Word[], k: number): number {
  for (let j = k - 1; j > 0 && k - j < MAX_DESCRIPTION_WORDS; j--) {
    if (CLAUSE_BREAK.has(words[j].text)) return -1;
    const lower = words[j].text.toLowerCase();
    const subjectThat = lower === 'that' && (words[j + 1]?.pos === 'VERB' || words[j + 1]?.pos === 'AUX');
    // The tagger reads a noun opening the sentence as a name ("Voters who …").
    if (lower === 'who' || subjectThat) return words[j - 1].pos === 'NOUN' || (j === 1 && words[0].pos === 'PROPN') ? j : -1;
  }
  return -1;
}

/** "Voters who back the ferry plan said": the people the relative clause is about, with the clause. */
export function relativeDescription(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker | null {
  const pronoun = relativePronounBefore(context.words, k);
  const head = pronoun === -1 ? null : fromDescription(context, pronoun - 1, text);
  if (!head || head.entityKey) return head;
  const mention = { start: head.mention.start, end: context.words[k].end, text: text(head.mention.start, context.words[k].end) };
  return { ...head, mention, description: mention.text };
}

/**
 * Is the name ending at word k the object of a person noun's preposition ("Attorneys for Ada
 * Lind", "supporters of Tom Reed", "aides to the governor")? Then the people the noun names
 * speak, not the name. A name of a body or a person before the preposition ("Tom Reed of the
 * ferry board") and a rank ("the President of France") are left to the other readers.
 */
export function objectOfPersonNoun(words: Word[], nameStart: number): boolean {
  let p = words.findIndex((word) => word.start === nameStart) - 1;
  if (words[p]?.text.toLowerCase() === 'the') p--;
  if (!PERSON_NOUN_PREPOSITIONS.has(words[p]?.text.toLowerCase() ?? '')) return false;
  // The tagger reads a capitalised noun opening the sentence as a name ("Attorneys for …"): the word decides.
  const head = words[p - 1];
  return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN') && PEOPLE_BY_RELATION.has(head.text.toLowerCase());
}

const PERSON_NOUN_PREPOSITIONS = new Set(['for', 'of', 'to']);

/** Resolve "the NSC official" / "the ministry" to an entity; keep "a senior official" unnamed. */
export function describe(context: SpeakerContext, from: number, to: number, text: (s: number, e: number) => string, anyNoun = false): Speaker | null {
  const { words, entities } = context;
  const phrase = evidence(words, from, to, text);
  const lowered = phrase.text.toLowerCase();
  const head = headNoun(words, from, to);
  if (!head || isTimePhrase(words, from, to + 1)) return null;
  const definite = DEFINITE.has(words[from].text.toLowerCase());
  const all = context.mentions.filter((mention) => mention.start >= phrase.start && mention.end <= phrase.end);
  const inside = all.filter((mention) => !isDemonym(mention));
  // "Iran's semi-official Tasnim news agency", "the Congolese health ministry", "the Spanish news agency EFE".
  // "The Vrelo newspaper", "al-Ikhbariya television": the outlet by the medium it is (the kinds hold the descriptions).
  const institution = inside.find((mention) => mention.kind === 'ORGANIZATION' && (mention.end === phrase.end || NAMED_BODY_KINDS.has(head) || MEDIA_FOLLOWERS.has(head)) && !/^(official|spokes\w*|member|head|chief)$/.test(head));
  if (institution && !inside.some((mention) => mention.kind === 'PERSON')) return { mention: phrase, entityKey: institution.entityKey, description: null, revealable: false };
  if (definite) {
    const entityKey = resolveDefinite(entities, head, all, phrase.start, /\d+-year-old/.test(phrase.text));
    if (entityKey) return { mention: phrase, entityKey, description: phrase.text, revealable: false };
  }
  // After a closed quotation, `said a Twitter user` can only name its speaker: any noun heads it.
  const knownHead = DESCRIPTION_NOUNS.has(head) || (anyNoun && words.some((word, i) => i >= from && i <= to && (word.pos === 'NOUN' || (i === to && word.pos === 'ADJ')) && word.text.toLowerCase() === head));
  if (!knownHead && !isPlural(head) && !ORGANIZATION_DESCRIPTIONS.has(head) && !SOURCE_DOCUMENTS.has(head) && !EVIDENCE_NOUNS.has(head) && !/-old$/.test(head)) return null;
  const plural = isPlural(head) && !DESCRIPTION_NOUNS.has(head);
  return {
    mention: phrase,
    entityKey: null,
    description: phrase.text,
    // "its director …": unresolved here, it may be named later, as an indefinite one may.
    revealable: (!definite || POSSESSIVE_DETERMINERS.has(words[from].text.toLowerCase())) && !plural && !ANONYMITY_MARKERS.some((marker) => lowered.includes(marker) || context.clause?.toLowerCase().includes(marker)),
    affiliation: (all.find((mention) => mention.kind === 'ORGANIZATION') ?? all.find((mention) => mention.kind === 'COUNTRY'))?.entityKey ?? null,
  };
}

const PARTITIVE_HEADS = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'few', 'none', 'each', 'either', 'neither', 'all', 'both', 'another']);

/** The noun the description is about: "a senior official who asked …" → "official". */
function headNoun(words: Word[], from: number, to: number): string | null {
  for (let i = from; i <= to; i++) {
    // Case matters: "a senior WHO official" is about the official.
    const lower = words[i].text.toLowerCase();
    if (words[i].text === 'who' || SOURCE_QUALIFIERS.has(lower) || lower === 'with') {
      return i > from ? words[i - 1].text.toLowerCase() : null;
    }
  }
  // "a spokesperson for the transit agency" is about the spokesperson.
  const preposition = words.findIndex((word, index) => index > from && index <= to && ['for', 'of', 'at', 'from', 'with', 'in'].includes(word.text.toLowerCase()));
  // "one of the advisers", "two of his aides": a share is about the people after "of".
  const partitive = preposition !== -1 && words[preposition].text.toLowerCase() === 'of' && preposition - 1 === from && (words[from].pos === 'NUM' || PARTITIVE_HEADS.has(words[from].text.toLowerCase()));
  if (partitive) return headNoun(words, preposition + 1, to);
  const last = preposition === -1 ? to : preposition - 1;
  for (let i = last; i >= from; i--) {
    const lower = words[i].text.toLowerCase();
    // "exit polling": a body of evidence heads it, whatever the tagger calls it.
    // "the self-described democratic socialist said": a phrase's last word is its head, whatever the tagger calls it.
    if (words[i].pos === 'NOUN' || (i === to && i > from && words[i].pos === 'ADJ' && DEFINITE_ARTICLES.has(words[from].text.toLowerCase())) || /-old$/.test(words[i].text) || ORGANIZATION_DESCRIPTIONS.has(lower) || DESCRIPTION_NOUNS.has(lower) || EVIDENCE_NOUNS.has(lower)) return lower;
  }
  // "The Spaniard", "the Brazilian": a capitalised noun after the article heads it (the tagger calls
  // it a name); a person, so singular ("The Russians" are the country's).
  if (to === from + 1 && DEFINITE.has(words[from].text.toLowerCase()) && words[to].pos === 'PROPN' && !isPlural(words[to].text)) return words[to].text.toLowerCase();
  // The tagger reads "results published …" as a verb and "Traders" as a name: the first word heads.
  const first = words[from].text.toLowerCase();
  return DEFINITE.has(first) || INDEFINITE.has(first) || words[from].pos === 'PUNCT' ? null : first;
}

/** A role's words, its abbreviations spelled out: "Sen." → senator. */
const roleWords = (role: string): string[] => role.toLowerCase().split(/\s+/).map((word) => TITLE_ABBREVIATIONS[word] ?? word);

function resolveDefinite(entities: DocumentEntities, head: string, inside: ResolvedMention[], offset: number, aged: boolean): string | null {
  const orgs = inside.filter((mention) => mention.kind === 'ORGANIZATION').map((mention) => mention.entityKey);
  if (COUNTRY_DESCRIPTIONS_NOUNS.has(head)) {
    return find(entities.mentionsBefore(offset), (mention) => mention.kind === 'COUNTRY')?.entityKey ?? null;
  }
  if (ORGANIZATION_DESCRIPTIONS.has(head) && !DESCRIPTION_NOUNS.has(head)) {
    // "the union" is the latest organization named as one ("… Federation" counts as a union).
    const heads = ORGANIZATION_KINDS[head] ?? [head];
    const match = find(entities.mentionsBefore(offset), (mention) => mention.kind === 'ORGANIZATION' && heads.some((word) => entities.get(mention.entityKey)!.entity.name.toLowerCase().includes(word)));
    return match?.entityKey ?? null;
  }
  const people = entities.peopleBefore(offset);
  // "the Spaniard": the latest person of that country.
  const demonym = inside.find((mention) => mention.raw.kind === 'COUNTRY' && mention.raw.form === 'demonym' && mention.text.toLowerCase() === head);
  // Else the person just named, if the text gives them no other country ("Zubeldía, who spent a
  // decade coaching in Spain, …" then "The Spaniard added").
  if (demonym) return (people.find((person) => person.entity.country === demonym.entityKey) ?? (people[0]?.entity.country ? undefined : people[0]))?.entity.key ?? null;
  const byOrg = orgs.length ? people.find((person) => orgs.some((org) => person.entity.organizations.includes(org))) : undefined;
  if (byOrg) return byOrg.entity.key;
  const byRole = people.find((person) => person.entity.roles.some((role) => roleWords(role).includes(head)));
  if (byRole) return byRole.entity.key;
  // "the 54-year-old lawyer": an age only fits someone just named.
  if (/-old$/.test(head) || aged) return people[0]?.entity.key ?? null;
  return null;
}
