import type { GazetteerHit } from './gazetteer.js';
import { SentenceFeatures, type FeatureDocument, type NerType } from './learned/ner-features.js';
import { entityModel, tagSentence } from './learned/ner-tagger.js';
import type { OrganizationMention, PersonMention, RawMention } from './mentions.js';
import { NON_ORGANIZATION_ACRONYMS, ORG_HEADS, VENUE_HEADS } from '../lexicon/organizations.js';
import { HONORIFICS, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/people.js';
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
    return tagSentence(model, sentence).map(({ from, to, type, confidence }) => ({ from, to, start: sentenceWords[from].start, end: sentenceWords[to - 1].end, type, confidence }));
  });
  makeConsistent(words, names);
  return names;
}

/**
 * "Benfica" typed an organization with confidence in one sentence is one in a results line
 * too ("Benfica 2 Porto 1"), and a less sure reading elsewhere takes that type.
 */
function makeConsistent(words: Word[][], names: ContextName[][]): void {
  const typed = new Map<string, { type: NerType; confidence: number; length: number }>();
  names.forEach((sentenceNames, index) => {
    for (const name of sentenceNames) {
      if (name.confidence < CONFIDENCE.document) continue;
      const key = nameText(words[index], name.from, name.to);
      const known = typed.get(key);
      if (!known || known.confidence < name.confidence) typed.set(key, { type: name.type, confidence: name.confidence, length: name.to - name.from });
    }
  });
  if (typed.size === 0) return;
  names.forEach((sentenceNames, index) => {
    const sentenceWords = words[index];
    for (const name of sentenceNames) {
      const known = typed.get(nameText(sentenceWords, name.from, name.to));
      if (known && name.confidence < CONFIDENCE.document) {
        name.type = known.type;
        name.confidence = known.confidence;
      }
    }
    // Occurrences the tagger left untyped: the same words, capitalised, outside any name.
    for (let i = 0; i < sentenceWords.length; i++) {
      if (!sentenceWords[i].capitalized || sentenceNames.some((name) => name.from <= i && i < name.to)) continue;
      for (const [key, known] of typed) {
        const to = i + known.length;
        if (to > sentenceWords.length || nameText(sentenceWords, i, to) !== key || sentenceNames.some((name) => name.from < to && i < name.to)) continue;
        if (sentenceWords[to]?.capitalized) continue; // a longer name of its own
        sentenceNames.push({ from: i, to, start: sentenceWords[i].start, end: sentenceWords[to - 1].end, type: known.type, confidence: known.confidence });
        break;
      }
    }
    sentenceNames.sort((a, b) => a.from - b.from);
  });
}

const nameText = (words: Word[], from: number, to: number): string => {
  let text = words[from].text;
  for (let i = from + 1; i < to; i++) text += ` ${words[i].text}`;
  return text;
};

/**
 * Combines the model's names of one sentence with the rules' mentions (in place). Returns the
 * mentions to keep.
 */
export function combineWithRules(words: Word[], names: ContextName[], mentions: RawMention[], document: FeatureDocument & { text: string }, sentenceIndex: number): RawMention[] {
  if (names.length === 0) return mentions;
  let kept = mentions;
  const replace = (wrong: RawMention[], right: RawMention | null) => {
    kept = kept.filter((mention) => !wrong.includes(mention));
    if (right) kept.push(right);
  };
  for (const name of names) {
    const overlapping = kept.filter((mention) => mention.start < name.end && name.start < mention.end);
    if (overlapping.some((mention) => mention.kind === 'COUNTRY' || (mention.kind === 'ORGANIZATION' && mention.known))) continue;
    const evidence = { start: name.start, end: name.end, text: document.text.slice(name.start, name.end), sentence: sentenceIndex };
    const people = overlapping.filter((mention): mention is PersonMention => mention.kind === 'PERSON');
    if (name.type === 'PER') {
      if (overlapping.length === 0) {
        if (name.confidence >= CONFIDENCE.addPerson && isFullName(name) && !holdsTitle(words, name, mentions)) kept.push(personFromContext(words, name, evidence));
        continue;
      }
      if (people.length !== overlapping.length) continue;
      // "Wilson Or" where the rules stopped at "Wilson": the model's fuller name.
      const [person] = people;
      if (people.length === 1 && isBareName(person) && name.start <= person.start && person.end <= name.end && (name.start < person.start || person.end < name.end) && name.confidence >= CONFIDENCE.veto) {
        replace(people, personFromContext(words, name, evidence));
        continue;
      }
      for (const mention of people) if (mention.tentative && isFullName(name) && name.confidence >= CONFIDENCE.confirm) mention.tentative = false;
      continue;
    }
    if (name.type === 'ORG') {
      if (name.to - name.from === 1 && name.confidence < CONFIDENCE.oneWordOrganization) continue;
      if (overlapping.length === 0) {
        if (name.confidence >= CONFIDENCE.addOrganization && !isCommonWord(words, name, document) && !isNonOrganization(words, name) && !holdsTitle(words, name, mentions)) {
          kept.push(organizationFromContext(words, name, evidence));
        }
        continue;
      }
      // "Feyenoord said" read as a person: the model knows a club.
      if (name.confidence >= CONFIDENCE.veto && people.length === overlapping.length && people.every(isBareName)) {
        replace(people, organizationFromContext(words, name, evidence));
      }
      continue;
    }
    // A place or another named thing the rules took for a person: "Creek Road", "Santo Spirito".
    if (name.confidence >= CONFIDENCE.veto) {
      const wrong = people.filter((mention) => isBareName(mention) && mention.start === name.start && mention.end === name.end);
      if (wrong.length) replace(wrong, null);
    }
  }
  return kept;
}

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

/** Stock indices, venues, instruments, events: "Philadelphia Semiconductor Index", "Kestrel Park", "Webb Telescope". */
const isNonOrganization = (words: Word[], name: ContextName): boolean => VENUE_HEADS.has(words[name.to - 1].text) || NON_ORGANIZATION_ACRONYMS.has(words[name.from].text);

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
  const acronym = words[name.to]?.text === '(' && /^[A-Z][A-Za-z0-9&-]{1,9}$/.test(words[name.to + 1]?.text ?? '') && words[name.to + 2]?.text === ')' ? words[name.to + 1].text : null;
  return { kind: 'ORGANIZATION', ...evidence, name: evidence.text, known: null, acronym, generic: false, countryCode: null, tentative: false };
}
