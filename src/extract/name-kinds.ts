import { MEDIA_FOLLOWERS } from '../lexicon/organizations.js';
import { NAMED_BODY_KINDS, HONORIFICS, POST_NOMINALS } from '../lexicon/people.js';
import type { GazetteerHit } from './gazetteer.js';
import { opensPersonName } from './given-names.js';
import { isCommonInNews } from './learned/word-clusters.js';
import { isRoleWord, isTitleWord } from './mention-types.js';
import type { Word } from './words.js';

/**
 * What kind of thing a capitalised name is, read from the words around it rather than from a
 * list of names: a product's model ("Windows XP"), a company's product ("Apple Music"), a body
 * named with its kind ("the schools Santo Spirito and Immacolata", "Tanjug news agency"), a
 * country's branch of an international body ("the British Red Cross").
 */

/**
 * "Windows XP", "Galaxy S", "Office 365": a name ending on capital letters or a number is a
 * product's model, never a person's (a person's letters after the name are post-nominals,
 * "KC", "III", and are no part of it).
 */
export function endsOnModelLetters(nameWords: string[]): boolean {
  const last = nameWords[nameWords.length - 1];
  return nameWords.length >= 2 && MODEL_LETTERS.test(last) && !POST_NOMINALS.has(last) && !/^[IVX]+$/.test(last);
}
const MODEL_LETTERS = /^(?:\p{Lu}{1,4}|\d+)$/u;

/**
 * "Apple Music added subscribers", "Google Chrome keeps gaining": a known organization's name
 * run straight into a bare name is the organization's product or unit, never a person's name
 * (a person is written with a title between: "Google CEO Sundar Pichai"). What follows must
 * not open with a given name, and after an organization that is also a given name ("Everton
 * Soares", "Dell Curry") only common words ("Music", "Pay") name a product.
 */
export function namesProduct(words: Word[], from: number, rest: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>): boolean {
  if (rest === from || hitAt.get(from)?.hit.entry.type !== 'organization') return false;
  return isProductOf(words[from].text, words.slice(rest, to));
}

function isProductOf(company: string, rest: Word[]): boolean {
  if (rest.length === 0 || opensPersonName(rest[0].text)) return false;
  if (rest.some((word) => isTitleWord(word) || HONORIFICS.has(word.text))) return false;
  return !opensPersonName(company) || rest.every((word) => isCommonInNews(word.text));
}

/**
 * The words a document names products with: the one capitalised word right after a known
 * company ("Google Chrome" gives "Chrome"), so that "Chrome continues to surge" elsewhere in it
 * names no person either.
 */
export function productWordsOf(words: Word[][], hits: GazetteerHit[][]): Set<string> {
  const products = new Set<string>();
  for (let s = 0; s < words.length; s++) {
    if (hits[s].length === 0) continue;
    const sentence = words[s];
    let k = 0;
    for (const hit of hits[s]) {
      if (hit.entry.type !== 'organization') continue;
      while (k < sentence.length && sentence[k].end < hit.end) k++;
      const next = sentence[k + 1];
      if (k >= sentence.length || sentence[k].end !== hit.end || !next?.capitalized || sentence[k + 2]?.capitalized) continue;
      if (isProductOf(sentence[k].text, [next])) products.add(next.text);
    }
  }
  return products;
}

/**
 * Is the name at `from` said with the kind of body it is: right after it ("the newspaper
 * Record"), or in a list after its plural ("the schools Santo Spirito and Immacolata", "the
 * banks Berenberg, Metzler and Hauck", "bands such as The Velvet Underground")?
 */
function bodyKindBefore(words: Word[], from: number): boolean {
  const before = words[from - 1];
  if (!before) return false;
  if (NAMED_BODY_KINDS.has(before.text) || isBodyKinds(before, -1)) return true;
  // Back over the list's earlier names, separators and a "The" to the word that opens it.
  let k = from - 1;
  while (k > 0 && from - k < LIST_REACH && (words[k].capitalized || words[k].text === ',' || words[k].text === 'and')) k--;
  if (k === from - 1 && !LIST_OPENERS.has(words[k].text)) return false;
  if (isBodyKinds(words[k], -1)) return words[k + 1]?.capitalized;
  if (!LIST_OPENERS.has(words[k].text)) return false;
  // "bands such as …", "groups included …", "such bands as …".
  const kind = words[k - 1]?.text === 'such' ? k - 2 : k - 1;
  return (kind >= 0 && isBodyKinds(words[kind], kind)) || (words[k].text === 'as' && words[k - 2]?.text === 'such' && k >= 1 && isBodyKinds(words[k - 1], k - 1));
}

/** Words between a plural kind and its list: "companies such as …", "groups including …", "clubs like …". */
const LIST_OPENERS = new Set(['as', 'including', 'include', 'includes', 'included', 'like']);

/** How many words back a list's opening kind may stand. */
const LIST_REACH = 12;
/** "schools", "companies": the plural of a kind of body (capitalised only opening the sentence: "Schools" is else a name's own word). */
function isBodyKinds(word: Word, index: number): boolean {
  if (!word.text.endsWith('s')) return false;
  if (!word.capitalized) return word.text !== word.lemma && NAMED_BODY_KINDS.has(word.lemma);
  // Opening the sentence before "such as", "like", "including" ("Companies such as …"), where the
  // tagger reads it as a name, lemma and all; `index` is -1 where no opening plural may count.
  const lower = word.text.toLowerCase();
  return index === 0 && NAMED_BODY_KINDS.has(lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1));
}

/**
 * Is the name [from, to) an outlet, by the medium said right after it ("al-Ikhbariya
 * television", "Tanjug news agency")? Lower-case only ("Israel Radio" is a name of its own),
 * and a lone word the document also writes in lower case ("State television") is no name.
 */
function mediaAfter(words: Word[], from: number, to: number, lowerCaseWords: ReadonlySet<string>): boolean {
  const next = words[to];
  if (!next || next.capitalized) return false;
  const medium = next.text.toLowerCase();
  const two = `${medium} ${words[to + 1]?.text.toLowerCase() ?? ''}`;
  if (!MEDIA_FOLLOWERS.has(medium) && !MEDIA_FOLLOWERS.has(two)) return false;
  if (medium === 'news' && !MEDIA_FOLLOWERS.has(two)) return false;
  return !(to - from === 1 && lowerCaseWords.has(words[from].text.toLowerCase()));
}

/**
 * "the British Red Cross", "the Syrian Red Crescent": a demonym right before an international
 * body the gazetteer knows (one of no country) names that country's own branch, a body of its
 * own, when the two make the whole phrase; "a British United Nations envoy" and "a Russian IMF
 * loan" are the body itself, said of a country. Returns the branch's country, or null.
 */
export function nationalBranch(words: Word[], from: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>): string | null {
  const demonym = hitAt.get(from);
  if (demonym?.hit.entry.type !== 'demonym') return null;
  const body = hitAt.get(demonym.last + 1);
  if (body?.hit.entry.type !== 'organization' || body.last !== to - 1 || body.hit.entry.org.country !== null) return null;
  const next = words[to];
  return next && (next.pos === 'NOUN' || next.pos === 'PROPN') ? null : demonym.hit.entry.code;
}

/**
 * Is the name [from, to) said with the kind of body it is: the medium after it ("al-Ikhbariya
 * television") or the kind before it ("the services union Verdi", "the schools X and Y")? No
 * title or honorific inside, and not "advocacy group Citizens' Digital Rights Federation", a
 * possessive inside a longer name.
 */
export function namedWithItsKind(words: Word[], from: number, to: number, lowerCaseWords: ReadonlySet<string>): boolean {
  const names = words.slice(from, to);
  if (names.some((word) => isTitleWord(word) || HONORIFICS.has(word.text))) return false;
  if (mediaAfter(words, from, to, lowerCaseWords)) return true;
  const nameGoesOn = (words[to]?.text === "'" || words[to]?.text === '’') && !words[to].spaceBefore && words[to + 1]?.capitalized;
  return bodyKindBefore(words, from) && !nameGoesOn && !names.some(isRoleWord);
}

