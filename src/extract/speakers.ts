import { DEFINITE, PERSON_PRONOUNS, POST_NOMINALS, ROLE_NOUNS, SPEAKER_CUE_FILLERS } from '../lexicon/people.js';
import { CUE_LEMMAS } from '../lexicon/cues.js';
import { surnameOf, type DocumentEntities, type EntityRecord, type ResolvedMention } from './coref.js';
import { verbTaggedAsNoun } from './acts.js';
import { beforeAdverbial } from './adverbials.js';
import { jointBeforeAnd, jointSubject } from './coordinated-subjects.js';
import { closesRelativeClause, describe, fromDescription, objectOfPersonNoun, relativeDescription } from './descriptions.js';
import { describedName, evidence, find, fromMention, isDemonym, mentionEndingAt, SUBJECT_LIMIT, type Speaker, type SpeakerContext } from './speaker-basics.js';
import { asideOpeningComma, closesTitle, DEFINITE_OR_INDEFINITE, describesBefore, insideRelativeClause, MAX_ASIDE_WORDS, RELATIVE_PRONOUNS } from './asides.js';
import { DOUBLE_QUOTE_MARKS } from './quotes.js';
import { readTime } from './time.js';
import { placePreposition } from './subordinate-clauses.js';
import { isAbbreviationStop, isFiniteVerb, isPerfectContraction, isPossessive, type Word } from './words.js';

export type { Speaker, SpeakerContext } from './speaker-basics.js';

/** The speaker written before the cue at `cue`: "Kirby said", "the NSC official said", "a diplomat who asked not to be named said". */
export function speakerBefore(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let k = cue - 1;
  while (k >= 0 && (SPEAKER_CUE_FILLERS.has(words[k].text.toLowerCase()) || POST_NOMINALS.has(words[k].text) || isVerbModifier(words, k) || isPerfectContraction(words, k, cue))) k--;
  k = beforeDayPart(words, k);
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
    // Two dashes bound the aside plainly, so it may run longer than one between commas.
    if (open > 0 && DASHES.has(words[open].text) && k - open <= MAX_ASIDE_WORDS * 2) k = open - 1;
  }
  // "Grant's barrister, Tomás Aguirre KC, told …", "Manila, which suspended …, said", "… rejected
  // the criticism and said": the subject heads a comma-separated stretch before the cue.
  if (words[k].text === ',' || ['and', 'but'].includes(words[k].text.toLowerCase())) return subjectBeforeCommas(context, k, text);
  // "Holt, who calls the mayor a “fraud,” said", "Holt, citing “…,” said": an aside closing on a quotation.
  const aside = DOUBLE_QUOTE_MARKS.has(words[k].text) && words[k - 1]?.text === ',' ? asideOpeningComma(words, k) : -1;
  if (aside > 0) return subjectBeforeCommas(context, aside, text);
  // "two Democrats, both of whom opposed …": the share of the people before the comma is theirs.
  const share = ['whom', 'which'].includes(words[k].text.toLowerCase()) && words[k - 1]?.text.toLowerCase() === 'of' && QUANTIFIER_SUBJECTS.has(words[k - 2]?.text.toLowerCase() ?? '') ? k - 2 : -1;
  // "…, which announced that": the relative pronoun stands for the name before the comma.
  if ((share !== -1 || ['which', 'who'].includes(words[k].text.toLowerCase())) && RELATIVE_OPENERS.has(words[(share !== -1 ? share : k) - 1]?.text ?? '')) {
    const opener = share !== -1 ? share - 1 : k - 1;
    // The words that give the speaker run from the name to the pronoun: "Charles Barkley, who said",
    // "Graham — who had endorsed …", "David Duke (who endorses …".
    // "The union, which endorsed …", "two senators, who said …": described, not named, they speak
    // too ("a diplomat, who asked not to be named" is no statement: refusesToSpeak reads the request).
    const named = antecedent(context, opener) ?? (opener > 0 ? fromDescription(context, opener - 1, text) : null);
    return named && { ...named, mention: { start: named.mention.start, end: words[k].end, text: text(named.mention.start, words[k].end) } };
  }
  const resident = personOfPlace(context, k);
  if (resident) return fromMention(resident);
  const named = mentionEndingAt(context, words[k].end);
  // "Two aides who worked for Ada Lind said": the name closes a relative clause; the aides speak.
  // "Attorneys for Ada Lind said", "supporters of Tom Reed say": the people the noun names speak.
  const described = !named ? null
    : closesRelativeClause(words, k) ? relativeDescription(context, k, text) ?? fromDescription(context, k, text)
    : objectOfPersonNoun(words, named.start) ? fromDescription(context, k, text) : null;
  if (described) return described;
  if (named && !isDemonym(named)) return jointSubject(context, named, text) ?? fromMention(personOfOrganization(context, named) ?? named);
  const pronoun = words[k].text.toLowerCase();
  if (PERSON_PRONOUNS.has(pronoun) || pronoun === 'it' || pronoun === 'they') return fromPronoun(context, k, text);
  return knownSurname(context, k) ?? relativeDescription(context, k, text) ?? fromDescription(context, k, text) ?? shareOfPeople(context, k, text);
}

/**
 * "Stacy Baker of Columbia, South Carolina says": a person given with a town and its state (no
 * comma after the state), the state ending at word k. The person, or null.
 */
function personOfPlace(context: SpeakerContext, k: number): ResolvedMention | null {
  const { words } = context;
  const placeStart = (end: number) => {
    let j = end;
    while (j >= 0 && end - j < MAX_PLACE_WORDS && words[j].capitalized) j--;
    return j < end ? j : -1;
  };
  const comma = placeStart(k);
  if (comma < 0 || words[comma].text !== ',') return null;
  const of = placeStart(comma - 1);
  if (of < 1 || words[of].text !== 'of') return null;
  const person = mentionEndingAt(context, words[of - 1].end);
  return person?.kind === 'PERSON' ? person : null;
}

const MAX_PLACE_WORDS = 3;

/** "Holt on Thursday evening said", "Lind last week said": the word before such a time, else k. */
function beforeDayPart(words: Word[], k: number): number {
  if (k < 1 || !DAY_PARTS.has(words[k].text.toLowerCase())) return k;
  let before = words[k - 1].text.toLowerCase();
  // "this past week", "the past year".
  if (before === 'past' && k > 1 && (RELATIVE_TIME_WORDS.has(words[k - 2].text.toLowerCase()) || words[k - 2].text.toLowerCase() === 'the')) {
    k--;
    before = 'this';
  }
  if (!WEEKDAY_NAMES.has(before) && !RELATIVE_TIME_WORDS.has(before)) return k;
  return words[k - 2]?.text.toLowerCase() === 'on' ? k - 3 : k - 2;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVE_TIME_WORDS = new Set(['last', 'this', 'late', 'early', 'earlier', 'next']);

/** "the agency proudly declared", "have both argued", "Lind and Holt both condemned": a manner adverb, or a floating quantifier, modifies the verb. */
function isVerbModifier(words: Word[], k: number): boolean {
  const word = words[k];
  // Not a capitalized one inside the sentence: "…, Jolly said", "Kelly said" name the speaker.
  if (word.pos === 'ADV' && word.text.endsWith('ly') && k > 0 && !word.capitalized) return true;
  // "has since said", "had long argued": an adverb of time between an auxiliary and its verb.
  if (['since', 'long', 'just'].includes(word.text.toLowerCase()) && words[k - 1]?.pos === 'AUX') return true;
  // "Lind and Holt both condemned", "the senators all said": a floating quantifier after its subject.
  // "Lind and Holt (R-Ore.) both condemned", "Party leaders — who … — both suggested": or after an aside closing on it.
  const closesAside = [')', ...DASHES].includes(words[k - 1]?.text ?? '');
  return ['both', 'all', 'each'].includes(word.text.toLowerCase()) && (closesAside || ['AUX', 'PROPN', 'NOUN', 'PRON'].includes(words[k - 1]?.pos ?? ''));
}

/** Dashes that open and close an aside ("Reed — a teacher — says"); a spaced hyphen is one too. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
const RELATIVE_OPENERS = new Set([',', '(', ...DASHES]);

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
  // "…, while another says …": after a subordinating conjunction too.
  if (QUANTIFIER_SUBJECTS.has(last.text.toLowerCase()) && (!before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ')) {
    const mention = evidence(words, k, k, text);
    return { mention, entityKey: null, description: mention.text, revealable: false };
  }
  if (!(last.pos === 'NUM' || /^(half|third|quarter|percent|%)$/i.test(last.text) || /-(quarters|thirds)$/.test(last.text))) return null;
  let start = k;
  while (start > 0 && k - start < 6 && share(words[start - 1])) start--;
  const mention = evidence(words, start, k, text);
  return { mention, entityKey: null, description: mention.text, revealable: false };
}

export const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'both', 'few', 'several', 'others', 'all', 'another', 'each', 'one', 'neither', 'either']);
const SHARE_WORDS = new Set(['more', 'less', 'fewer', 'than', 'about', 'nearly', 'almost', 'roughly', 'only', 'just', 'half', 'a', 'third', 'quarter', 'in', 'percent', 'of', 'most', 'some']);

/**
 * `“…,” Read said`: a capitalised word standing alone as the subject that is the surname of a
 * person named before, though it is also a common word ("Read", "Will", "From") the name finder
 * leaves alone.
 */
function knownSurname(context: SpeakerContext, k: number): Speaker | null {
  const { words } = context;
  const word = words[k];
  const before = words[k - 1];
  if (!word.capitalized || (before && !SURNAME_OPENERS.has(before.pos) && !DOUBLE_QUOTE_MARKS.has(before.text))) return null;
  const person = context.entities.peopleBefore(word.start).find((record) => surnameOf(record) === word.text);
  return person ? { mention: { start: word.start, end: word.end, text: word.text }, entityKey: person.entity.key, description: null, revealable: false } : null;
}

const SURNAME_OPENERS = new Set(['PUNCT', 'CCONJ']);

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
const INNER_CLOSERS = new Set(['’', "'"]);
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
    // `‘…, darn it,’” Cruz, who …, said`: an inner quotation may close with it.
    const inner = INNER_CLOSERS.has(words[start - 2]?.text ?? '') ? 1 : 0;
    const closingQuote = DOUBLE_QUOTE_MARKS.has(previous.text) && /[,.!?…]$/.test(words[start - 2 - inner]?.text ?? '') && !closesTitle(words, start - 1);
    // "Sen. Ada Lind, R-Ky., said", "R-S.C., said": the full stop of an abbreviation ends nothing.
    const abbreviation = isAbbreviationStop(words, start - 1);
    // "Mr. Leenders, who estimated that a quarter of them were Trump supporters, said": a "that"
    // inside a relative clause about the subject opens no content of its own.
    const thatClause = previous.lemma === 'that' && previous.pos === 'SCONJ' && !insideRelativeClause(words, start - 1);
    // "…, in what Bay Buchanan, national treasurer for the campaign, called “…”": the subject follows the free relative.
    // ("asked what he would do" is a question, no free relative.)
    const freeRelative = previous.text.toLowerCase() === 'what' && (start < 2 || words[start - 2].pos === 'ADP' || words[start - 2].text === ',');
    if (depth === 0 && !abbreviation && ((SUBJECT_LIMIT.has(previous.text) && !DOUBLE_QUOTE_MARKS.has(previous.text)) || closingQuote || thatClause || freeRelative)) break;
    // "…, and its general secretary, Moira Quinlan, said": a new clause starts after ", and".
    // ", though," between commas is an adverbial of the same clause ("Lind, though, said").
    if (depth === 0 && CLAUSE_JOINERS.has(previous.text.toLowerCase()) && words[start - 2]?.text === ',' && words[start].text !== ',') break;
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
  // A name opens no adverbial, whatever the tagger calls its first word ("Josh Hendler": "josh" is a verb).
  // "As Tom Ridge, a former secretary, put it": the name after "as" opens the subject.
  // "Then Harbor Corp, only two months later, announced": a sentence adverb before the name opens none either.
  const opensName = (a: number) => context.mentions.some((mention) => mention.start === words[a].start
    || ((words[a].text.toLowerCase() === 'as' || (words[a].pos === 'ADV' && a === 0)) && mention.start === words[a + 1]?.start));
  // "Even the field's biggest hawks, like …, say": an adverb before a determiner focuses the subject, it opens no adverbial.
  const focusedPhrase = (a: number, b: number) => words[a].pos === 'ADV' && a < b && words[a + 1].pos === 'DET';
  const content = segments.filter(([a, b]) => (opensName(a) || focusedPhrase(a, b) || (!['ADP', 'ADV', 'SCONJ', 'VERB'].includes(words[a].pos) && !placePreposition(words, a))) && words.slice(a, b + 1).some((word) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos)));
  // "Lind remains committed to the plan, her top aide, Tom Devine, told …": a clause before the subject is what it reports.
  // "The harbor is fine, Ada Lind, the mayor, said": the same, the name first and its description after.
  if (content.length === 3 && hasFiniteVerb(words, content[0]) && ((!hasFiniteVerb(words, content[1]) && namingPerson(context, content[2])) || (namingPerson(context, content[1]) && !hasFiniteVerb(words, content[2])))) content.shift();
  if (content.length === 0) return null;
  const [first, second] = content;
  if ((words[first[0]].text.toLowerCase() === 'as' || focusedPhrase(first[0], first[1])) && first[1] > first[0]) first[0]++;
  // "The poll has, however, revealed": the auxiliary before the aside belongs to the verb, not the subject.
  while (first[1] > first[0] && (words[first[1]].pos === 'AUX' || SPEAKER_CUE_FILLERS.has(words[first[1]].text.toLowerCase()))) first[1]--;
  const head = headMention(context, first);
  // "Ada Lind, the mayor, and Tom Holt, the harbor master, said": names with appositions, joined.
  if (head) return (words[start - 1]?.text.toLowerCase() === 'and' ? jointBeforeAnd(context, start - 1, head, text) : null) ?? fromMention(head);
  const pronoun = words[first[0]].text.toLowerCase();
  if (first[0] === first[1] && (PERSON_PRONOUNS.has(pronoun) || pronoun === 'it' || pronoun === 'they')) return fromPronoun(context, first[0], text);
  // "A coalition of local groups, Citizen Election Watch (CEW), claimed": the apposition names it.
  const named = second && namingPerson(context, second);
  const institution = second && !named && context.mentions.find((mention) => mention.kind === 'ORGANIZATION' && mention.start === words[second[0]].start && isWholeSegment(words, mention, second));
  // "Her senior adviser, Jake Sullivan, said": the speaker's words run from the description to the name.
  const described = (mention: ResolvedMention): Speaker => describedName(mention, { start: words[first[0]].start, end: words[first[1]].end }, text);
  if (institution) return described(institution);
  if (named) {
    return described(named);
  }
  // "Teck, the Canadian mining company, says": a name no table knows, described after it, speaks by both.
  if (second && isBareName(words, first) && DEFINITE_OR_INDEFINITE.has(words[second[0]].text.toLowerCase())) {
    const description = describe(context, second[0], second[1], text);
    if (description && !description.entityKey) {
      const mention = { start: words[first[0]].start, end: words[second[1]].end, text: text(words[first[0]].start, words[second[1]].end) };
      return { ...description, mention, description: mention.text, revealable: false };
    }
  }
  // "He also had a voice in …, said a spokesman": a clause (a finite verb, no relative pronoun) describes no one.
  if (hasFiniteVerb(words, first) && !words.slice(first[0], first[1] + 1).some((word) => RELATIVE_PRONOUNS.has(word.text.toLowerCase()))) return null;
  // "The former Heisman Trophy winner, now a guest speaker, endorsed": an apposition after the phrase marks it as the subject, whatever its noun.
  const apposed = !!second && describesBefore(words, second) && !hasFiniteVerb(words, first);
  return describe({ ...context, clause: text(words[first[0]].start, words[comma].end) }, first[0], first[1], text, apposed);
}

/** A segment of one to four capitalised words, none a determiner or a pronoun: a name ("Teck", "Working America"). */
const isBareName = (words: Word[], [from, to]: [number, number]): boolean =>
  to - from < 4 && words.slice(from, to + 1).every((word) => word.capitalized && (word.pos === 'PROPN' || word.pos === 'NOUN') && !DEFINITE.has(word.text.toLowerCase()));

const hasFiniteVerb = (words: Word[], [from, to]: [number, number]): boolean =>
  words.slice(from, to + 1).some(isFiniteVerb);

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

/**
 * "he added": the latest person named as a sentence's subject outside quotations (agreeing in
 * gender when an honorific or the given name told it), else the latest person who spoke. "it" / "they": the
 * latest organization or country.
 */
export function fromPronoun(context: SpeakerContext, k: number, text: (s: number, e: number) => string): Speaker {
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
  // An honorific tells the gender; failing that, the given name when its lists agree ("she" is
  // not Donald Trump). Names are no proof ("Lindsey Graham"): when no one fits by name, the
  // honorific alone decides.
  const fitsBy = (byName: boolean) => (record: EntityRecord | undefined) => {
    const known = record?.gender ?? (byName ? record?.nameGender : null);
    return !!record && (gender ? record.entity.kind === 'PERSON' && (!known || known === gender) : record.entity.kind !== 'PERSON');
  };
  let key: string | null = null;
  for (const fits of gender ? [fitsBy(true), fitsBy(false)] : [fitsBy(false)]) {
    if (gender) {
      const subject = find(context.entities.mentionsBefore(word.start), (mention) =>
        mention.kind === 'PERSON' && !context.insideQuote(mention.start) && isSentenceSubject(context.entities, mention, context.insideQuote) && fits(context.entities.get(mention.entityKey)));
      key = subject?.entityKey ?? null;
    }
    key ??= [...context.recentSpeakers].reverse().find((speaker) => speaker.at < word.start && fits(context.entities.get(speaker.key)))?.key ?? null;
    if (key) break;
  }
  if (!key && !gender) {
    key = find(context.entities.mentionsBefore(word.start), (mention) => mention.kind !== 'PERSON' && !isDemonym(mention))?.entityKey ?? null;
  }
  return { mention: evidence(context.words, k, k, text), entityKey: key, description: null, revealable: false };
}

/** The first person named in its sentence, outside its quotations, stands for its subject (`“… Hillary Clinton …,” Sanders said`: Sanders). */
function isSentenceSubject(entities: DocumentEntities, mention: ResolvedMention, insideQuote: (offset: number) => boolean): boolean {
  const people = entities.inSentence(mention.sentence).filter((other) => other.kind === 'PERSON' && !insideQuote(other.start));
  const clauseStart = entities.clauseStarts.get(mention.sentence) ?? 0;
  return (people.find((other) => other.start >= clauseStart) ?? people[0]) === mention;
}
