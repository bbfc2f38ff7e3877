/**
 * Benchmark corpus: grows the gold fixture articles into N distinct documents.
 *
 * Each template is cut once into literal text and slots: country mentions (name, demonym,
 * capital) and name-like capitalised words (given names, surnames, words of organization
 * names). A document fills every slot of one template from seeded pools, consistently within
 * the document ("Kirby" becomes the same surname wherever it stood), and shifts its dates.
 * Pools are drawn with a Zipf law, so some people, organizations and countries recur across
 * many documents and surnames collide: entity resolution has real work, as on real news.
 *
 * The generator reads only the template texts, never our extractor, so the corpus stays the
 * same while the code under test changes and benchmark runs remain comparable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLD_FOLDER = fileURLToPath(new URL('../fixtures/gold', import.meta.url));
export const DEFAULT_SEED = 20240528;

export interface BenchDocument {
  path: string;
  text: string;
  /** Whitespace-separated words, as `wc -w` counts them. */
  words: number;
}

export interface Corpus {
  documents: BenchDocument[];
  words: number;
  /** The country most documents are rewritten to mention: a query target sure to have statements. */
  topCountry: string;
  /** The full name written most often: a query target sure to be a person. */
  topPerson: string;
}

// ---------------------------------------------------------------------------------------
// Deterministic randomness

import { seededRandom } from '../../src/train/seeded-random.js';

export { seededRandom };

/** One seed per document, so any document can be generated on its own (and in any order). */
function documentSeed(seed: number, index: number, attempt: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const value of [index, attempt]) {
    h = Math.imul(h ^ value, 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  }
  return (h ^ (h >>> 16)) >>> 0;
}

/** Samples indexes 0..size-1 with P(i) ∝ 1/(i+1)^exponent: a few frequent items, a long tail. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent = 1) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i++) this.cumulative[i] = total += 1 / (i + 1) ** exponent;
    for (let i = 0; i < size; i++) this.cumulative[i] /= total;
  }

  sample(random: () => number): number {
    const target = random();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

// ---------------------------------------------------------------------------------------
// Pools

/** name | demonym | capital. Real countries, so the gazetteer can find the rewritten ones. */
const COUNTRIES: Array<[name: string, demonym: string, capital: string]> = [
  ['United States', 'American', 'Washington'], ['United Kingdom', 'British', 'London'],
  ['North Korea', 'North Korean', 'Pyongyang'], ['South Korea', 'South Korean', 'Seoul'],
  ['Russia', 'Russian', 'Moscow'], ['China', 'Chinese', 'Beijing'], ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Iran', 'Iranian', 'Tehran'], ['Oman', 'Omani', 'Muscat'], ['France', 'French', 'Paris'],
  ['Germany', 'German', 'Berlin'], ['Netherlands', 'Dutch', 'Amsterdam'], ['Norway', 'Norwegian', 'Oslo'],
  ['Denmark', 'Danish', 'Copenhagen'], ['Spain', 'Spanish', 'Madrid'], ['Portugal', 'Portuguese', 'Lisbon'],
  ['Brazil', 'Brazilian', 'Brasília'], ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  ['Philippines', 'Philippine', 'Manila'], ['United Arab Emirates', 'Emirati', 'Abu Dhabi'],
  ['Canada', 'Canadian', 'Ottawa'], ['Saudi Arabia', 'Saudi', 'Riyadh'], ['Estonia', 'Estonian', 'Tallinn'],
  ['Finland', 'Finnish', 'Helsinki'], ['Sweden', 'Swedish', 'Stockholm'], ['Poland', 'Polish', 'Warsaw'],
  ['Italy', 'Italian', 'Rome'], ['Japan', 'Japanese', 'Tokyo'], ['India', 'Indian', 'New Delhi'],
  ['Pakistan', 'Pakistani', 'Islamabad'], ['Turkey', 'Turkish', 'Ankara'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['Kenya', 'Kenyan', 'Nairobi'], ['South Africa', 'South African', 'Pretoria'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Argentina', 'Argentine', 'Buenos Aires'],
  ['Paraguay', 'Paraguayan', 'Asunción'], ['Uruguay', 'Uruguayan', 'Montevideo'],
  ['Venezuela', 'Venezuelan', 'Caracas'], ['Uganda', 'Ugandan', 'Kampala'], ['Senegal', 'Senegalese', 'Dakar'],
  ['Austria', 'Austrian', 'Vienna'], ['Australia', 'Australian', 'Canberra'], ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Vietnam', 'Vietnamese', 'Hanoi'], ['Thailand', 'Thai', 'Bangkok'], ['Chile', 'Chilean', 'Santiago'],
  ['Colombia', 'Colombian', 'Bogotá'], ['Peru', 'Peruvian', 'Lima'], ['Ghana', 'Ghanaian', 'Accra'],
  ['Greece', 'Greek', 'Athens'], ['Ireland', 'Irish', 'Dublin'], ['Hungary', 'Hungarian', 'Budapest'],
  ['Democratic Republic of the Congo', 'Congolese', 'Kinshasa'],
];
type CountryForm = 0 | 1 | 2; // index into a COUNTRIES row

const GIVEN_NAMES = `Aaron Abdul Adaeze Ahmed Aiko Alejandro Alice Amara Amina Ana Andrei Anika Arjun Astrid Aylin
  Beatriz Bilal Bongani Camila Carlos Chen Chiara Chloe Daniel Dara Diego Dmitri Elena Emeka Emil Emma Esra Fatima
  Felix Femi Fiona Gabriel Grace Hana Hannah Hassan Helga Hiroshi Ibrahim Ines Ingrid Isaac Ivan Jamal Javier Jin
  Joao Jonas Julia Kaito Karim Katarzyna Kwame Laila Lars Leila Lena Liam Lucia Luis Magnus Maya Mehmet Mei Miguel
  Mina Mohammed Nadia Naledi Nikos Nora Olga Omar Oscar Paulo Priya Rafael Rania Ravi Rosa Sakura Samir Sara Sergio
  Sofia Somchai Stefan Tariq Tomas Uche Valentina Viktor Wei Yara Yusuf Zainab Zoltan`.split(/\s+/).filter(Boolean);

const ONSETS = ['B', 'C', 'D', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W', 'Br', 'Ch', 'Dr', 'Gr', 'Kr', 'St', 'Th', 'Tr', 'Vr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const MIDDLES = ['l', 'n', 'r', 'v', 'm', 'nd', 'rk', 'st', 'lv', 'sh', 'nt', 'rr', 'ss', 'k', 'd', 'b'];
const SURNAME_ENDINGS = ['', 'son', 'sen', 'ez', 'ova', 'ski', 'ane', 'elli', 'ari', 'ovic', 'stad', 'er', 'ow', 'in', 'ado', 'ey'];
const ORG_ENDINGS = ['ex', 'ia', 'on', 'ar', 'ix', 'ora', 'ent', 'ium', 'eon', 'ava'];

/** Invented words with a shape of their own (surnames, brand names), unique within the pool. */
function inventWords(count: number, endings: string[], random: () => number): string[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = 1 + Math.floor(random() * 2);
    let word = pick(ONSETS) + pick(VOWELS);
    for (let i = 1; i < syllables; i++) word += pick(MIDDLES) + pick(VOWELS);
    word += pick(MIDDLES) + pick(endings);
    if (word.length >= 5) words.add(word);
  }
  return [...words];
}

interface Pools {
  given: string[];
  surname: string[];
  org: string[];
  /** Per country group, rows in the order of their Zipf rank (the first is the most written about). */
  countries: Record<CountryGroup, number[]>;
  givenLaw: Zipf;
  surnameLaw: Zipf;
  orgLaw: Zipf;
  countryLaw: Record<CountryGroup, Zipf>;
}

/**
 * Countries news writes with "the" ("the United States") stay in their group, so a rewrite
 * never produces "the Mexico" or drops a needed "the".
 */
type CountryGroup = 'plain' | 'withThe';
const WRITTEN_WITH_THE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'Democratic Republic of the Congo']);
const groupOf = (row: number): CountryGroup => (WRITTEN_WITH_THE.has(COUNTRIES[row][0]) ? 'withThe' : 'plain');

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Pools grow with the corpus, so 10× the documents also brings more distinct names, not only repeats. */
function makePools(size: number, seed: number): Pools {
  const random = seededRandom(seed);
  const surname = inventWords(Math.max(1000, size), SURNAME_ENDINGS, random);
  const org = inventWords(Math.max(300, Math.ceil(size / 4)), ORG_ENDINGS, random);
  const rows = shuffled(COUNTRIES.map((_, index) => index), random);
  const countries = { plain: rows.filter((row) => groupOf(row) === 'plain'), withThe: rows.filter((row) => groupOf(row) === 'withThe') };
  return {
    given: shuffled(GIVEN_NAMES, random),
    surname,
    org,
    countries,
    // Flatter than Zipf's 1 for names: the most common surname is a few percent of all, as in news.
    givenLaw: new Zipf(GIVEN_NAMES.length, 0.6),
    surnameLaw: new Zipf(surname.length, 0.7),
    orgLaw: new Zipf(org.length, 0.8),
    countryLaw: { plain: new Zipf(countries.plain.length, 1), withThe: new Zipf(countries.withThe.length, 1) },
  };
}

// ---------------------------------------------------------------------------------------
// Templates

type WordRole = 'given' | 'surname' | 'org';

type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'country'; slot: number; form: CountryForm }
  | { kind: 'word'; slot: number; role: WordRole; original: string; /** a surname slot follows: this writes a full name */ fullNameWith?: number }
  | { kind: 'date'; iso: string };

export interface Template {
  name: string;
  segments: Segment[];
  /** The group of the country each country slot held in the template. */
  countrySlots: CountryGroup[];
  wordSlots: WordRole[];
}

/**
 * Capitalised words that are never names: calendar, titles, honorifics, sources the cleaner
 * must still see, and common words the templates only write capitalised ("White House").
 */
const NOT_NAMES = new Set(`January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  Mr Mrs Ms Dr Prof Professor Sir Dame Lord Lady President Vice-President Minister Secretary Mayor Councillor Judge
  Colonel General Maj Senator Chief Executive Prime Deputy Vice King Queen Advisor Reporter Correspondent Leaders
  Reuters Yonhap AFP Getty Images Photo Photograph Associated Press Xinhua Tasnim Lusa Kremlin Pentagon Congress
  Parliament Europe European Europeans Union Nations Islamic Republic Bolivarian Korea Korean North South Arab Gulf
  Asia Africa African Americas Atlantic Pacific Caribbean Baltic Middle East West Western Eastern Northern Southern
  Central International National Federal Democratic People Ukrainians Spaniard Britain England White House Square
  Palais Park Lake Mountain Affairs Medicine Industry Championship Football Operation Crime Justice Mortgage
  Petroleum Zero Clock Commerce Science Article Shield Rail Studies Everything Somebody Until Steady Green Small
  Silver Golden Common Control Reserve Transport Trades Social Rec Reporting Editing`.split(/\s+/));

/** Endings of English common words ("Immunization", "Accountability", "Municipal"), for words of 6 letters or more. */
const COMMON_ENDING = /(?:tion|sion|ment|ness|ship|ity|ics|ory|ary|ure|ive|ous|ical|ial|ral|nal|pal|tal|able|ible|ful|less|ism|ist|ies|ing)$/;

/** Names here are written in Latin script; a trailing line in another script stays as it is. */
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’-]+$/u;

/** Heads that make a run of capitalised words an institution: its name-like words come from the organization pool. */
const ORG_HEADS = new Set(`Group Bank Corporation Council Party Union Holdings Securities Investments Homes Biologics
  Chemical Dynamics Energy Athletic FC Authority Agency Institute University Pictures Ports Association Federation
  Service Commission Committee Fund Ministry Department Office Court Courier Alliance Centre Center Limited Club
  Studios Foundation Network Times Post News`.split(/\s+/));

const PARTICLES = new Set(['von', 'van', 'de', 'der', 'da', 'dos', 'del', 'bin', 'al', 'le', 'la']);
const CAPITALISED_WORD = /\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{Lu}?[\p{L}\p{M}]+)*/uy;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/y;
const LOWER_WORD = /\p{Ll}[\p{L}\p{M}-]*/gu;
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{M}\d]/u.test(char);

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Country surface forms, longest first, so "South Korean" wins over "South Korea". */
const COUNTRY_FORMS: Array<{ text: string; row: number; form: CountryForm }> = COUNTRIES
  .flatMap((row, index) => row.map((text, form) => ({ text, row: index, form: form as CountryForm })))
  .sort((a, b) => b.text.length - a.text.length);

function countryAt(text: string, at: number): { text: string; row: number; form: CountryForm } | undefined {
  if (isLetter(text[at - 1])) return undefined;
  return COUNTRY_FORMS.find((form) => text.startsWith(form.text, at) && !isLetter(text[at + form.text.length]));
}

/** A word that starts a sentence is capitalised anyway: it counts as a name only if it also appears mid-sentence. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:[.!?:"“]\s+|\n\s*|^\s*)$/.test(before);
}

/** Cuts a template into literal text and slots. `lowerWords` holds every lower-case word of all templates. */
export function parseTemplate(name: string, text: string, lowerWords: ReadonlySet<string>): Template {
  const countrySlotOf = new Map<number, number>();
  const words: Array<Token & { sentenceStart: boolean }> = [];
  const marks: Array<{ start: number; end: number; make: () => Segment }> = [];

  for (let at = 0; at < text.length; at++) {
    const country = countryAt(text, at);
    if (country) {
      const slot = countrySlotOf.get(country.row) ?? countrySlotOf.size;
      countrySlotOf.set(country.row, slot);
      marks.push({ start: at, end: at + country.text.length, make: () => ({ kind: 'country', slot, form: country.form }) });
      at += country.text.length - 1;
      continue;
    }
    if (isLetter(text[at - 1])) continue;
    ISO_DATE.lastIndex = at;
    const date = ISO_DATE.exec(text);
    if (date) {
      const iso = date[0];
      marks.push({ start: at, end: at + iso.length, make: () => ({ kind: 'date', iso }) });
      at += iso.length - 1;
      continue;
    }
    CAPITALISED_WORD.lastIndex = at;
    const word = CAPITALISED_WORD.exec(text);
    if (word) {
      words.push({ start: at, end: at + word[0].length, text: word[0], sentenceStart: startsSentence(text, at) });
      at += word[0].length - 1;
    }
  }

  const nameLike = nameLikeWords(text, words, lowerWords);
  const roles = wordRoles(text, words, nameLike);
  const wordSlotOf = new Map<string, number>();
  const wordSlots: WordRole[] = [];
  for (const word of words) {
    if (!nameLike.has(word.text)) continue;
    let slot = wordSlotOf.get(word.text);
    if (slot === undefined) {
      slot = wordSlots.length;
      wordSlotOf.set(word.text, slot);
      wordSlots.push(roles.get(word.text)!);
    }
    const wordSlot = slot;
    marks.push({ start: word.start, end: word.end, make: () => ({ kind: 'word', slot: wordSlot, role: wordSlots[wordSlot], original: word.text }) });
  }

  marks.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, mark.start) });
    segments.push(mark.make());
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  linkFullNames(segments);
  const countrySlots: CountryGroup[] = [];
  for (const [row, slot] of countrySlotOf) countrySlots[slot] = groupOf(row);
  return { name, segments, countrySlots, wordSlots };
}

/**
 * Name-like: never written in lower case and not a known non-name, and seen at least once
 * mid-sentence, or starting a sentence right before such a word ("John Kirby, …" opening a
 * paragraph): a capitalised sentence opener alone ("Asked", "Meanwhile") is no name.
 */
function nameLikeWords(text: string, words: Array<Token & { sentenceStart: boolean }>, lowerWords: ReadonlySet<string>): Set<string> {
  const candidate = (word: string): boolean =>
    LATIN_WORD.test(word) && !NOT_NAMES.has(word) && !ORG_HEADS.has(word) && !lowerWords.has(word.toLowerCase()) &&
    !(word.length >= 6 && COMMON_ENDING.test(word));
  const midSentence = new Set(words.filter((word) => !word.sentenceStart && candidate(word.text)).map((word) => word.text));
  const openers = words.filter((word, index) => {
    if (!word.sentenceStart || !candidate(word.text)) return false;
    const next = capitalisedRunFrom(text, words, index)[1];
    return next !== undefined && midSentence.has(next.text);
  });
  return new Set([...midSentence, ...openers.map((word) => word.text)]);
}

/**
 * The role a name-like word plays, by its neighbours: in a capitalised run ending in an
 * institution head it belongs to an organization; followed by another name it is a given
 * name; otherwise a surname. Organization wins over given name, given name over surname.
 */
function wordRoles(text: string, words: Token[], nameLike: ReadonlySet<string>): Map<string, WordRole> {
  const rank: Record<WordRole, number> = { surname: 0, given: 1, org: 2 };
  const roles = new Map<string, WordRole>();
  words.forEach((word, index) => {
    if (!nameLike.has(word.text)) return;
    const run = capitalisedRunFrom(text, words, index);
    const next = run[1];
    let role: WordRole = 'surname';
    if (ORG_HEADS.has(run[run.length - 1].text) && run.length > 1) role = 'org';
    else if (next && nameLike.has(next.text)) role = 'given';
    const previous = roles.get(word.text);
    if (!previous || rank[role] > rank[previous]) roles.set(word.text, role);
  });
  return roles;
}

/** Words that follow one another separated by a space or a name particle ("Ulrike von Hassel"). */
function capitalisedRunFrom(text: string, words: Token[], index: number): Token[] {
  const run = [words[index]];
  for (let i = index + 1; i < words.length; i++) {
    const gap = text.slice(run[run.length - 1].end, words[i].start);
    const parts = gap.split(' ');
    const joined = parts.length >= 2 && parts[0] === '' && parts[parts.length - 1] === '' && parts.slice(1, -1).every((part) => PARTICLES.has(part));
    if (!joined) break;
    run.push(words[i]);
  }
  return run;
}

/** A given-name slot followed by a surname slot writes a full name; counted to find the most written-about person. */
function linkFullNames(segments: Segment[]): void {
  for (let i = 0; i + 2 < segments.length; i++) {
    const first = segments[i];
    const gap = segments[i + 1];
    const last = segments[i + 2];
    if (first.kind === 'word' && first.role === 'given' && gap.kind === 'text' && gap.text === ' ' && last.kind === 'word' && last.role === 'surname') {
      first.fullNameWith = last.slot;
    }
  }
}

/** The gold articles (.txt only), parsed, in file-name order. */
export function loadTemplates(folder = GOLD_FOLDER): Template[] {
  const files = readdirSync(folder).filter((file) => file.endsWith('.txt')).sort();
  const texts = files.map((file) => readFileSync(join(folder, file), 'utf8'));
  const lowerWords = new Set(texts.flatMap((text) => text.match(LOWER_WORD) ?? []));
  return files.map((file, index) => parseTemplate(file, texts[index], lowerWords));
}

// ---------------------------------------------------------------------------------------
// Documents

const DAY_MS = 86_400_000;
const MAX_SHIFT_DAYS = 5 * 365;

interface Filled {
  text: string;
  countries: string[];
  fullNames: string[];
}

/** One country per slot, of the slot's group, never twice in a document (two countries must not merge by chance). */
function drawCountries(slots: CountryGroup[], pools: Pools, random: () => number): number[] {
  const used = new Set<number>();
  return slots.map((group) => {
    const members = pools.countries[group];
    let row = members[pools.countryLaw[group].sample(random)];
    for (let tries = 0; used.has(row) && tries < 1000; tries++) row = members[pools.countryLaw[group].sample(random)];
    used.add(row);
    return row;
  });
}

function shiftDate(iso: string, days: number): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return new Date(time - days * DAY_MS).toISOString().slice(0, 10);
}

function fillTemplate(template: Template, pools: Pools, random: () => number): Filled {
  const countryRows = drawCountries(template.countrySlots, pools, random);
  const filled = fillWords(template.wordSlots, pools, random);
  const shift = Math.floor(random() * MAX_SHIFT_DAYS);

  const parts: string[] = [];
  const countries: string[] = [];
  const fullNames: string[] = [];
  for (const segment of template.segments) {
    switch (segment.kind) {
      case 'text':
        parts.push(segment.text);
        break;
      case 'country': {
        const row = COUNTRIES[countryRows[segment.slot]];
        parts.push(row[segment.form]);
        if (segment.form === 0) countries.push(row[0]);
        break;
      }
      case 'word':
        parts.push(filled[segment.slot]);
        if (segment.fullNameWith !== undefined) fullNames.push(`${filled[segment.slot]} ${filled[segment.fullNameWith]}`);
        break;
      case 'date':
        parts.push(shiftDate(segment.iso, shift));
        break;
    }
  }
  return { text: parts.join(''), countries, fullNames };
}

function fillWords(roles: WordRole[], pools: Pools, random: () => number): string[] {
  const used = new Set<string>();
  return roles.map((role) => {
    const [pool, law] = role === 'given' ? [pools.given, pools.givenLaw] : role === 'org' ? [pools.org, pools.orgLaw] : [pools.surname, pools.surnameLaw];
    let word = pool[law.sample(random)];
    for (let tries = 0; used.has(word) && tries < 100; tries++) word = pool[law.sample(random)];
    used.add(word);
    return word;
  });
}

const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** `size` distinct documents from the templates, the same for the same seed. */
export function generateCorpus(size: number, seed = DEFAULT_SEED, templates = loadTemplates()): Corpus {
  const pools = makePools(size, seed);
  const seen = new Set<string>();
  const countryCounts = new Map<string, number>();
  const personCounts = new Map<string, number>();
  const documents: BenchDocument[] = [];
  let words = 0;

  for (let index = 0; index < size; index++) {
    const template = templates[index % templates.length];
    let filled: Filled;
    // Distinct documents: the store deduplicates by content, so a repeat would not be ingest work.
    for (let attempt = 0; ; attempt++) {
      filled = fillTemplate(template, pools, seededRandom(documentSeed(seed, index, attempt)));
      if (!seen.has(filled.text)) break;
    }
    seen.add(filled.text);
    for (const country of new Set(filled.countries)) countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    for (const person of new Set(filled.fullNames)) personCounts.set(person, (personCounts.get(person) ?? 0) + 1);
    const documentWords = countWords(filled.text);
    words += documentWords;
    documents.push({ path: `bench-${String(index).padStart(6, '0')}-${template.name}`, text: filled.text, words: documentWords });
  }
  return { documents, words, topCountry: mostFrequent(countryCounts), topPerson: mostFrequent(personCounts) };
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
