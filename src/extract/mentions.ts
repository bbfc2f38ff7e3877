import { EVENT_OPENERS, NON_ORGANIZATION_ACRONYMS, NON_ORGANIZATION_FOLLOWERS, NON_ORGANIZATION_NAMES, ORG_STOP_STARTS, VENUE_HEADS } from '../lexicon/organizations.js';
import { HONORIFICS, NAME_PARTICLES, NOT_IN_PERSON_NAMES, PLACE_OPENERS, POST_NOMINALS, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/people.js';
import { CUE_LEMMAS } from '../lexicon/cues.js';
import type { GazetteerHit } from './gazetteer.js';
import { isGivenName, opensPersonName } from './given-names.js';
import { endsOnModelLetters, namedWithItsKind, namesProduct, nationalBranch } from './name-kinds.js';
import { isQuoteMark } from './quotes.js';
import type { Sentence } from './sentences.js';
import type { Evidence } from '../graph/facts.js';
import type { Word } from './words.js';
import { combineWithRules, type ContextName } from './context-entities.js';
import { readAppositions } from './appositions.js';
import { readMemberships } from './memberships.js';
import { confirmListedPeople } from './listed-people.js';
import { findLeadersByEponym } from './eponyms.js';
import { findCountryDescriptions, findGenericInstitutions } from './generic-mentions.js';
import { isRoleWord, isTitleWord, namedOrganization, span, type DocumentScope, type OrganizationMention, type RawMention, type Scope } from './mention-types.js';
import { ACRONYM, INITIALS, lowerCaseRoleBefore, surnameSeat, titleOrganization, venueEnd, wholeQuotation } from './name-parts.js';
import { CONNECTORS, TITLE_INTERROGATIVES, capitalizedRuns, isOrgHead } from './capitalized-runs.js';
import { fromGazetteer, isLocation } from './gazetteer-mentions.js';
import { organizationHead, organizationMention, splitAtAnd } from './organization-mentions.js';

/**
 * Raw mentions in one sentence (types in mention-types.ts): capitalised runs
 * (capitalized-runs.ts) classified as people, organizations (organization-mentions.ts) and
 * countries with their titles, gazetteer hits (gazetteer-mentions.ts), and the entity
 * tagger's names; appositions (appositions.ts) and lower-case institutions
 * (generic-mentions.ts) added after.
 */
export type { CountryMention, DocumentScope, OrganizationMention, PersonMention, RawMention } from './mention-types.js';

/** People are not "the Golden Caravel": a determiner before a bare capitalised phrase marks a thing. */
const ARTICLES_BEFORE_NAME = new Set(['the', 'a', 'an', 'its', 'their']);

/** `words` are the sentence's words (toWords); `names` what the entity tagger read in them (context-entities.ts). */
export function findMentions(sentence: Sentence, words: Word[], hits: GazetteerHit[], document: DocumentScope, names: ContextName[]): RawMention[] {
  // Spelled out: a spread per sentence cost as much as the gazetteer alignment.
  const scope: Scope = { text: document.text, lowerCaseWords: document.lowerCaseWords, productWords: document.productWords, surnames: document.surnames, sentence: sentence.index };
  const hitAt = alignHits(words, hits);
  let mentions: RawMention[] = [];
  const covered = new Array<boolean>(words.length).fill(false);

  for (const [from, to] of capitalizedRuns(words, hitAt, scope)) {
    classifyRun(words, from, to, hitAt, scope, mentions);
    covered.fill(true, from, to);
  }
  findGenericInstitutions(words, covered, scope, mentions);
  findCountryDescriptions(words, scope, mentions);
  mentions = combineWithRules(words, names, mentions, scope, sentence.index);
  mentions.sort((a, b) => a.start - b.start);
  confirmListedPeople(words, mentions);
  readAppositions(words, mentions, scope);
  readMemberships(words, mentions, names, scope);
  findLeadersByEponym(words, mentions, scope);
  // Appositions may add an employer no rule typed.
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** Gazetteer hits indexed by the word they start at (only hits that align with word edges). */
function alignHits(words: Word[], hits: GazetteerHit[]): Map<number, { hit: GazetteerHit; last: number }> {
  const byStart = new Map<number, { hit: GazetteerHit; last: number }>();
  let w = 0;
  for (const hit of hits) {
    while (w < words.length && words[w].start < hit.start) w++;
    if (w >= words.length) break;
    if (words[w].start !== hit.start) continue;
    let last = w;
    while (last < words.length && words[last].end < hit.end) last++;
    if (last < words.length && words[last].end === hit.end) byStart.set(w, { hit, last });
  }
  return byStart;
}

function classifyRun(
  words: Word[], from: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>, scope: Scope, into: RawMention[],
): void {
  // A capitalised phrase in quote marks is a title or a nickname: “The Long Polder”, "Amber Shield".
  if (isQuoteMark(words[from - 1]?.text) && isQuoteMark(words[to]?.text) && !hitAt.has(from)) return;
  while (to > from && (CONNECTORS.has(words[to - 1].text) || NAME_PARTICLES.has(words[to - 1].text))) to--;
  while (from < to && ORG_STOP_STARTS.has(words[from].text) && !hitAt.has(from)) from++;
  if (from >= to) return;
  // "the DAX fell", "the KOSPI index", "the Webb telescope": an index or an instrument, no one's name.
  if (!hitAt.has(from) && (NON_ORGANIZATION_FOLLOWERS.has(words[to]?.text ?? '') || (to - from <= 2 && NON_ORGANIZATION_NAMES.has(to - from === 1 ? words[from].text : `${words[from].text} ${words[from + 1].text}`)))) return;

  if (to - from === 1 && ACRONYM.test(words[from].text) && !hitAt.has(from)) {
    // An acronym names an organization ("NASA", "the ADPL"); a two-letter one only if the document defines it.
    const where = span(words, from, to, scope);
    const datelineCity = from === 0 && ['/', ','].includes(words[1]?.text ?? '');
    // "IE9", "XVII"; the letters after a model's number: "the 737 MAX".
    const notAName = /\d/.test(where.text) || /^[IVXLC]+$/.test(where.text) || /^\d/.test(words[from - 1]?.text ?? '');
    const tentative = where.text.length < 3 || where.text.length > 5 || datelineCity || notAName || NON_ORGANIZATION_ACRONYMS.has(where.text) || scope.lowerCaseWords.has(where.text.toLowerCase());
    into.push({ kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: where.text, known: null, acronym: where.text, generic: false, countryCode: null, tentative });
    return;
  }
  const whole = hitAt.get(from);
  if (whole && whole.last === to - 1) {
    const mention = fromGazetteer(words, from, to, whole.hit.entry, scope);
    if (mention) into.push(mention);
    return;
  }

  // "the British Red Cross": a country's branch of an international body.
  const branch = nationalBranch(words, from, to, hitAt);
  if (branch) {
    into.push(namedOrganization(span(words, from, to, scope), scope, branch));
    return;
  }

  // "Halvern Institute of Technology and Pelham State University": two institutions, each with its own head.
  const and = splitAtAnd(words, from, to, hitAt);
  if (and !== -1) {
    classifyRun(words, from, and, hitAt, scope, into);
    classifyRun(words, and + 1, to, hitAt, scope, into);
    return;
  }

  // "Kessler & Vance", "Procter & Gamble": firms.
  const ampersand = words.slice(from, to).findIndex((word) => word.text === '&');
  const head = ampersand > 0 && from + ampersand < to - 1 ? to - 1 : organizationHead(words, from, to);
  if (head !== -1) {
    const org = organizationMention(words, from, head, to, hitAt, scope);
    if (org) {
      into.push(org.mention);
      if (org.country) into.push(org.country);
      if (org.rest < to) classifyPerson(words, org.rest, to, hitAt, scope, into, org.mention);
      return;
    }
  }
  // "told al-Ikhbariya television", "the services union Verdi": the kind of body, said beside its name.
  if (!hitAt.has(from) && to - from <= 3 && namedWithItsKind(words, from, to, scope.lowerCaseWords)) {
    into.push(namedOrganization(span(words, from, to, scope), scope));
    return;
  }
  classifyPerson(words, from, to, hitAt, scope, into, null);
}

function classifyPerson(
  words: Word[], from: number, to: number, hitAt: Map<number, { hit: GazetteerHit; last: number }>, scope: Scope, into: RawMention[],
  affiliatedOrg: OrganizationMention | null,
): void {
  // Leading gazetteer names are modifiers: "U.S. President …", "Russian Defense Minister …".
  let countryCode: string | null = null;
  const affiliations: RawMention[] = affiliatedOrg ? [affiliatedOrg] : [];
  let i = from;
  for (let hit = hitAt.get(i); hit && i < to; hit = hitAt.get(i)) {
    // A capital inside a longer name is part of a place's name: "Washington Foreign Press Center".
    const mention = hit.hit.entry.type === 'seat' && hit.last + 1 < to ? null : fromGazetteer(words, i, hit.last + 1, hit.hit.entry, scope);
    if (mention) {
      into.push(mention);
      if (mention.kind === 'COUNTRY') countryCode = mention.code;
      else affiliations.push(mention);
    }
    i = hit.last + 1;
  }
  if (i >= to) return;
  if (namesProduct(words, from, i, to, hitAt)) return;

  // The title runs up to the last role word that still leaves a name after it:
  // "Science Minister Cho Hyun-woo", "Mr. Kim", "Defense Minister Sergei Shoigu".
  const titleStart = i;
  let honorific: string | null = null;
  // "Minister of Education Valdira Onset": the run starts after "Minister of"; its field words are the portfolio.
  const portfolioOf = i === from && words[from - 1]?.text === 'of' && !!words[from - 2] && words[from - 2].capitalized && isRoleWord(words[from - 2]);
  if (portfolioOf) while (i < to - 1 && (TITLE_MODIFIERS.has(words[i].text) || words[i].text === 'Affairs' || (i > from && words[i].text === 'and'))) i++;
  for (let k = i; k < to - 1; k++) {
    if (HONORIFICS.has(words[k].text) || words[k].text === '.') {
      if (HONORIFICS.has(words[k].text)) honorific = words[k].text;
      i = k + 1;
    } else if (isRoleWord(words[k]) && words[k].capitalized) {
      i = k + 1;
    } else if (!(isTitleWord(words[k]) || (words[k].capitalized && k + 1 < to && words.slice(k + 1, to - 1).some((word) => isRoleWord(word) && word.capitalized)))) {
      break;
    }
  }
  while (words[i]?.text === '.') i++;
  // "Minister of Education Paola Ferrante": the title takes its "of …" up to a given name.
  if (i > titleStart && ['of', 'for'].includes(words[i]?.text ?? '') && words.slice(titleStart, i).some(isRoleWord)) {
    const given = words.findIndex((word, index) => index > i && index < to - 1 && isGivenName(word.text) && words[index + 1].capitalized);
    if (given !== -1) i = given;
  }
  const roles: Evidence[] = [];
  if (portfolioOf && i > titleStart) roles.push(span(words, from - 2, i, scope));
  const titleWords = words.slice(titleStart, i).filter((word) => !HONORIFICS.has(word.text) && word.text !== '.');
  if (titleWords.some(isRoleWord)) {
    const last = i - 1 - [...words.slice(titleStart, i)].reverse().findIndex((word) => !HONORIFICS.has(word.text) && word.text !== '.');
    // "FAA Administrator Daniel Okafor": an acronym opening the title is the employer, the rest the role.
    const employer = titleOrganization(words, titleStart, last, scope);
    if (employer) {
      into.push(employer);
      affiliations.push(employer);
    }
    roles.push(span(words, employer ? titleStart + 1 : titleStart, last + 1, scope));
  }
  if (i >= to) return;

  // The name: capitalised words and particles, never a head word of an institution or place.
  let end = i;
  while (end < to && !isOrgHead(words[end]) && !venueEnd(words, i, end) && (!hitAt.has(end) || surnameSeat(words, hitAt, i, end, to)) && !NOT_IN_PERSON_NAMES.has(words[end].text) && !POST_NOMINALS.has(words[end].text)) end++;
  if (end === i || EVENT_OPENERS.has(words[i].text) || PLACE_OPENERS.has(words[i].text)) return;
  // "Nonpartisan Paul Tse", "Yesterday Mohamed …": a capitalised word before a given name opens no name.
  if (end - i >= 2 && i === titleStart && !opensPersonName(words[i].text) && opensPersonName(words[i + 1].text) && (i === 0 || words[i].pos !== 'PROPN')) i++;
  const nameWords = words.slice(i, end).map((word) => word.text);
  if (nameWords.every((word) => NAME_PARTICLES.has(word) || ACRONYM.test(word))) return;
  // "Doctor Who", "Guess Who": a name holding a question word is a work's title, no one's name.
  if (endsOnModelLetters(nameWords) || nameWords.some((word) => TITLE_INTERROGATIVES.has(word))) return;
  // A place's head word left alone after a capitalised word ("Road" of "Plenty Road") names no
  // one; opening the run, it may be a surname ("Park said").
  if (nameWords.length === 1 && words[i - 1]?.capitalized && VENUE_HEADS.has(nameWords[0])) return;

  // Clues before the name: "North Korean leader Kim Jong-un", "Chinese Communist Party politburo member Li".
  const before = lowerCaseRoleBefore(words, from, into, scope);
  if (before) {
    roles.push(before.role);
    if (before.country) countryCode ??= before.country;
    if (before.org) affiliations.push(before.org);
  }
  const hasTitle = roles.length > 0 || honorific !== null;
  if (!hasTitle && (isLocation(words, from) || ARTICLES_BEFORE_NAME.has(words[from - 1]?.text.toLowerCase() ?? '') || wholeQuotation(words, i, end))) return;
  if (nameWords.every((word) => ROLE_NOUNS.has(word.toLowerCase()) || TITLE_MODIFIERS.has(word))) return;

  const next = words[end];
  const previous = words[from - 1];
  const speechNear = (next && CUE_LEMMAS.has(next.lemma) && next.pos === 'VERB') || (previous !== undefined && CUE_LEMMAS.has(previous.lemma) && previous.pos === 'VERB');
  const allProper = words.slice(i, end).every((word) => word.pos === 'PROPN' || NAME_PARTICLES.has(word.text));
  // A lone capitalised common noun ("Prosecutors said") is no name.
  // "Traders said", "Prosecutors say": a lone word ending in -s that opens a sentence is a group,
  // unless it names someone already known ("Jones said" links to Tom Jones).
  const plural = nameWords.length === 1 && /s$/.test(words[i].text) && (words[i].lemma !== words[i].text.toLowerCase() || /^[A-Z]+s$/.test(words[i].text) || i === 0);
  const commonWord = nameWords.length === 1 && scope.lowerCaseWords.has(words[i].text.toLowerCase());
  const plausible = (nameWords.length >= 2 || words[i].pos === 'PROPN' || hasTitle) && !plural && !commonWord;
  // Two capitalised words are a person when the first opens a name ("Kristen Wilkins", "Li
  // Hongzhong") or the name has a person's shape ("Kim Jong-un", "Ursula von der Leyen");
  // otherwise only when a title, a speech verb or an apposition says so ("Internet Explorer" is none).
  // "Rukhsana, 42, said": a name followed by an age.
  const aged = next?.text === ',' && /^\d{1,3}$/.test(words[end + 1]?.text ?? '') && words[end + 2]?.text === ',';
  // "N. Vasquel", "J.R. Tandy": initials before a surname are a person's (a scorecard's names).
  const personShape = aged || nameWords.length >= 2 && (opensPersonName(nameWords[0]) || INITIALS.test(nameWords[0])
    || nameWords.some((word) => /\p{L}-\p{L}/u.test(word) || NAME_PARTICLES.has(word)));
  // A word the document writes as a company's product ("Chrome" of "Google Chrome") names only someone named in full.
  const product = nameWords.length === 1 && !hasTitle && scope.productWords.has(nameWords[0]);
  const tentative = product || !(plausible || aged) || (!hasTitle && !speechNear && !(personShape && allProper) && !(personShape && next?.text === ','));
  into.push({
    kind: 'PERSON', ...span(words, i, end, scope), sentence: scope.sentence, nameWords, honorific, roles, countryCode, affiliations, tentative,
  });
  while (end < to && POST_NOMINALS.has(words[end].text)) end++;
  if (end < to) classifyRun(words, end, to, hitAt, scope, into);
}
