import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { nameKey } from '../extract/normalize.js';
import { NOT_SOVEREIGN } from '../lexicon/countries.js';
import { parseConllu, type Mention, type ParsedDocument, type Sentence, type Word } from './conllu.js';
import type { GoldDocument, GoldEntity, GoldPair } from './gold.js';

/**
 * GUM news (Zeldes 2017; see ../shared/gum-news/README.md) → our gold format, entities only.
 *
 * Reads the CoNLL-U files rather than the WebAnno TSV: they carry the original spacing
 * ("North Korea's", not "North Korea 's"), paragraph breaks, the creation date, one id per
 * coreference chain, and the POS tags and dependencies that tell a name ("Donald Trump")
 * from a description ("The President") or a title ("U.S. President").
 */

/** Where the GUM news subset lives, relative to the repository root. */
export const GUM_NEWS_FOLDER = '../shared/gum-news';

type GoldKind = 'people' | 'organizations' | 'countries';

/** Every `conllu/*.conllu` document of the GUM folder as an article text with its gold entities. */
export async function loadGumFolder(folder: string): Promise<GoldPair[]> {
  const conllu = join(folder, 'conllu');
  const files = (await readdir(conllu)).filter((file) => file.endsWith('.conllu')).sort();
  return Promise.all(files.map(async (file) => convertGumDocument(await readFile(join(conllu, file), 'utf8'))));
}

/**
 * One GUM document → `{ name, text, gold }`. The text is laid out like our news files: the
 * headline (GUM's first sentence), the creation date, a blank line, then the paragraphs.
 * Only entities named in the body are gold: our extractor never reads the headline as body.
 */
export function convertGumDocument(conllu: string): GoldPair {
  const parsed = parseConllu(conllu);
  const text = layOutArticle(parsed);
  const gold: GoldDocument = { file: `${parsed.id}.txt`, people: [], organizations: [], countries: [], statements: [] };
  if (parsed.dateCreated) gold.publishedAt = parsed.dateCreated;
  const candidates = goldEntities(parsed, text);
  for (const entity of candidates) addEntity(gold[entity.kind], entity, (other) => nameKey(other.name) === nameKey(entity.name));
  foldLoneSurnames(gold.people);
  return { name: parsed.id, text, gold };
}

/** One named mention of a GUM document: the proper-name part of the phrase, typed as GUM types it. */
export interface GumNameSpan {
  start: number;
  end: number;
  /** GUM's entity type: person, organization, place, object, event, abstract, … */
  type: string;
  identity: string | null;
}

/**
 * One GUM document → its article text (laid out as convertGumDocument does) and every name
 * span in it, headline included: the training data of the entity recognizer (src/train/ner.ts).
 */
export function gumNameSpans(conllu: string): { name: string; text: string; spans: GumNameSpan[] } {
  const parsed = parseConllu(conllu);
  const text = layOutArticle(parsed);
  const spans: GumNameSpan[] = [];
  for (const mention of parsed.mentions) {
    const words = nameSpan(parsed, mention);
    if (words) spans.push({ start: words[0].start, end: words[words.length - 1].end, type: mention.type, identity: mention.identity });
  }
  return { name: parsed.id, text, spans };
}

/** Adds the entity, or its forms to the one already listed that `isSame` picks. */
function addEntity(list: GoldEntity[], entity: GoldEntity, isSame: (other: GoldEntity) => boolean): void {
  const twin = list.find((other) => other !== entity && isSame(other));
  if (twin) twin.aliases = distinctForms(twin.name, [...(twin.aliases ?? []), entity.name, ...(entity.aliases ?? [])]);
  else list.push({ name: entity.name, aliases: entity.aliases });
}

/**
 * GUM sometimes leaves a later bare surname in a chain of its own ("Devocht" after "Tom
 * Devocht"). A one-word person name that ends exactly one other person's name is that person.
 */
function foldLoneSurnames(people: GoldEntity[]): void {
  const owner = (surname: GoldEntity) => {
    const owners = people.filter((other) => other !== surname && nameKey(other.name).split(' ').at(-1) === nameKey(surname.name));
    return owners.length === 1 ? owners[0] : undefined;
  };
  for (const person of [...people]) {
    if (person.name.includes(' ') || person.aliases?.length) continue;
    const full = owner(person);
    if (!full) continue;
    people.splice(people.indexOf(person), 1);
    addEntity(people, person, (other) => other === full);
  }
}

// ---------------------------------------------------------------------------------------
// Article text

/**
 * Headline, ISO date line, blank line, then paragraphs separated by blank lines; fixes word
 * offsets. A photo credit gets a paragraph of its own, as on the page, not glued to its caption.
 */
function layOutArticle(document: ParsedDocument): string {
  const [headline, ...body] = document.sentences;
  let text = '';
  const append = (sentence: Sentence, separator: string) => {
    text += separator;
    for (const word of sentence.words) {
      word.start += text.length;
      word.end += text.length;
    }
    text += sentence.text;
  };
  append(headline, '');
  text += document.dateCreated ? `\n${document.dateCreated}\n` : '\n';
  body.forEach((sentence, index) => append(sentence, index === 0 ? '\n' : sentence.startsParagraph || CREDIT_LINE.test(sentence.text) ? '\n\n' : ' '));
  return `${text}\n`;
}

// ---------------------------------------------------------------------------------------
// Entities

interface Candidate {
  kind: GoldKind;
  name: string;
  aliases: string[];
}

/** One candidate per coreference chain that GUM types as a person, organization or country and the body names. */
function goldEntities(document: ParsedDocument, text: string): Candidate[] {
  const nameSpans = new Map<Mention, Word[]>();
  for (const mention of document.mentions) {
    const span = nameSpan(document, mention);
    if (span) nameSpans.set(mention, span);
  }
  const chains = new Map<string, Mention[]>();
  for (const mention of document.mentions) chains.set(mention.chain, [...(chains.get(mention.chain) ?? []), mention]);

  const candidates: Candidate[] = [];
  for (const mentions of chains.values()) {
    const identity = mostFrequent(mentions.map((mention) => mention.identity).filter((value): value is string => value !== null));
    const kind = goldKind(mostFrequent(mentions.map((mention) => mention.type)), identity);
    if (!kind) continue;
    const forms = mentions
      .filter((mention) => mention.sentence > 0 && nameSpans.has(mention) && !insideAnotherName(mention, nameSpans))
      .map((mention) => surface(text, nameSpans.get(mention)!));
    if (forms.length) candidates.push(nameEntity(kind, identity, forms, text));
  }
  return candidates;
}

function goldKind(type: string | undefined, identity: string | undefined): GoldKind | null {
  if (type === 'person') return 'people';
  if ((type === 'organization' || type === 'place') && identity && sovereignCountryCode(identity)) return 'countries';
  return type === 'organization' ? 'organizations' : null;
}

/**
 * Name = the Wikipedia identity when the text writes it (any case), else the longest name form
 * written; countries always take their Wikipedia title, which is the common English name
 * ("United States") even when the text only says "U.S.". Aliases = the other forms written.
 * A person's alias must share a word with the name: "One Rohingya" is not Muhammad Amin.
 */
function nameEntity(kind: GoldKind, identity: string | undefined, forms: string[], text: string): Candidate {
  const title = identity ? wikipediaName(identity) : null;
  const longest = [...forms].sort((a, b) => b.length - a.length)[0];
  const name = title && (kind === 'countries' || text.toLowerCase().includes(title.toLowerCase())) ? title : longest;
  const nameWords = new Set(name.toLowerCase().split(/[\s-]+/));
  const sharesAWord = (form: string) => form.toLowerCase().split(/[\s-]+/).some((word) => nameWords.has(word));
  return { kind, name, aliases: distinctForms(name, kind === 'people' ? forms.filter(sharesAWord) : forms) };
}

function distinctForms(name: string, forms: string[]): string[] {
  const seen = new Set([nameKey(name)]);
  return forms.filter((form) => !seen.has(nameKey(form)) && seen.add(nameKey(form)));
}

/** "Democratic_Party_%28Hong_Kong%29" (already URL-decoded) → "Democratic Party". */
const wikipediaName = (identity: string): string => identity.replace(/_/g, ' ').replace(/\s*\([^)]*\)$/, '');

/** A name inside another entity's name is not its own mention: "Mexico" in "Mexico City", "Ruritania" in "Bank of Ruritania". */
function insideAnotherName(mention: Mention, nameSpans: Map<Mention, Word[]>): boolean {
  const words = nameSpans.get(mention)!;
  for (const [other, span] of nameSpans) {
    if (other.chain === mention.chain || other.sentence !== mention.sentence || span.length <= words.length) continue;
    if (words.every((word) => span.includes(word))) return true;
  }
  return false;
}

const surface = (text: string, words: Word[]): string => text.slice(words[0].start, words[words.length - 1].end);

function mostFrequent<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// ---------------------------------------------------------------------------------------
// Name spans: the proper-name part of a mention, or null for pronouns and descriptions

/**
 * GUM mentions are whole noun phrases ("U.S. President Donald Trump's", "Yonhap news agency").
 * The name is a run of capitalised words; a run made of other entities' nested mentions
 * ("U.S." in "U.S. officials", "Morocco and Iran" in "Teams from Morocco and Iran") does not
 * name this one. The run holding the phrase's head wins; else, for people, a name set beside
 * the head ("team member Rodaba Noori"); for organizations, a proper-noun modifier of it
 * ("Yonhap news agency").
 */
function nameSpan(document: ParsedDocument, mention: Mention): Word[] | null {
  const sentence = document.sentences[mention.sentence];
  if (CREDIT_LINE.test(sentence.text)) return null;
  const words = sentence.words.slice(mention.first, mention.last + 1);
  const nested = nestedWords(document, mention, words);
  const isPerson = mention.type === 'person';
  const runs = capitalisedRuns(words, isPerson ? PERSON_PARTICLES : NAME_CONNECTORS, nested)
    .filter((run) => !isOtherEntitiesName(run, nested))
    .map((run) => (isPerson ? personName(run, words, nested) : trimArticle(run)))
    .filter((run): run is Word[] => !!run && run.some(isProperNoun));
  const head = words.find((word) => word.head < words[0].id || word.head > words[words.length - 1].id);
  const headRun = runs.find((run) => head && run.includes(head));
  if (headRun || !head) return headRun ?? null;
  if (isPerson) return runs.find((run) => isNameBesideNoun(run, words)) ?? null;
  const modifiers = runs.filter((run) => run.every((word) => isProperNoun(word) || NAME_CONNECTORS.has(word.form.toLowerCase())) && !sovereignCountryCode(surfaceOf(run)));
  return modifiers.length ? longestRun(modifiers) : null;
}

/** "team member Rodaba Noori", "Pan-democrat Gary Fan": the name hangs off another word of the phrase. */
const isNameBesideNoun = (run: Word[], words: Word[]): boolean =>
  run.some((word) => (word.deprel === 'flat' || word.deprel === 'appos') && words.some((other) => other.id === word.head && !run.includes(other)));

/** Wikinews credit lines ("Image: Snbehnke.", "Video: …") name photographers, not people in the story. */
const CREDIT_LINE = /^(?:Image|Video|Photo|Audio):/;

/** Words of the mention that belong to a smaller mention of another chain inside it, each with the largest such mention. */
function nestedWords(document: ParsedDocument, mention: Mention, words: Word[]): Map<Word, Mention> {
  const inside = document.mentions
    .filter(
      (other) =>
        other.sentence === mention.sentence && other.chain !== mention.chain && other.first >= mention.first && other.last <= mention.last &&
        other.last - other.first < mention.last - mention.first,
    )
    .sort((a, b) => a.last - a.first - (b.last - b.first));
  return new Map(inside.flatMap((other) => words.slice(other.first - mention.first, other.last - mention.first + 1).map((word) => [word, other] as const)));
}

/**
 * A run that is one nested mention ("U.S." in "U.S. officials") or several joined by connectors
 * ("Morocco and Iran" in "Teams from Morocco and Iran") names other entities; two nested mentions
 * side by side still make one name ("Nature" + "Climate Change" in "journal Nature Climate Change").
 */
function isOtherEntitiesName(run: Word[], nested: Map<Word, Mention>): boolean {
  const named = run.filter((word) => nested.has(word) || startsCapitalOrDigit(word));
  return named.every((word) => nested.has(word)) && run.every((word, index) => index === 0 || !nested.has(run[index - 1]) || !nested.has(word) || nested.get(run[index - 1]) === nested.get(word));
}

/** Lower-case words that sit inside institution names: "Church of Scientology", "New People's Party". */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'at', '&', "'s", 'de', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von']);
/** Lower-case particles inside personal names: "Suleiman al-Amr", "Ludwig van Beethoven". */
const PERSON_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'del', 'da', 'di', 'du', 'dos', 'la', 'le']);
/**
 * Titles and role words GUM tags as proper nouns before a name ("Prime Minister", "Major general",
 * "Undersecretary for Education Mr."); hand-picked from the GUM news people, plus common honorifics.
 */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'ambassador', 'general', 'major', 'lieutenant', 'colonel', 'captain',
  'admiral', 'sergeant', 'chief', 'director', 'chairman', 'chairwoman', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'sen.', 'governor',
  'mayor', 'judge', 'justice', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheriff', 'detective', 'professor', 'prof.', 'emeritus',
  'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'sir', 'lord', 'rev.', 'reverend', 'bishop', 'cardinal', 'sheikh', 'coach', 'editor', 'co-founder',
]);

/**
 * Maximal runs of capitalised words, joined by the given lower-case connectors and by hyphens
 * ("Cheng Chung-tai"). A possessive after another entity ends the run ("Thailand's Foreign
 * Ministry"), and so does an institution after "at" ("… Museum at Skidmore College"), unlike a
 * place ("University of North Carolina at Greensboro").
 */
function capitalisedRuns(words: Word[], connectors: Set<string>, nested: Map<Word, Mention>): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const isJoiner = (word: Word) => word.form === '-' || connectors.has(word.form.toLowerCase());
  const endsOnJoiner = () => isJoiner(run[run.length - 1]) && run[run.length - 2]?.form !== '-'; // "Hau Lung-bin" ends on a name part
  const flush = () => {
    while (run.length && endsOnJoiner()) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  words.forEach((word, index) => {
    const previous = run[run.length - 1];
    const next = words[index + 1];
    const continues =
      startsCapitalOrDigit(word) ||
      (previous?.form === '-' && /^\p{Ll}/u.test(word.form)) ||
      (previous && isJoiner(word) && !(word.form === "'s" && nested.has(previous)) && !(word.form === 'at' && (next?.xpos === 'DT' || nested.get(next)?.type === 'organization')));
    if (continues) run.push(word);
    else flush();
  });
  flush();
  return runs;
}

/** "The US State Department" → "US State Department"; "In Canada" → "Canada". */
function trimArticle(run: Word[]): Word[] {
  let start = 0;
  while (start < run.length && (run[start].xpos === 'DT' || NAME_CONNECTORS.has(run[start].form.toLowerCase()))) start++;
  return run.slice(start);
}

/**
 * A person's name inside a capitalised run: what follows the last title, without nested names
 * or sentence-initial common nouns on the left ("UK Home Secretary Suella Braverman", "Actor
 * Jason Beghe"). Not a person's name: a run after an article ("The President", "the Taliban"),
 * a plural ("Muslims") or one ending on a common noun ("New Zealander").
 */
function personName(run: Word[], mentionWords: Word[], nested: Map<Word, Mention>): Word[] | null {
  if (run.some((word) => word.xpos === 'NNPS')) return null;
  const lastTitle = run.findLastIndex((word) => TITLES.has(word.form.toLowerCase()));
  let name = lastTitle >= 0 && lastTitle < run.length - 1 ? run.slice(lastTitle + 1) : run;
  while (name.length && (nested.has(name[0]) || TITLES.has(name[0].form.toLowerCase()) || !isProperNoun(name[0]))) name = name.slice(1);
  const cut = name.findIndex((word) => nested.has(word));
  if (cut !== -1) name = name.slice(0, cut);
  const last = name[name.length - 1];
  const before = mentionWords[mentionWords.indexOf(name[0]) - 1];
  return last && isProperNoun(last) && /^\p{Lu}/u.test(name[0].form) && before?.xpos !== 'DT' ? name : null;
}

const startsCapitalOrDigit = (word: Word): boolean => /^[\p{Lu}\p{N}]/u.test(word.form);
const isProperNoun = (word: Word): boolean => word.xpos === 'NNP' || word.xpos === 'NNPS';
const longestRun = (runs: Word[][]): Word[] => runs.reduce((best, run) => (run.length > best.length ? run : best));
const surfaceOf = (run: Word[]): string => run.map((word) => word.form).join(' ');

// ---------------------------------------------------------------------------------------
// Countries

/** Wikipedia titles of sovereign states that ISO's English names do not spell that way. */
const WIKIPEDIA_COUNTRY_TITLES: Record<string, string> = {
  Syria: 'SY', Laos: 'LA', Moldova: 'MD', Brunei: 'BN', 'Vatican City': 'VA', 'Federated States of Micronesia': 'FM', 'Republic of Ireland': 'IE',
  'East Timor': 'TL', 'The Bahamas': 'BS', 'Kingdom of the Netherlands': 'NL', 'São Tomé and Príncipe': 'ST', 'Georgia (country)': 'GE',
};


/** ISO alpha-2 code when a Wikipedia identity ("North_Korea", "Georgia_(country)") is a sovereign state. */
export function sovereignCountryCode(identity: string): string | null {
  const title = identity.replace(/_/g, ' ');
  const code = WIKIPEDIA_COUNTRY_TITLES[title] ?? (title.includes('(') ? undefined : isoCountries.getAlpha2Code(title, 'en'));
  return code && !NOT_SOVEREIGN.has(code) ? code : null;
}
