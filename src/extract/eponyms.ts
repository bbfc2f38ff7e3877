import { ORG_HEADS } from '../lexicon/organizations.js';
import { isRoleWord, span, type RawMention, type Scope } from './mention-types.js';
import type { Word } from './words.js';

/**
 * A leader named by what they led: "the Ferrante government", "the Carter administration". The
 * surname between "the" and such a noun is a person (an article before a bare name otherwise
 * marks a thing), whom coreference links to the full name when the text gives it.
 */
const LED_BY_NAME = new Set(['government', 'administration', 'cabinet', 'presidency', 'premiership', 'chancellorship', 'era']);

export function findLeadersByEponym(words: Word[], mentions: RawMention[], scope: Scope): void {
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i];
    if (!LED_BY_NAME.has(words[i + 1].text) || words[i - 1].text.toLowerCase() !== 'the' || !word.capitalized || word.pos !== 'PROPN') continue;
    if (ORG_HEADS.has(word.text) || isRoleWord(word) || scope.lowerCaseWords.has(word.text.toLowerCase())) continue;
    const at = mentions.findIndex((mention) => mention.start < word.end && word.start < mention.end);
    const taken = at !== -1 ? mentions[at] : null;
    // A country, an organization or a person with a title already there keeps its reading.
    if (taken && !(taken.kind === 'PERSON' && taken.tentative && taken.start === word.start && taken.end === word.end)) continue;
    const person: RawMention = { kind: 'PERSON', ...span(words, i, i + 1, scope), sentence: scope.sentence, nameWords: [word.text], honorific: null, roles: [], countryCode: null, affiliations: [], tentative: false };
    if (taken) mentions[at] = person;
    else mentions.push(person);
  }
}
