import { COUNTRY_DESCRIPTIONS } from '../lexicon/countries.js';
import { GENERIC_INSTITUTIONS } from '../lexicon/organizations.js';
import { span, type RawMention, type Scope } from './mention-types.js';
import { isPossessive, type Word } from './words.js';

/** Institutions and countries named in lower case, where the capitalised runs do not reach. */

/**
 * The last words of GENERIC_INSTITUTIONS ("department", "ministry", "court" …): a pair is
 * built and looked up only before one of them, not at every word of every sentence.
 */
const INSTITUTION_LAST_WORDS: ReadonlySet<string> = new Set([...GENERIC_INSTITUTIONS].map((pair) => pair.slice(pair.lastIndexOf(' ') + 1)));

/** "the treasury department", "Russia's foreign ministry": a lower-case name for one institution. */
export function findGenericInstitutions(words: Word[], covered: boolean[], scope: Scope, into: RawMention[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    if (covered[i] || !INSTITUTION_LAST_WORDS.has(words[i + 1].text.toLowerCase())) continue;
    const pair = `${words[i].text} ${words[i + 1].text}`.toLowerCase();
    if (!GENERIC_INSTITUTIONS.has(pair)) continue;
    const determiner = words[i - 1].text.toLowerCase();
    const modifier = into.find((mention) => mention.kind === 'COUNTRY' && mention.end === words[i - 1].end);
    if (determiner !== 'the' && !isPossessive(words[i - 1]) && !modifier) continue;
    const owner = modifier ?? (isPossessive(words[i - 1]) ? into.find((mention) => mention.kind === 'COUNTRY' && mention.end === words[i - 2]?.end) : undefined);
    const where = span(words, i, i + 2, scope);
    into.push({
      kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: titleCase(pair), known: null, acronym: null, generic: true,
      countryCode: owner?.kind === 'COUNTRY' ? owner.code : null, tentative: false,
    });
    i++;
  }
}

const titleCase = (phrase: string) => phrase.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

/** COUNTRY_DESCRIPTIONS by word (the first row of a word, as a search of the table would give). */
const DESCRIPTION_OF = new Map<string, (typeof COUNTRY_DESCRIPTIONS)[number]>();
for (const row of COUNTRY_DESCRIPTIONS) if (!DESCRIPTION_OF.has(row.word)) DESCRIPTION_OF.set(row.word, row);

/** "the North" for North Korea, in a document that names North Korea. */
export function findCountryDescriptions(words: Word[], scope: Scope, into: RawMention[]): void {
  for (let i = 1; i < words.length; i++) {
    const description = DESCRIPTION_OF.get(words[i].text);
    if (!description || words[i - 1].text.toLowerCase() !== 'the' || words[i + 1]?.capitalized) continue;
    into.push({ kind: 'COUNTRY', ...span(words, i - 1, i + 1, scope), sentence: scope.sentence, code: description.code, form: 'description', requires: description.requires });
  }
}
