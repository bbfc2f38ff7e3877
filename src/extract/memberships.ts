import { VENUE_HEADS } from '../lexicon/organizations.js';
import type { ContextName } from './context-entities.js';
import { isRoleWord, namedOrganization, span, type PersonMention, type RawMention, type Scope } from './mention-types.js';
import { isPossessive, type Word } from './words.js';

/**
 * A name's party, band or club said right beside it: "Marta Quill of Green Hope", "Ada Lind
 * from the Labour Party", "Verdana's Tom Hale". The organization vouches for the person
 * (a bare pair the rules only held as tentative is a person), and a person the rules are sure
 * of vouches for an organization no rule typed ("Joe Marr of The Lanterns").
 */

const MEMBER_PREPOSITIONS = new Set(['of', 'from']);
const MAX_ORGANIZATION_WORDS = 4;

/** `names`: the entity tagger's reading of the sentence, which tells a place ("John Ives of Dallas") from a body. */
export function readMemberships(words: Word[], mentions: RawMention[], names: ContextName[], scope: Scope): void {
  const added: RawMention[] = [];
  const retired = new Set<RawMention>();
  for (const mention of mentions) {
    if (mention.kind !== 'PERSON' || mention.nameWords.length < 2) continue;
    const after = words.findIndex((word) => word.start >= mention.end);
    if (after > 0 && MEMBER_PREPOSITIONS.has(words[after].text)) {
      const first = words[after + 1]?.text === 'the' ? after + 2 : after + 1;
      const organization = mentions.find((other) => other.start === words[first]?.start);
      if (organization?.kind === 'ORGANIZATION' && !organization.tentative) tie(mention, organization);
      else if ((!organization || misreadPerson(organization, words[after].text, names)) && !mention.tentative) {
        const found = organizationAt(words, first, mentions.filter((other) => other !== organization), names, scope);
        if (found) {
          if (organization) retired.add(organization);
          added.push(found);
          tie(mention, found);
        }
      }
    }
    // "Verdana's Tom Hale", "Civic Front's Ana Lim".
    const at = words.findIndex((word) => word.start === mention.start);
    const owner = at >= 2 && isPossessive(words[at - 1]) ? mentions.find((other) => other.end === words[at - 2].end) : undefined;
    if (owner?.kind === 'ORGANIZATION' && !owner.tentative) tie(mention, owner);
  }
  for (let m = mentions.length - 1; m >= 0; m--) if (retired.has(mentions[m])) mentions.splice(m, 1);
  mentions.push(...added);
}

/**
 * A bare "person" right after a person's "of" is the body they belong to ("Joe Marr of The
 * Lanterns", "Tom Hale of Verdana"): no one is "of" another person.
 */
function misreadPerson(mention: RawMention, preposition: string, names: ContextName[]): boolean {
  if (mention.kind !== 'PERSON' || preposition !== 'of' || mention.roles.length > 0 || mention.honorific !== null) return false;
  return !placeReading(mention, names);
}

function tie(person: PersonMention, organization: RawMention): void {
  person.tentative = false;
  if (!person.affiliations.includes(organization)) person.affiliations.push(organization);
}

/**
 * Capitalised words at `first` that no mention covers, up to the end of the phrase, that the
 * tagger does not read as a place and that end on no venue's head: the organization's name.
 */
function organizationAt(words: Word[], first: number, mentions: RawMention[], names: ContextName[], scope: Scope): RawMention | null {
  let last = first;
  while (last < words.length && words[last].capitalized && !isPossessive(words[last]) && last - first < MAX_ORGANIZATION_WORDS) last++;
  if (last === first || words[last]?.capitalized || isPossessive(words[last] ?? words[first]) || ['NOUN', 'PROPN'].includes(words[last]?.pos ?? '')) return null;
  if (isRoleWord(words[first]) || VENUE_HEADS.has(words[last - 1].text) || (last - first === 1 && scope.lowerCaseWords.has(words[first].text.toLowerCase()))) return null;
  const where = span(words, first, last, scope);
  if (mentions.some((other) => other.start < where.end && where.start < other.end)) return null;
  if (placeReading(where, names) || writtenAsPlace(scope.text, where.text)) return null;
  return namedOrganization(where, scope);
}

/** The tagger reads a place there ("John Ives of Dallas"): a hometown, not a body. */
const placeReading = (where: { start: number; end: number }, names: ContextName[]): boolean => names.some((name) => name.type === 'LOC' && name.start < where.end && where.start < name.end);

/** "Gordon of Kilbrae" where the document also says "born in Kilbrae": a place. */
const writtenAsPlace = (text: string, name: string): boolean => text.includes(`in ${name}`) || text.includes(`near ${name}`);
