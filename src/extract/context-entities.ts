import type { GazetteerHit } from './gazetteer.js';
import { SentenceFeatures, type FeatureDocument, type NerType } from './learned/ner-features.js';
import { entityModel, tagSentence } from './learned/ner-tagger.js';
import { CONNECTORS } from './learned/ner-lexeme.js';
import { isGivenName, opensPersonName } from './given-names.js';
import { isCommonInNews } from './learned/word-clusters.js';
import { isLocation } from './gazetteer-mentions.js';
import type { OrganizationMention, PersonMention, RawMention } from './mentions.js';
import { NON_ORGANIZATION_ACRONYMS, NON_ORGANIZATION_FOLLOWERS, NON_ORGANIZATION_NAMES, ORG_HEADS, VENUE_HEADS } from '../lexicon/organizations.js';
import { endsOnModelLetters } from './name-kinds.js';
import { definesAcronym } from './name-parts.js';
import { HONORIFICS, NAME_PARTICLES, POST_NOMINALS, RANK_TITLES, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/people.js';
import type { Word } from './words.js';

/**
 * Entities from context: the learned tagger's names, made consistent across the document,
 * and the one place that decides how they combine with the rules' mentions.
 *
 * The rules stay first: gazetteer names and head-word rules are precise on what they know.
 * The model adds the names no table knows ("Flamengo beat River Plate"), confirms a bare full
 * name the rules only hold as tentative, and vetoes a rule's person when it is confident the
 * words name an organization or a place ("Feyenoord", "Creek Road"). Countries are never
 * touched: the gazetteer types them exactly.
 */

/** A typed name in a sentence: words [from, to), characters [start, end). */
export interface ContextName {
  from: number;
  to: number;
  start: number;
  end: number;
  type: NerType;
  confidence: number;
  /** The document's vote on this name's words agrees with this reading (see makeConsistent). */
  agreed: boolean;
}

/**
 * How sure the model must be (its margin between the best label and the runner-up, see
 * ContextSpan.confidence) to act. Chosen on the cross-validated GUM news figures of
 * `npm run train:ner`: adding a name needs less than overruling a rule.
 */
export const CONFIDENCE = {
  /** To add an organization no rule found. */
  addOrganization: 15,
  /** To add a person no rule found. */
  addPerson: 10,
  /** To keep a bare full name the rules hold as tentative. */
  confirm: 5,
  /** To overrule a rule's person or organization. */
  veto: 20,
  /** To add or retype a one-word name as an organization: "Harwich" is as often a place. */
  oneWordOrganization: 30,
  /** To type a name once for the whole document. */
  document: 20,
};

const sentence = new SentenceFeatures();

/** Tags every sentence of the document; a name typed with confidence once keeps its type everywhere. */
export function recognizeInContext(words: Word[][], hits: GazetteerHit[][], document: FeatureDocument): ContextName[][] {
  const model = entityModel();
  if (!model) return words.map(() => []);
  const names = words.map((sentenceWords, index) => {
    sentence.load(sentenceWords, hits[index], document);
    const names: ContextName[] = [];
    for (const span of tagSentence(model, sentence)) {
      const to = trimmedEnd(sentenceWords, span.from, span.to, span.type);
      if (to > span.from) names.push({ from: span.from, to, start: sentenceWords[span.from].start, end: sentenceWords[to - 1].end, type: span.type, confidence: span.confidence, agreed: true });
    }
    return names;
  });
  makeConsistent(words, names);
  return names;
}

/**
 * Where the model's name really ends: never on a lower-case connector ("Council of" where it
 * stopped before "the EU"), and a person's name without the letters after it ("Tomás Aguirre
 * KC", "… Hadid OBE"), which are no part of how the text names them again.
 */
export function trimmedEnd(words: Word[], from: number, to: number, type: NerType): number {
  let end = to;
  while (end > from && (CONNECTORS.has(words[end - 1].text) || (type === 'PER' && end - from > 1 && POST_NOMINALS.has(words[end - 1].text)))) end--;
  return end;
}

const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The types by their totals, highest first, ties in NER_TYPES order: a stable sort of four, without its arrays of pairs. */
function rankTypes(totals: Record<NerType, number>): NerType[] {
  const ranked: NerType[] = [];
  for (const type of NER_TYPES) {
    let at = ranked.length;
    while (at > 0 && totals[ranked[at - 1]] < totals[type]) at--;
    ranked.splice(at, 0, type);
  }
  return ranked;
}

/**
 * The document votes on each name's type: every reading adds its confidence to its type, and
 * when one type leads the others by CONFIDENCE.document every reading takes it ("Port Wexley"
 * read twice as a place and once, unsure, as a person, is a place). "Benfica" typed an
 * organization in one sentence is one in a results line too ("Benfica 2 Porto 1"), and a
 * club's name without its suffix is the club ("Port Wexley" of "Port Wexley FC").
 */
function makeConsistent(words: Word[][], names: ContextName[][]): void {
  const votes = new Map<string, { totals: Record<NerType, number>; length: number }>();
  const vote = (key: string, type: NerType, confidence: number, length: number) => {
    const entry = votes.get(key) ?? { totals: { PER: 0, ORG: 0, LOC: 0, MISC: 0 }, length };
    entry.totals[type] += confidence;
    votes.set(key, entry);
  };
  names.forEach((sentenceNames, index) => {
    for (const name of sentenceNames) {
      vote(nameText(words[index], name.from, name.to), name.type, name.confidence, name.to - name.from);
      if (name.type === 'ORG' && name.to - name.from >= 2 && ORGANIZATION_SUFFIXES.has(words[index][name.to - 1].text)) {
        vote(nameText(words[index], name.from, name.to - 1), 'ORG', name.confidence, name.to - name.from - 1);
      }
    }
  });
  const typed = new Map<string, { type: NerType; confidence: number; length: number }>();
  const leader = new Map<string, NerType>();
  for (const [key, { totals, length }] of votes) {
    const ranked = rankTypes(totals);
    const lead = totals[ranked[0]] - totals[ranked[1]] - totals[ranked[2]] - totals[ranked[3]];
    leader.set(key, ranked[0]);
    if (lead >= CONFIDENCE.document) typed.set(key, { type: ranked[0], confidence: lead, length });
  }
  // Looked up by first word: a document has many names, a word starts few of them.
  const byFirstWord = new Map<string, Array<[string, { type: NerType; confidence: number; length: number }]>>();
  for (const entry of typed) {
    const space = entry[0].indexOf(' ');
    const first = space === -1 ? entry[0] : entry[0].slice(0, space);
    if (/^\p{Lu}/u.test(first)) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  names.forEach((sentenceNames, index) => {
    const sentenceWords = words[index];
    for (const name of sentenceNames) {
      const key = nameText(sentenceWords, name.from, name.to);
      const known = typed.get(key);
      if (known) {
        name.type = known.type;
        name.confidence = known.confidence;
      }
      name.agreed = leader.get(key) === name.type;
    }
    // Occurrences the tagger left untyped: the same words, capitalised, outside any name.
    for (let i = 0; i < sentenceWords.length; i++) {
      // Every name here opens on a capital: most words need no look-up.
      if (!sentenceWords[i].capitalized) continue;
      const candidates = byFirstWord.get(sentenceWords[i].text);
      if (!candidates || sentenceNames.some((name) => name.from <= i && i < name.to)) continue;
      for (const [key, known] of candidates) {
        const to = i + known.length;
        if (to > sentenceWords.length || nameText(sentenceWords, i, to) !== key || sentenceNames.some((name) => name.from < to && i < name.to)) continue;
        if (sentenceWords[to]?.capitalized) continue; // a longer name of its own
        sentenceNames.push({ from: i, to, start: sentenceWords[i].start, end: sentenceWords[to - 1].end, type: known.type, confidence: known.confidence, agreed: true });
        break;
      }
    }
    sentenceNames.sort((a, b) => a.from - b.from);
  });
}

/** Suffixes a club or company drops in running text: "Port Wexley FC" is "Port Wexley" in a results line. */
const ORGANIZATION_SUFFIXES = new Set(['FC', 'AFC', 'CF', 'SC', 'FK', 'SK', 'AC', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'PLC', 'plc', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'GmbH', 'ASA', 'AB', 'Co', 'Co.', 'LLC', 'LLP']);

const nameText = (words: Word[], from: number, to: number): string => {
  let text = words[from].text;
  for (let i = from + 1; i < to; i++) text += ` ${words[i].text}`;
  return text;
};

/**
 * Combines the model's names of one sentence with the rules' mentions; returns the mentions to
 * keep. Each decision below needs the confidence its CONFIDENCE entry names.
 */
export function combineWithRules(words: Word[], names: ContextName[], mentions: RawMention[], document: FeatureDocument & { text: string }, sentenceIndex: number): RawMention[] {
  if (names.length === 0) return mentions;
  const fromName = (name: ContextName): RawMention | null => {
    const evidence = { start: name.start, end: name.end, text: document.text.slice(name.start, name.end), sentence: sentenceIndex };
    return name.type === 'PER' ? personFromContext(words, name, evidence) : name.type === 'ORG' ? organizationFromContext(words, name, evidence) : null;
  };
  let kept = splitGluedNames(words, names, mentions, fromName);
  const replace = (wrong: RawMention[], right: RawMention | null) => {
    kept = kept.filter((mention) => !wrong.includes(mention));
    if (right) kept.push(right);
  };
  for (const name of names) {
    const overlapping = kept.filter((mention) => mention.start < name.end && name.start < mention.end);
    if (overlapping.some((mention) => mention.kind === 'ORGANIZATION' && mention.known)) continue;
    if (overlapping.some((mention) => mention.kind === 'COUNTRY') && !absorbsCountries(name, overlapping)) continue;
    const people = overlapping.filter((mention): mention is PersonMention => mention.kind === 'PERSON');
    const sure = name.confidence >= CONFIDENCE.veto;
    if (name.type === 'PER') {
      if (overlapping.length === 0) {
        if (name.confidence >= CONFIDENCE.addPerson && name.agreed && isFullName(name) && !holdsTitle(words, name, mentions) && !namesAfterSomeone(words, name) && !isLocation(words, name.from)
          && !endsOnModelLetters(words.slice(name.from, name.to).map((word) => word.text))) replace([], fromName(name));
      } else if (people.length === overlapping.length) {
        const [person] = people;
        if (sure && people.length === 1 && titleIsGivenName(words, name, person)) {
          replace(people, fromName(name));
          continue;
        }
        // "Carla Or" where the rules stopped at "Carla"; "Education Paola Ferrante" where they started early.
        const startedEarly = covers(person, name) && person.end === name.end && !joinedByParticle(words, name);
        if (sure && people.length === 1 && isBareName(person) && (covers(name, person) || startedEarly) && !sameSpan(name, person) && isFullName(name) && !holdsTitle(words, name, []) && !reachesBeforeGivenName(words, name, person)) {
          replace(people, fromName(name));
        } else if (people.length === 1 && sameSpan(name, person) && isFullName(name) && name.agreed && name.confidence >= CONFIDENCE.confirm && !listedWithPlaces(words, name, names, mentions)) {
          person.tentative = false;
        }
      }
      continue;
    }
    if (name.type === 'ORG') {
      if (name.to - name.from === 1 && name.confidence < CONFIDENCE.oneWordOrganization) continue;
      if (isNonOrganization(words, name) || holdsTitle(words, name, mentions)) continue;
      if (overlapping.length === 0) {
        if (name.confidence >= CONFIDENCE.addOrganization && name.agreed && !isCommonWord(words, name, document)) replace([], fromName(name));
        continue;
      }
      // "Feyenoord said" read as a person; "Irving Independent School" cut short of its District;
      // "Council on American-Islamic Relations" cut at the demonym: the model's name replaces them.
      const agrees = overlapping.length === 1 && overlapping[0].kind === 'ORGANIZATION' && sameSpan(name, overlapping[0]);
      if (sure && !agrees && overlapping.every((mention) => covers(name, mention)) && people.every(isBareName)) replace(overlapping, fromName(name));
      continue;
    }
    // A place or another named thing the rules took for a person: "Creek Road", "Santo Spirito".
    if (sure) {
      const wrong = people.filter((mention) => isBareName(mention) && sameSpan(name, mention));
      if (wrong.length) replace(wrong, null);
    }
  }
  return kept;
}

/**
 * "Bonaire, Sint Eustatius and Saba": a name listed right beside a place (a country, or a name
 * the model reads as one) is read as one of the list's kind, not confirmed as a person on an
 * unsure reading.
 */
function listedWithPlaces(words: Word[], name: ContextName, names: ContextName[], mentions: RawMention[]): boolean {
  const isPlace = (start: number, end: number) => names.some((other) => other.type === 'LOC' && other.start === start && other.end === end)
    || mentions.some((mention) => mention.kind === 'COUNTRY' && mention.start === start && mention.end === end);
  const joins = (word: Word | undefined) => word !== undefined && (word.text === ',' || word.text === 'and' || word.text === 'or');
  const before = names.find((other) => other.to === name.from - 1);
  const after = names.find((other) => other.from === name.to + 1);
  return (joins(words[name.from - 1]) && !!before && isPlace(before.start, before.end)) || (joins(words[name.to]) && !!after && isPlace(after.start, after.end));
}

/**
 * "Newcomer Tamsin Okoro": the rules begin a name at its given name, so a capitalised word the
 * model puts before it, a common word ("Newcomer", "Yesterday"), is no part of it.
 */
function reachesBeforeGivenName(words: Word[], name: ContextName, person: PersonMention): boolean {
  if (name.start >= person.start) return false;
  const first = words.findIndex((word) => word.start === person.start);
  if (first <= name.from || !opensPersonName(words[first].text)) return false;
  // A word before it may be a given name no list knows ("Amneh Jafari"); one that news writes in
  // lower case (the word clusters' vocabulary: "newcomer", "yesterday") is a common word.
  return words.slice(name.from, first).some((word) => !opensPersonName(word.text) && isCommonInNews(word.text));
}

/**
 * "founded by Dean Kamen": the rules read a role word that is also a given name as a title
 * ("Dean" of a faculty); a model sure that it opens a two-word name, with no title word or
 * determiner before it, reads it as the given name. Never a rank ("Bishop Tutu", "King Harald").
 */
function titleIsGivenName(words: Word[], name: ContextName, person: PersonMention): boolean {
  if (name.to - name.from !== 2 || person.honorific !== null || person.roles.length !== 1) return false;
  const first = words[name.from];
  const before = words[name.from - 1];
  const role = first.text.toLowerCase();
  return ROLE_NOUNS.has(role) && !RANK_TITLES.has(role) && isGivenName(first.text) && person.start === words[name.from + 1].start && person.end === name.end
    && (!before || (!before.capitalized && before.pos !== 'DET'));
}

/** "Khalid bin Rashid Al-Mansoori", "Paolo de la Cruz": the words before the model's name join it through a name particle, so the rules' longer name is the whole name. */
const joinedByParticle = (words: Word[], name: ContextName): boolean => name.from > 0 && NAME_PARTICLES.has(words[name.from - 1].text.toLowerCase());

const covers = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;
const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;

/**
 * Two names the rules glued into one: "Massachusetts Institute of Technology and Colorado State
 * University", "University of Texas Arlington Amneh Jafari". Where the model is sure of two or
 * more names inside one rule name with no title, an organization among them, they replace it.
 */
function splitGluedNames(words: Word[], names: ContextName[], mentions: RawMention[], fromName: (name: ContextName) => RawMention | null): RawMention[] {
  let kept = mentions;
  for (const mention of mentions) {
    if (mention.kind === 'COUNTRY' || (mention.kind === 'ORGANIZATION' && mention.known) || (mention.kind === 'PERSON' && !isBareName(mention))) continue;
    const inside = names.filter((name) => covers(mention, name) && (name.type === 'ORG' || name.type === 'PER'));
    if (inside.length < 2 || inside.every((name) => name.type === 'PER') || inside.some((name) => name.confidence < CONFIDENCE.veto) || joinedByOf(words, inside)) continue;
    kept = kept.filter((other) => other !== mention);
    for (const name of inside) {
      const replacement = fromName(name);
      if (replacement) kept.push(replacement);
    }
  }
  return kept;
}

/**
 * "Council of the EU", "Bank of Ruritania": two names joined by "of" (or "for", "on" …) are one
 * name, whatever the model read; only names side by side or joined by "and" were glued.
 */
function joinedByOf(words: Word[], inside: ContextName[]): boolean {
  const ordered = [...inside].sort((a, b) => a.from - b.from);
  for (let k = 1; k < ordered.length; k++) {
    for (let i = ordered[k - 1].to; i < ordered[k].from; i++) if (JOINING_WORDS.has(words[i].text)) return true;
  }
  return false;
}

const JOINING_WORDS = new Set(['of', 'for', 'on', 'at', 'the', 'de', 'du', 'des', 'di', 'da', 'del', 'der', 'von', 'van']);

/**
 * An organization's name may hold a country's ("British Red Cross", "Council on
 * American-Islamic Relations"): a sure name of several words, the country strictly inside it.
 */
function absorbsCountries(name: ContextName, overlapping: RawMention[]): boolean {
  return name.type === 'ORG' && name.to - name.from >= 2 && name.confidence >= CONFIDENCE.veto
    && overlapping.every((mention) => mention.kind !== 'COUNTRY' || (covers(name, mention) && !sameSpan(name, mention)));
}

/**
 * "Kim Il-sung Square", "John F. Kennedy Airport": a full name and a place's head word name a
 * place after someone, not a person.
 */
const namesAfterSomeone = (words: Word[], name: ContextName): boolean => name.to - name.from >= 3 && VENUE_HEADS.has(words[name.to - 1].text);

/** A person's name of two words or more: one word alone ("host Bristol") is too often a place or a club to take on the model's word. */
const isFullName = (name: ContextName): boolean => name.to - name.from >= 2;

/**
 * A title the rules already read as a person's role ("police spokeswoman Senior Sergeant Anita
 * Lowe"), or a name with a role word in it ("State Department Spokesperson"): no entity.
 */
function holdsTitle(words: Word[], name: ContextName, mentions: RawMention[]): boolean {
  for (let i = name.from; i < name.to; i++) if (ROLE_NOUNS.has(words[i].text.toLowerCase()) || TITLE_MODIFIERS.has(words[i].text) || HONORIFICS.has(words[i].text)) return true;
  return mentions.some((mention) => mention.kind === 'PERSON' && mention.roles.some((role) => role.start < name.end && name.start < role.end));
}

/** Stock indices, venues, instruments, events: "Philadelphia Semiconductor Index", "Kestrel Park", "Webb Telescope", "the DAX", "the KOSPI index". */
const isNonOrganization = (words: Word[], name: ContextName): boolean => VENUE_HEADS.has(words[name.to - 1].text) || NON_ORGANIZATION_ACRONYMS.has(words[name.from].text)
  || NON_ORGANIZATION_FOLLOWERS.has(words[name.to]?.text ?? '') || (name.to - name.from <= 2 && NON_ORGANIZATION_NAMES.has(nameText(words, name.from, name.to)));

/**
 * One capitalised word the document also writes in lower case, or an institution's head word
 * alone ("the Church", "Construction", "University"): a common noun, no name to add.
 */
function isCommonWord(words: Word[], name: ContextName, document: FeatureDocument): boolean {
  if (name.to - name.from !== 1) return false;
  const word = words[name.from];
  const lower = word.text.toLowerCase();
  return document.lowerCaseWords.has(lower) || ORG_HEADS.has(word.text) || ROLE_NOUNS.has(lower) || word.pos === 'NOUN';
}

/** A person the rules found with nothing but capitals: no title, honorific or role to vouch for it. */
const isBareName = (mention: PersonMention): boolean => mention.roles.length === 0 && mention.honorific === null;

function personFromContext(words: Word[], name: ContextName, evidence: { start: number; end: number; text: string; sentence: number }): PersonMention {
  return {
    kind: 'PERSON', ...evidence, nameWords: words.slice(name.from, name.to).map((word) => word.text), honorific: null, roles: [], countryCode: null, affiliations: [], tentative: false,
  };
}

function organizationFromContext(words: Word[], name: ContextName, evidence: { start: number; end: number; text: string; sentence: number }): OrganizationMention {
  // "Center for Global Studies (GIGA)": the acronym the text defines right after the name.
  const acronym = words[name.to]?.text === '(' && definesAcronym(words[name.to + 1]?.text ?? '') && words[name.to + 2]?.text === ')' ? words[name.to + 1].text : null;
  return { kind: 'ORGANIZATION', ...evidence, name: evidence.text, known: null, acronym, generic: false, countryCode: null, tentative: false };
}
