import type { KnownOrganization } from '../lexicon/organizations.js';
import { ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/people.js';
import type { Evidence } from '../graph/facts.js';
import type { Word } from './words.js';

/**
 * Raw mentions found in one sentence, before coreference: who/what is named where, with
 * the clues around the name (title, apposition, demonym) that coreference turns into relations.
 */
export type RawMention = PersonMention | OrganizationMention | CountryMention;

interface BaseMention extends Evidence {
  sentence: number;
}

export interface PersonMention extends BaseMention {
  kind: 'PERSON';
  nameWords: string[];
  honorific: string | null;
  roles: Evidence[];
  /** Country read from a demonym or country before the title ("Russian President …"). */
  countryCode: string | null;
  /** Organizations tied by title or apposition, as indexes into the same sentence's mentions. */
  affiliations: RawMention[];
  /** A lone word with no clue it is a person: kept only if it names someone already known. */
  tentative: boolean;
}

export interface OrganizationMention extends BaseMention {
  /** A bare acronym ("NSC"): an organization only if the document defines it. */
  tentative: boolean;
  kind: 'ORGANIZATION';
  name: string;
  known: KnownOrganization | null;
  acronym: string | null;
  /** A lower-case or generic name ("the foreign ministry") whose country comes from context. */
  generic: boolean;
  countryCode: string | null;
}

export interface CountryMention extends BaseMention {
  kind: 'COUNTRY';
  code: string;
  /** How it was written: name, demonym ("Russian"), seat ("Pyongyang"), or description ("the North"). */
  form: 'name' | 'demonym' | 'seat' | 'description';
  /** A description ("the North") counts only when this country is named elsewhere in the document. */
  requires: string | null;
}

/**
 * What the rules need to know about the document a sentence is in: its cleaned text (mentions
 * keep the document's own characters), the words it writes in lower case (a capitalised
 * "Officials" at a sentence start is one of them) and the words it names products with.
 */
export interface DocumentScope {
  text: string;
  lowerCaseWords: ReadonlySet<string>;
  /** Words the document writes as a known company's product ("Chrome" of "Google Chrome"): alone, they name no one either. */
  productWords: ReadonlySet<string>;
  /**
   * Words the document writes closing a name inside a sentence ("Clinton" of "Hillary Clinton"):
   * opening a sentence they still name someone, even where the text also writes them in lower case
   * ("clinton speaking" in a quoted tweet).
   */
  surnames: ReadonlySet<string>;
}

/** One sentence of a document, as the mention rules see it. */
export interface Scope extends DocumentScope {
  sentence: number;
}

/** The evidence of words [from, to): their span and the document's own characters. */
export const span = (words: Word[], from: number, to: number, scope: DocumentScope): Evidence => {
  const start = words[from].start;
  const end = words[to - 1].end;
  return { start, end, text: scope.text.slice(start, end) };
};

export const isRoleWord = (word: Word) => ROLE_NOUNS.has(word.text.toLowerCase());
/** A word of a title before a name: a role (capitalised) or a title's modifier ("Deputy", "Acting"). */
export const isTitleWord = (word: Word) => TITLE_MODIFIERS.has(word.text) || (isRoleWord(word) && word.capitalized);

/** An organization no table knows, named by its words as written (`where`, from span). */
export function namedOrganization(where: Evidence, scope: Scope, countryCode: string | null = null): OrganizationMention {
  return { kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: where.text, known: null, acronym: null, generic: false, countryCode, tentative: false };
}

