import { HEADS_AFTER_HEAD, LEADING_ORG_HEADS, ORG_HEADS, VENUE_BEFORE_HEAD, VENUE_HEADS } from '../lexicon/organizations.js';
import { TITLE_MODIFIERS } from '../lexicon/people.js';
import type { GazetteerHit } from './gazetteer.js';
import { isGivenName } from './given-names.js';
import type { Word } from './words.js';
import { isRoleWord, isTitleWord, span, type OrganizationMention, type RawMention, type Scope } from './mention-types.js';
import { definesAcronym } from './name-parts.js';
import { CONNECTORS, STATE_WORDS, isOrgHead } from './capitalized-runs.js';
import { fromGazetteer } from './gazetteer-mentions.js';

/**
 * Organizations in a capitalised run: where the name's head is ("Ministry", "Institute",
 * "Institut Pasteur"), how far the name runs ("… of Foreign Affairs"), and where one run holds
 * two names ("Radio Romania and Deutsche Bank").
 */

/**
 * The "and" between two organization names in one run, or -1: both sides end in a head of
 * their own, the right one after two name words at least ("Department of Health and Human
 * Services" stays whole), or the left side ends on a name the gazetteer knows and the right
 * one on a head ("Radio Romania and Deutsche Bank").
 */
export function splitAtAnd(words: Word[], from: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>): number {
  for (let a = from + 2; a < to - 2; a++) {
    if (words[a].text !== 'and') continue;
    const spanning = [...hitAt].some(([start, { last }]) => start < a && last > a);
    if (spanning || isOrgHead(words[a + 1])) return -1;
    const right = organizationHead(words, a + 1, to);
    // "Radio Romania and Deutsche Bank": a left side that ends on a name the gazetteer knows is a
    // name of its own ("House Transportation and Infrastructure Committee" is one committee).
    if (right >= a + 2 && [...hitAt].some(([start, { last }]) => start > from && last === a - 1)) return a;
    // Two name words before the right side's head: "Pelham State University", not "Human Services".
    return organizationHead(words, from, a) !== -1 && right >= a + 3 ? a : -1;
  }
  return -1;
}

/** Index of the last institution head of an organization name in the run, or -1. */
export function organizationHead(words: Word[], from: number, to: number): number {
  // "Institut Pasteur", "Fundación Cinema del Sureste": a head that opens the name in another language.
  if (to - from >= 2 && LEADING_ORG_HEADS.has(words[from].text)) return from;
  // "University of North Carolina at Chapel Hill": the campus after "at" (the only "at" a run
  // holds) is a place by its nature; the institution's own name decides.
  const campus = words.slice(from, to).findIndex((word) => word.text === 'at');
  const core = campus > 0 ? from + campus : to;
  if (VENUE_HEADS.has(words[core - 1].text)) return -1;
  // "Institute for Energy Futures": an earlier head that takes "of"/"for" names the whole run.
  for (let i = from; i < to - 2; i++) {
    if (isOrgHead(words[i]) && ['of', 'for', 'on'].includes(words[i + 1].text)) return i;
  }
  for (let i = to - 1; i >= from; i--) {
    if (i > from && HEADS_AFTER_HEAD.has(words[i].text) && isOrgHead(words[i - 1]) && !(i + 1 < to && isRoleWord(words[i + 1]))) return i;
    if (!isOrgHead(words[i])) continue;
    // "Energy Minister …", "Health Ministry spokesman": a field before a title, not an institution.
    if (i + 1 < to && isTitleWord(words[i + 1]) && isRoleWord(words[i + 1])) continue;
    if ((words[i].text === 'Center' || words[i].text === 'Centre') && i > from && VENUE_BEFORE_HEAD.has(words[i - 1].text)) return -1;
    const introducesName = ['of', 'for', 'on'].includes(words[i + 1]?.text ?? '') && i + 2 < to;
    if (i === from && !introducesName) return -1; // a lone "Council" is not a name
    return i;
  }
  return -1;
}

export function organizationMention(
  words: Word[], from: number, head: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>, scope: Scope,
): { mention: OrganizationMention; rest: number; country?: RawMention | null } | null {
  // "… Ministry of Foreign Affairs": the name runs on through "of …"; otherwise it ends at the head.
  let end = head + 1;
  if (end < to && (words[end].text === 'of' || words[end].text === 'for' || words[end].text === 'on')) end = to;
  if (head === from && LEADING_ORG_HEADS.has(words[head].text)) end = to;
  let countryCode: string | null = null;
  const leading = hitAt.get(from);
  if (leading && (leading.hit.entry.type === 'demonym' || leading.hit.entry.type === 'country')) countryCode = leading.hit.entry.code;
  for (let i = head + 1; i < end; i++) {
    const inner = hitAt.get(i);
    if (inner?.hit.entry.type === 'country') countryCode = inner.hit.entry.code;
  }
  // "University of Tarrow Bellfield Leyla Haddad": a given name and a surname end the run as a person.
  // The name keeps a word after its "of": "Norvik Institute of Marine Technology" holds no "Marine".
  for (let k = head + 3; k < end - 1; k++) {
    const surname = words[k + 1];
    if (k + 2 === end && words[k].capitalized && isGivenName(words[k].text) && !isOrgHead(words[k]) && !hitAt.has(k) && !hitAt.has(k + 1)
      && surname.capitalized && !isOrgHead(surname) && !VENUE_HEADS.has(surname.text) && !STATE_WORDS.has(surname.text)) {
      end = k;
      break;
    }
  }
  // "Pelham State University of the US": a named institution's country, said after it, is no part of its name.
  let country: RawMention | null = null;
  const countryAfter = hitAt.get(head + 3);
  if (end === to && head > from && words[head + 1]?.text === 'of' && words[head + 2]?.text === 'the' && countryAfter?.last === to - 1 && countryAfter.hit.entry.type === 'country') {
    country = fromGazetteer(words, head + 3, to, countryAfter.hit.entry, scope);
    end = head + 1;
  }
  const where = span(words, from, end, scope);
  const acronym = words[end]?.text === '(' && definesAcronym(words[end + 1]?.text ?? '') && words[end + 2]?.text === ')' ? words[end + 1].text : null;
  const generic = words.slice(from, end).every((word) => TITLE_MODIFIERS.has(word.text) || ORG_HEADS.has(word.text) || CONNECTORS.has(word.text) || word.text === 'Affairs');
  if (country?.kind === 'COUNTRY') countryCode = country.code;
  return {
    mention: { kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: where.text, known: null, acronym, generic, countryCode, tentative: false },
    rest: country ? to : end,
    country,
  };
}
