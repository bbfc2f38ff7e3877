import { NON_ORGANIZATION_ACRONYMS, NON_ORGANIZATION_NAMES } from '../lexicon/organizations.js';
import { startsLowerCase } from './normalize.js';
import { isRoleWord, namedOrganization, span, type OrganizationMention, type RawMention, type Scope } from './mention-types.js';
import { INITIALS } from './name-parts.js';
import { isPossessive, type Word } from './words.js';

/**
 * What a comma after a name adds: "John Kirby, National Security Council coordinator …" a role
 * and an organization, "Wagner, a Russian paramilitary group" a country, "Tobias Kern, an
 * analyst at Berenberg" an employer no table knows.
 */

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
const PHRASE_END = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”', '—', '–']);
const MAX_APPOSITION_WORDS = 16;

/**
 * "John Kirby, National Security Council coordinator for strategic communications, …" gives a
 * role and an organization; "Wagner, a Russian paramilitary group, …" gives a country.
 */
export function readAppositions(words: Word[], mentions: RawMention[], scope: Scope): void {
  for (const mention of mentions) {
    if (mention.kind === 'COUNTRY') continue;
    let j = words.findIndex((word) => word.start >= mention.end);
    if (j === -1 || words[j].text !== ',') continue;
    const from = j + 1;
    let to = from;
    let depth = 0;
    while (to < words.length && to - from < MAX_APPOSITION_WORDS) {
      const text = words[to].text;
      if (text === '(') depth++;
      else if (text === ')') depth--;
      else if (depth === 0 && PHRASE_END.has(text)) break;
      to++;
    }
    if (to === from || to - from >= MAX_APPOSITION_WORDS) continue;
    const inside = mentions.filter((other) => other.start >= words[from].start && other.end <= words[to - 1].end);
    if (mention.kind === 'ORGANIZATION') {
      const demonym = inside.find((other) => other.kind === 'COUNTRY');
      if (demonym?.kind === 'COUNTRY' && ARTICLES.has(words[from].text.toLowerCase())) mention.countryCode ??= demonym.code;
      continue;
    }
    const roleAt = words.slice(from, to).findIndex((word) => !word.capitalized && isRoleWord(word));
    // "Sen. Luis Carrera, D-N.M., a former military pilot": an initial alone is no one the role describes.
    if (roleAt === -1 || INITIALS.test(mention.text)) continue;
    let start = from + roleAt;
    while (start > from && startsLowerCase(words[start - 1].text) && !ARTICLES.has(words[start - 1].text) && !inside.some((other) => other.end === words[start - 1].end)) start--;
    let end = to;
    for (let k = start + 1; k < to - 1; k++) {
      const preposition = ['for', 'at', 'of', 'with', 'in'].includes(words[k].text);
      const objectAt = ARTICLES.has(words[k + 1].text) ? k + 2 : k + 1;
      if (preposition && inside.some((other) => other.kind !== 'PERSON' && other.start === words[objectAt]?.start)) {
        end = k;
        break;
      }
    }
    // "Tobias Kern, an analyst at Berenberg": a name no rule typed, after the role's "at", is the employer.
    if (end === to) {
      const employer = employerAfterRole(words, start, to, mentions, scope);
      if (employer) {
        end = employer.at;
        mentions.push(employer.mention);
        inside.push(employer.mention);
      }
    }
    if (end <= start) continue;
    mention.roles.push(span(words, start, end, scope));
    for (const other of inside) {
      if (other.kind === 'ORGANIZATION') mention.affiliations.push(other);
      else if (other.kind === 'COUNTRY') mention.countryCode ??= other.code;
    }
    mention.tentative = false;
  }
}

/** Prepositions after which an apposition's capitalised name is the person's employer: "an analyst at Berenberg". */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'with', 'for']);
const MAX_EMPLOYER_WORDS = 4;

/**
 * The first "at|with|for (the) Name" after the role word in [start, to), where Name is
 * capitalised words ("&", "of" between them) that no mention covers and that run to the end of
 * the apposition or to a comma-free lower-case word: an organization the tables never heard of.
 */
function employerAfterRole(words: Word[], start: number, to: number, mentions: RawMention[], scope: Scope): { at: number; mention: OrganizationMention } | null {
  for (let k = start + 1; k < to - 1; k++) {
    if (!EMPLOYER_PREPOSITIONS.has(words[k].text)) continue;
    const first = words[k + 1].text.toLowerCase() === 'the' ? k + 2 : k + 1;
    let last = first;
    while (last < to && (words[last].capitalized || (last > first && last + 1 < to && ['&', 'of'].includes(words[last].text) && words[last + 1].capitalized))) last++;
    // "a spokeswoman for the Brackenfield sheriff's office": a name that modifies a lower-case body is not the body's name.
    const modifies = !!words[last] && (isPossessive(words[last]) || ['NOUN', 'ADJ', 'PROPN'].includes(words[last].pos));
    if (last === first || last - first > MAX_EMPLOYER_WORDS || !words[last - 1].capitalized || modifies) return null;
    const text = words[first].text;
    if (NON_ORGANIZATION_NAMES.has(text) || NON_ORGANIZATION_ACRONYMS.has(text) || isRoleWord(words[first])) return null;
    const where = span(words, first, last, scope);
    if (mentions.some((other) => other.start < where.end && where.start < other.end)) return null;
    return { at: k, mention: namedOrganization(where, scope) };
  }
  return null;
}
