import { NON_ORGANIZATION_ACRONYMS, NON_ORGANIZATION_NAMES, VENUE_HEADS } from '../lexicon/organizations.js';
import { ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/people.js';
import type { Evidence } from '../graph/facts.js';
import type { GazetteerHit } from './gazetteer.js';
import { isGivenName, opensPersonName } from './given-names.js';
import { isCommonInNews } from './learned/word-clusters.js';
import { isRoleWord, span, type OrganizationMention, type RawMention, type Scope } from './mention-types.js';
import { startsLowerCase } from './normalize.js';
import type { Word } from './words.js';

/**
 * The parts of a person's name and title that `mentions.ts` reads a capitalised run with: the
 * acronym opening a title, the role words before a name, what ends a name (a capital as a
 * surname, a place's head word, a function word as a surname).
 */
export const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;
/**
 * The acronym a text defines in parentheses after a name: "(NSC)", "(Ofcom)", "(GIGA)"; a
 * common word in parentheses is an aside, not an acronym ("District Council (Second)").
 */
export const definesAcronym = (text: string): boolean => /^[A-Z][A-Za-z0-9&-]{1,9}$/.test(text) && !isCommonInNews(text);

/** "N.", "J.R.": a name's initials, written as one word. */
export const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * "Carla Or was elected", "Peter To of the …", "Columnist George Will wrote": a capitalised
 * function word right after a given name (not the sentence's first word), ending the name, is a surname.
 */
export function functionWordSurname(words: Word[], from: number, end: number): boolean {
  const next = words[end];
  return end > from && end - 1 > 0 && SURNAME_FUNCTION_WORDS.has(next.text) && isGivenName(words[end - 1].text) && !words[end + 1]?.capitalized;
}
const SURNAME_FUNCTION_WORDS = new Set(['Or', 'To', 'So', 'Do', 'On', 'An', 'Yet', 'Then', 'Read', 'Will', 'From', 'More', 'May', 'Long', 'Still', 'Last']);

/** The acronym that opens a title before its role words ("FAA Administrator", "IMF Managing Director"): an organization. */
export function titleOrganization(words: Word[], titleStart: number, last: number, scope: Scope): OrganizationMention | null {
  const text = words[titleStart].text;
  if (last <= titleStart || !ACRONYM.test(text) || text.length < 2 || NON_ORGANIZATION_ACRONYMS.has(text) || NON_ORGANIZATION_NAMES.has(text)) return null;
  if (isRoleWord(words[titleStart]) || TITLE_MODIFIERS.has(text)) return null;
  const where = span(words, titleStart, titleStart + 1, scope);
  return { kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: text, known: null, acronym: text, generic: false, countryCode: null, tentative: false };
}

/**
 * A capital's name after a first name is a surname: "Valeska Paris" (the name's words run [first,
 * to)); so is a demonym right after a given name that ends the run: "Mark Cuban", "Jane French".
 */
export function surnameSeat(words: Word[], hitAt: Map<number, { hit: GazetteerHit; last: number }>, first: number, index: number, to: number): boolean {
  const hit = hitAt.get(index);
  if (!(index > first && hit && hit.last === index && index === to - 1)) return false;
  return hit.hit.entry.type === 'seat' || (hit.hit.entry.type === 'demonym' && index === first + 1 && isGivenName(words[first].text));
}

/** A place's head word ends a name ("Gorky Park"); it may open one ("Park Seo-yeon"), and a given name keeps it ("Marc Lamont Hill"). */
export const venueEnd = (words: Word[], first: number, index: number): boolean => index > first && VENUE_HEADS.has(words[index].text) && !opensPersonName(words[first].text);

/** "politburo member", "chief economist": role words and the nouns and adjectives that qualify them. */
const qualifiesRole = (word: Word): boolean => isRoleWord(word) || word.pos === 'ADJ' || word.pos === 'NOUN';

/** A role word before a name, singular or plural ("photographers Nat Finkelstein, Tomas Kerr and …"): the plural by its lemma. */
function isRoleBefore(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return isRoleWord(word) || (lower.length > 3 && lower.endsWith('s') && word.lemma !== lower && ROLE_NOUNS.has(word.lemma));
}

/** "North Korean leader Kim", "Chinese Communist Party politburo member Li": lower-case roles right before a name. */
export function lowerCaseRoleBefore(words: Word[], from: number, found: RawMention[], scope: Scope): { role: Evidence; country: string | null; org: RawMention | null } | null {
  let start = from;
  while (start > 0 && from - start < 3 && startsLowerCase(words[start - 1].text) && (isRoleBefore(words[start - 1]) || (start < from && isRoleBefore(words[from - 1]) && qualifiesRole(words[start - 1])))) start--;
  if (start === from || !isRoleBefore(words[from - 1])) return null;
  // "a major Andy Warhol exhibit", "the general Paul Klee show": an adjective alone after an article is no role
  // ("Iranian delegation chief Reza Ghasemi" is one).
  if (start === from - 1 && words[start].pos === 'ADJ' && ['a', 'an', 'the'].includes(words[start - 1]?.text.toLowerCase() ?? '')) return null;
  // "Chief executive Ingrid Baumann": the sentence's first word is capitalised only because it opens it.
  if (start === 1 && (isRoleWord(words[0]) || TITLE_MODIFIERS.has(words[0].text)) && from - start < 3) start = 0;
  const role = span(words, start, from, scope);
  const modifier = found.find((mention) => mention.end <= words[start].start && words[start].start - mention.end <= 1);
  return {
    role,
    country: modifier?.kind === 'COUNTRY' ? modifier.code : null,
    org: modifier?.kind === 'ORGANIZATION' ? modifier : null,
  };
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/**
 * The name is the whole of a quotation, a comma or stop aside: `launched "Amber Shield," a
 * mission`, `starred in "Silver Road."`. Quotes around a bare name mark a title (an operation,
 * a film, a campaign), never how news writes a person.
 */
export function wholeQuotation(words: Word[], from: number, end: number): boolean {
  if (!OPENING_QUOTES.has(words[from - 1]?.text ?? '')) return false;
  const after = [',', '.'].includes(words[end]?.text ?? '') ? end + 1 : end;
  return CLOSING_QUOTES.has(words[after]?.text ?? '');
}
