import {
  ANONYMITY_MARKERS, COUNTRY_DESCRIPTIONS_NOUNS, DEFINITE, DESCRIPTION_NOUNS, INDEFINITE, IRREGULAR_PLURALS, ORGANIZATION_DESCRIPTIONS,
  PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, POST_NOMINALS, ROLE_NOUNS, SOURCE_QUALIFIERS, SPEAKER_CUE_FILLERS, TITLE_ABBREVIATIONS,
} from '../lexicon/people.js';
import { CUE_LEMMAS, SOURCE_DOCUMENTS } from '../lexicon/cues.js';
import { ORGANIZATION_KINDS } from '../lexicon/organizations.js';
import type { DocumentEntities, EntityRecord, ResolvedMention } from './coref.js';
import { verbTaggedAsNoun } from './acts.js';
import { beforeAdverbial } from './adverbials.js';
import { readTime } from './time.js';
import type { Evidence } from '../graph/facts.js';
import { isPossessive, type Word } from './words.js';

/** Who speaks at a cue: an entity, or an unnamed source with its description. */
export interface Speaker {
  mention: Evidence;
  entityKey: string | null;
  description: string | null;
  /** For unnamed sources: may a person named right after be this source ("a White House official")? */
  revealable: boolean;
  /** For unnamed sources: the organization or country the description gives ("a White House official", "U.S. officials"). */
  affiliation?: string | null;
}

export interface SpeakerContext {
  entities: DocumentEntities;
  words: Word[];
  /** Resolved mentions of this sentence. */
  mentions: ResolvedMention[];
  /** Speakers of earlier statements, most recent last (for "he added"). */
  recentSpeakers: Array<{ key: string; at: number }>;
  /** Is this offset inside a quotation? (People named in quotes are not the ones speaking.) */
  insideQuote(offset: number): boolean;
  /** The text between the subject and the cue, where "who asked not to be named" may stand. */
  clause?: string;
}

const CLAUSE_BREAK = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '.', '!', '?']);
const MAX_DESCRIPTION_WORDS = 12;

const evidence = (words: Word[], from: number, to: number, text: (s: number, e: number) => string): Evidence => ({
  start: words[from].start, end: words[to].end, text: text(words[from].start, words[to].end),
});

/** The speaker written before the cue at `cue`: "Kirby said", "the NSC official said", "a diplomat who asked not to be named said". */
export function speakerBefore(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let k = cue - 1;
  while (k >= 0 && (SPEAKER_CUE_FILLERS.has(words[k].text.toLowerCase()) || POST_NOMINALS.has(words[k].text) || isVerbModifier(words, k))) k--;
  // "its director on Tuesday accused": a time between subject and verb is not the subject's
  // (one ends in a day's name, a date's number, "yesterday" or "today").
  const endsTime = k >= 0 && (words[k].capitalized || /^\d/.test(words[k].text) || words[k].text === 'yesterday' || words[k].text === 'today');
  const tail = endsTime ? words.slice(Math.max(0, k - 3), k + 1).map((word) => word.text) : [];
  for (let start = 0; start < tail.length; start++) {
    const at = k - (tail.length - 1) + start;
    if (at > 0 && readTime(tail, start)?.length === tail.length - start) {
      k = at - 1;
      // "A news report published Wednesday said": the participle and its time modify the subject.
      if (words[k].pos === 'VERB' && words[k].text.endsWith('ed') && ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '')) k--;
      break;
    }
  }
  k = beforeAdverbial(words, k);
  // "Lind later Thursday told": fillers may stand before the time too.
  while (k >= 0 && SPEAKER_CUE_FILLERS.has(words[k].text.toLowerCase())) k--;
  if (k < 0) return null;
  // "the Football Association (FA) said": the acronym in parentheses is not the subject's end.
  if (words[k].text === ')') {
    const open = words.slice(0, k).map((word) => word.text).lastIndexOf('(');
    if (open > 0) k = open - 1;
  }
  // "Jason Reed — a teacher from Oak Hill — says": an aside between dashes describes the subject before it.
  if (DASHES.has(words[k].text)) {
    const open = lastIndexWhere(words, k - 1, (word) => DASHES.has(word.text) || SUBJECT_LIMIT.has(word.text));
    if (open > 0 && DASHES.has(words[open].text) && k - open <= MAX_ASIDE_WORDS) k = open - 1;
  }
  // "Grant's barrister, Tomás Aguirre KC, told …", "Manila, which suspended …, said", "… rejected
  // the criticism and said": the subject heads a comma-separated stretch before the cue.
  if (words[k].text === ',' || ['and', 'but'].includes(words[k].text.toLowerCase())) return subjectBeforeCommas(context, k, text);
  // "…, which announced that": the relative pronoun stands for the name before the comma.
  if (['which', 'who'].includes(words[k].text.toLowerCase()) && RELATIVE_OPENERS.has(words[k - 1]?.text ?? '')) {
    // The words that give the speaker run from the name to the pronoun: "Charles Barkley, who said",
    // "Graham — who had endorsed …", "David Duke (who endorses …".
    // "The union, which endorsed …": an institution described, not named, speaks too (a "who" is left
    // alone: "a diplomat, who asked not to be named" is no statement).
    const named = antecedent(context, k - 1) ?? (words[k].text.toLowerCase() === 'which' && k > 1 ? fromDescription(context, k - 2, text) : null);
    return named && { ...named, mention: { start: named.mention.start, end: words[k].end, text: text(named.mention.start, words[k].end) } };
  }
  const named = mentionEndingAt(context, words[k].end);
  if (named && !isDemonym(named)) return fromMention(personOfOrganization(context, named) ?? named);
  const pronoun = words[k].text.toLowerCase();
  if (PERSON_PRONOUNS.has(pronoun) || pronoun === 'it' || pronoun === 'they') return fromPronoun(context, k, text);
  return fromDescription(context, k, text) ?? shareOfPeople(context, k, text);
}

/** "the agency proudly declared", "have both argued": a manner adverb, or "both"/"all" after an auxiliary, modifies the verb. */
function isVerbModifier(words: Word[], k: number): boolean {
  const word = words[k];
  if (word.pos === 'ADV' && word.text.endsWith('ly') && k > 0) return true;
  return ['both', 'all'].includes(word.text.toLowerCase()) && words[k - 1]?.pos === 'AUX';
}

/** Dashes that open and close an aside ("Reed — a teacher — says"); a spaced hyphen is one too. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
const RELATIVE_OPENERS = new Set([',', '(', ...DASHES]);
const MAX_ASIDE_WORDS = 16;

function lastIndexWhere(words: Word[], from: number, predicate: (word: Word) => boolean): number {
  for (let i = from; i >= 0; i--) if (predicate(words[i])) return i;
  return -1;
}

/** A share of the people polled as subject, unnamed: "more than 4 in 10 said", "three-quarters said", "half said". */
function shareOfPeople(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  const share = (word: Word) => word.pos === 'NUM' || SHARE_WORDS.has(word.text.toLowerCase()) || /-(quarters|thirds)$/.test(word.text);
  const last = words[k];
  // "Some chanted …", "most are planning to …", "Many feel …": a quantifier standing alone as the subject.
  const before = words[k - 1];
  if (QUANTIFIER_SUBJECTS.has(last.text.toLowerCase()) && (!before || before.pos === 'PUNCT' || before.pos === 'CCONJ')) {
    const mention = evidence(words, k, k, text);
    return { mention, entityKey: null, description: mention.text, revealable: false };
  }
  if (!(last.pos === 'NUM' || /^(half|third|quarter|percent|%)$/i.test(last.text) || /-(quarters|thirds)$/.test(last.text))) return null;
  let start = k;
  while (start > 0 && k - start < 6 && share(words[start - 1])) start--;
  const mention = evidence(words, start, k, text);
  return { mention, entityKey: null, description: mention.text, revealable: false };
}

const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'both', 'few', 'several', 'others', 'all']);
const SHARE_WORDS = new Set(['more', 'less', 'fewer', 'than', 'about', 'nearly', 'almost', 'roughly', 'only', 'just', 'half', 'a', 'third', 'quarter', 'in', 'percent', 'of', 'most', 'some']);


const isDemonym = (mention: ResolvedMention) => mention.raw.kind === 'COUNTRY' && mention.raw.form === 'demonym';

/** "Senator Marina dos Santos of the National Renewal Party said": the person, not the party. */
function personOfOrganization(context: SpeakerContext, org: ResolvedMention): ResolvedMention | undefined {
  if (org.kind !== 'ORGANIZATION') return undefined;
  const { words } = context;
  let k = words.findIndex((word) => word.start === org.start) - 1;
  if (words[k]?.text.toLowerCase() === 'the') k--;
  // "… of Japan's Hoshino Securities"
  if (isPossessive(words[k]) && context.mentions.some((mention) => mention.kind === 'COUNTRY' && mention.end === words[k - 1]?.end)) k -= 2;
  if (!['of', 'at', 'for', 'from'].includes(words[k]?.text.toLowerCase() ?? '')) return undefined;
  return context.mentions.find((mention) => mention.kind === 'PERSON' && mention.end === words[k - 1]?.end);
}

/** The name a ", which …" clause is about: the nearest comma-separated stretch that ends on a name. */
function antecedent(context: SpeakerContext, comma: number): Speaker | null {
  const { words } = context;
  let end = comma - 1;
  for (let hops = 0; hops < 3 && end >= 0; hops++) {
    if (words[end].text === ')') end = words.slice(0, end).map((word) => word.text).lastIndexOf('(') - 1;
    const named = end >= 0 ? mentionEndingAt(context, words[end].end) : undefined;
    if (named && !isDemonym(named) && named.kind !== 'COUNTRY') return fromMention(named);
    while (end >= 0 && words[end].text !== ',') end--;
    end--;
  }
  return null;
}
/** Words that end the stretch of text a subject can be in. */
const SUBJECT_LIMIT = new Set([';', ':', '"', '“', '”', '.', '!', '?']);
const QUOTE_MARKS = new Set(['"', '“', '”']);
/** ", and …", ", while …": a new clause, with a subject of its own, starts after these. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
const MAX_SUBJECT_WORDS = 45;

/**
 * Splits the words before `comma` into comma-separated segments back to the clause start and
 * picks the subject: a name heading the first segment; else a description heading it, named
 * by the next segment ("The spokesperson, Camille Brandt-Lie, added") or resolved as a description.
 */
function subjectBeforeCommas(context: SpeakerContext, comma: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let start = comma;
  let depth = 0;
  while (start > 0 && comma - start < MAX_SUBJECT_WORDS) {
    const previous = words[start - 1];
    if (previous.text === ')') depth++;
    else if (previous.text === '(') depth--;
    // A quotation that closes a sentence ends the stretch; a quoted title inside it does not.
    const closingQuote = QUOTE_MARKS.has(previous.text) && /[,.!?…]$/.test(words[start - 2]?.text ?? '');
    // "Sen. Ada Lind, R-Ky., said": the full stop of an abbreviation before a comma ends nothing.
    const abbreviation = previous.text === '.' && !previous.spaceBefore && words[start].text === ',';
    if (depth === 0 && !abbreviation && ((SUBJECT_LIMIT.has(previous.text) && !QUOTE_MARKS.has(previous.text)) || closingQuote || (previous.lemma === 'that' && previous.pos === 'SCONJ'))) break;
    // "…, and its general secretary, Moira Quinlan, said": a new clause starts after ", and".
    if (depth === 0 && CLAUSE_JOINERS.has(previous.text.toLowerCase()) && words[start - 2]?.text === ',') break;
    start--;
  }
  const segments: Array<[number, number]> = [];
  let from = start;
  depth = 0;
  for (let i = start; i <= comma; i++) {
    if (words[i].text === '(') depth++;
    else if (words[i].text === ')') depth--;
    else if ((words[i].text === ',' || i === comma) && depth === 0) {
      if (i > from) segments.push([from, i - 1]);
      from = i + 1;
    }
  }
  // Sentence adverbials open without a noun or with a preposition: "Separately,", "Outside court,", "In a note to member states,".
  const content = segments.filter(([a, b]) => !['ADP', 'ADV', 'SCONJ', 'VERB'].includes(words[a].pos) && words.slice(a, b + 1).some((word) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos)));
  // "Lind remains committed to the plan, her top aide, Tom Devine, told …": a clause before the subject is what it reports.
  if (content.length === 3 && hasFiniteVerb(words, content[0]) && !hasFiniteVerb(words, content[1]) && namingPerson(context, content[2])) content.shift();
  if (content.length === 0) return null;
  const [first, second] = content;
  const head = headMention(context, first);
  if (head) return fromMention(head);
  const pronoun = words[first[0]].text.toLowerCase();
  if (first[0] === first[1] && (PERSON_PRONOUNS.has(pronoun) || pronoun === 'it' || pronoun === 'they')) return fromPronoun(context, first[0], text);
  // "A coalition of local groups, Citizen Election Watch (CEW), claimed": the apposition names it.
  const named = second && namingPerson(context, second);
  const institution = second && !named && context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start === words[second[0]].start && isWholeSegment(words, mention, second));
  // "Her senior adviser, Jake Sullivan, said": the speaker's words run from the description to the name.
  const described = (mention: ResolvedMention): Speaker => ({
    ...fromMention(mention), description: text(words[first[0]].start, words[first[1]].end),
    mention: { start: words[first[0]].start, end: mention.end, text: text(words[first[0]].start, mention.end) },
  });
  if (institution) return described(institution);
  if (named) {
    return described(named);
  }
  return describe({ ...context, clause: text(words[first[0]].start, words[comma].end) }, first[0], first[1], text);
}

const hasFiniteVerb = (words: Word[], [from, to]: [number, number]): boolean =>
  words.slice(from, to + 1).some((word) => word.pos === 'AUX' || (word.pos === 'VERB' && !/(ing|ed)$/.test(word.text)));

/** Does the mention fill the segment, but for an acronym in parentheses: "Citizen Election Watch (CEW)"? */
function isWholeSegment(words: Word[], mention: ResolvedMention, [, to]: [number, number]): boolean {
  const after = words.findIndex((word) => word.start >= mention.end);
  return after === -1 || after > to || (words[after].text === '(' && words[to].text === ')');
}

/** "NUPTW general secretary Daniel Okafor": the person an appositive segment names, after roles and organizations. */
function namingPerson(context: SpeakerContext, [from, to]: [number, number]): ResolvedMention | undefined {
  const { words } = context;
  const person = context.mentions.find((mention) => mention.kind === 'PERSON' && mention.start >= words[from].start && mention.end <= words[to].end);
  if (!person) return undefined;
  const before = words.slice(from).filter((word) => word.end <= person.start);
  const described = before.every((word) => word.capitalized || word.pos === 'PUNCT' || isPossessive(word) || ROLE_NOUNS.has(word.text.toLowerCase()) || ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'general', 'senior', 'chief', 'deputy', 'former'].includes(word.text.toLowerCase()));
  return described ? person : undefined;
}

/** The name a segment opens with, after a determiner, title or possessive modifier: not a demonym or an owner ("Iran's"). */
function headMention(context: SpeakerContext, [from, to]: [number, number]): ResolvedMention | undefined {
  const { words } = context;
  const inside = context.mentions.filter((mention) => mention.start >= words[from].start && mention.end <= words[to].end && !isDemonym(mention));
  // "Her older brother Tomás Ferrer": a person's name closing the segment heads it.
  const closing = inside.find((mention) => mention.kind === 'PERSON' && mention.end === words[to].end);
  if (closing) return closing;
  for (const mention of inside) {
    const after = words.findIndex((word) => word.start >= mention.end);
    if (after !== -1 && after <= to && isPossessive(words[after])) continue;
    // "A State Department spokesman": the name modifies the noun after it.
    if (after !== -1 && after <= to && words[after].pos === 'NOUN' && !words[after].capitalized) return undefined;
    const before = words.slice(from, words.findIndex((word) => word.start === mention.start)).filter((word) => !DEFINITE.has(word.text.toLowerCase()));
    // Only titles, honorifics and demonyms may come before the head name.
    if (before.every((word) => word.capitalized || word.pos === 'PUNCT' || isPossessive(word))) return mention;
    return undefined;
  }
  return undefined;
}

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
  let end = k;
  while (words[end + 1] && !CLAUSE_BREAK.has(words[end + 1].text) && end - k < MAX_DESCRIPTION_WORDS) end++;
  // "according to Colonel Pieter de Vries", "the Spanish news agency EFE": a name closing the phrase.
  const closing = context.mentions.find((mention) => mention.end === words[end].end && mention.start >= words[k].start && !isDemonym(mention));
  const opensWithDescription = !words[k].capitalized || DEFINITE.has(words[k].text.toLowerCase());
  if (closing && opensWithDescription) return fromMention(closing);
  // "according to Colonel Pieter de Vries, …": a person after a title opening the phrase.
  const person = context.mentions.find((mention) => mention.kind === 'PERSON' && mention.start >= words[k].start && mention.end <= words[end].end);
  const titled = person && words.slice(k).filter((word) => word.end <= person.start).every((word) => word.capitalized || word.pos === 'PUNCT');
  if (person && titled) return fromMention(person);
  // "said another Twitter user, Jane Holt": the name in apposition is who the description is.
  const apposed = namedInApposition(context, end);
  if (apposed && opensWithDescription) {
    const phrase = { start: words[k].start, end: apposed.end, text: text(words[k].start, apposed.end) };
    return { mention: phrase, entityKey: apposed.entityKey, description: text(words[k].start, words[end].end), revealable: false };
  }
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
  while (words[end + 1] && !CLAUSE_BREAK.has(words[end + 1].text) && end - start < MAX_DESCRIPTION_WORDS) end++;
  if (!words[start] || CLAUSE_BREAK.has(words[start].text) || !words.slice(start, end + 1).some((word) => word.pos === 'NOUN' || word.pos === 'PROPN')) return null;
  const phrase = evidence(words, start, end, text);
  const organization = context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start >= phrase.start && mention.end <= phrase.end)?.entityKey ?? null;
  return { mention: phrase, entityKey: null, description: phrase.text, revealable: false, affiliation: organization };
}

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

function mentionEndingAt(context: SpeakerContext, end: number): ResolvedMention | undefined {
  return context.mentions.find((mention) => mention.end === end);
}

function fromMention(mention: ResolvedMention): Speaker {
  return { mention: { start: mention.start, end: mention.end, text: mention.text }, entityKey: mention.entityKey, description: null, revealable: false };
}

/**
 * "he added": the latest person named as a sentence's subject outside quotations (agreeing in
 * gender when an honorific told it), else the latest person who spoke. "it" / "they": the
 * latest organization or country.
 */
function fromPronoun(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker {
  const word = context.words[k];
  // "About 4 in 10 say they want …", "Rubio says he intends …": a pronoun opening the clause
  // of a speech verb is that verb's subject.
  const verb = context.words[k - 1]?.text.toLowerCase() === 'that' ? k - 2 : k - 1;
  if (verb > 0 && CUE_LEMMAS.has(context.words[verb].lemma) && (context.words[verb].pos === 'VERB' || verbTaggedAsNoun(context.words, verb))) {
    const outer = speakerBefore(context, verb, text);
    if (outer) return outer;
  }
  const pronoun = word.text.toLowerCase();
  const gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  const fits = (record: EntityRecord | undefined) =>
    !!record && (gender ? record.entity.kind === 'PERSON' && (!record.gender || record.gender === gender) : record.entity.kind !== 'PERSON');
  let key: string | null = null;
  if (gender) {
    const subject = find(context.entities.mentionsBefore(word.start), (mention) =>
      mention.kind === 'PERSON' && !context.insideQuote(mention.start) && isSentenceSubject(context.entities, mention) && fits(context.entities.get(mention.entityKey)));
    key = subject?.entityKey ?? null;
  }
  key ??= [...context.recentSpeakers].reverse().find((speaker) => speaker.at < word.start && fits(context.entities.get(speaker.key)))?.key ?? null;
  if (!key && !gender) {
    key = find(context.entities.mentionsBefore(word.start), (mention) => mention.kind !== 'PERSON' && !isDemonym(mention))?.entityKey ?? null;
  }
  return { mention: evidence(context.words, k, k, text), entityKey: key, description: null, revealable: false };
}

/** The first person named in its sentence stands for its subject. */
function isSentenceSubject(entities: DocumentEntities, mention: ResolvedMention): boolean {
  return entities.inSentence(mention.sentence).find((other) => other.kind === 'PERSON') === mention;
}

const isPlural = (word: string): boolean => /s$/.test(word) || IRREGULAR_PLURALS.has(word.toLowerCase());

const PLURAL_HEAD_PREPOSITIONS = new Set(['from', 'in', 'of', 'at', 'across', 'around', 'inside', 'within']);

/** A cue verb that ends a description ("… said"), unless it is a noun's "of"/"by" phrase. */
const finiteCue = (words: Word[], index: number): boolean => CUE_LEMMAS.has(words[index].lemma) && !['of', 'by'].includes(words[index + 1]?.text ?? '');

/** A description ends at word k: walk left to its determiner, then resolve it. */
function fromDescription(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB', 'PART', 'ADV', 'PRON'].includes(words[k].pos)) return null;
  let start = k;
  while (start > 0 && k - start < MAX_DESCRIPTION_WORDS && !CLAUSE_BREAK.has(words[start - 1].text) && !finiteCue(words, start - 1)) {
    const lower = words[start].text.toLowerCase();
    // "a spokesperson for the transit agency", "people briefed on the talks": the description goes on through its preposition.
    const ofPhrase = ['for', 'of', 'at', 'from', 'with'].includes(words[start - 1].text.toLowerCase()) || SOURCE_QUALIFIERS.has(words[start - 2]?.text.toLowerCase() ?? '');
    if (start < k && (DEFINITE.has(lower) || INDEFINITE.has(lower)) && !ofPhrase) break;
    if (words[start - 1].text.toLowerCase() === 'that' && words[start - 1].pos === 'SCONJ') break;
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
    start = k;
    // "U.S. officials", "senior aides", "exit polls": names, adjectives and nouns before the plural.
    const modifies = (i: number) => (mentionEndingAt(context, words[i].end) || words[i].pos === 'ADJ' || words[i].pos === 'NOUN' || words[i].capitalized) && !CLAUSE_BREAK.has(words[i].text);
    while (start > 0 && modifies(start - 1)) start--;
    // "teachers and union officials said": two plurals joined speak together.
    if (start > 1 && words[start - 1].text === 'and' && words[start - 2].pos === 'NOUN' && isPlural(words[start - 2].text)) {
      start -= 2;
      while (start > 0 && modifies(start - 1)) start--;
    }
    // "Traders said": a plural noun, capitalised only because it opens the sentence.
    if (!/s$/.test(words[k].text) || (words[k].pos !== 'NOUN' && !(start === 0 && words[k].pos === 'PROPN'))) return null;
  }
  return describe(context, start, k, text);
}

/** Resolve "the NSC official" / "the ministry" to an entity; keep "a senior official" unnamed. */
function describe(context: SpeakerContext, from: number, to: number, text: (s: number, e: number) => string, anyNoun = false): Speaker | null {
  const { words, entities } = context;
  const phrase = evidence(words, from, to, text);
  const lowered = phrase.text.toLowerCase();
  const head = headNoun(words, from, to);
  if (!head) return null;
  const definite = DEFINITE.has(words[from].text.toLowerCase());
  const all = context.mentions.filter((mention) => mention.start >= phrase.start && mention.end <= phrase.end);
  const inside = all.filter((mention) => !isDemonym(mention));
  // "Iran's semi-official Tasnim news agency", "the Congolese health ministry", "the Spanish news agency EFE".
  const institution = inside.find((mention) => mention.kind === 'ORGANIZATION' && (mention.end === phrase.end || ORGANIZATION_DESCRIPTIONS.has(head)) && !/^(official|spokes\w*|member|head|chief)$/.test(head));
  if (institution && !inside.some((mention) => mention.kind === 'PERSON')) return { mention: phrase, entityKey: institution.entityKey, description: null, revealable: false };
  if (definite) {
    const entityKey = resolveDefinite(entities, head, all, phrase.start, /\d+-year-old/.test(phrase.text));
    if (entityKey) return { mention: phrase, entityKey, description: phrase.text, revealable: false };
  }
  // After a closed quotation, `said a Twitter user` can only name its speaker: any noun heads it.
  const knownHead = DESCRIPTION_NOUNS.has(head) || (anyNoun && words.some((word, i) => i >= from && i <= to && word.pos === 'NOUN' && word.text.toLowerCase() === head));
  if (!knownHead && !isPlural(head) && !ORGANIZATION_DESCRIPTIONS.has(head) && !SOURCE_DOCUMENTS.has(head) && !/-old$/.test(head)) return null;
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
  const preposition = words.findIndex((word, index) => index > from && index <= to && ['for', 'of', 'at', 'from', 'with'].includes(word.text.toLowerCase()));
  const last = preposition === -1 ? to : preposition - 1;
  for (let i = last; i >= from; i--) {
    const lower = words[i].text.toLowerCase();
    if (words[i].pos === 'NOUN' || /-old$/.test(words[i].text) || ORGANIZATION_DESCRIPTIONS.has(lower) || DESCRIPTION_NOUNS.has(lower)) return lower;
  }
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
  if (demonym) return people.find((person) => person.entity.country === demonym.entityKey)?.entity.key ?? null;
  const byOrg = orgs.length ? people.find((person) => orgs.some((org) => person.entity.organizations.includes(org))) : undefined;
  if (byOrg) return byOrg.entity.key;
  const byRole = people.find((person) => person.entity.roles.some((role) => roleWords(role).includes(head)));
  if (byRole) return byRole.entity.key;
  // "the 54-year-old lawyer": an age only fits someone just named.
  if (/-old$/.test(head) || aged) return people[0]?.entity.key ?? null;
  return null;
}

function find<T>(items: Iterable<T>, predicate: (item: T) => boolean): T | undefined {
  for (const item of items) if (predicate(item)) return item;
  return undefined;
}
