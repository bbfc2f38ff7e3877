import isoCountries from 'i18n-iso-countries';
import { COUNTRY_ROWS, IGNORED_ISO_NAMES, NOT_SOVEREIGN } from '../lexicon/countries.js';
import { CLUBS } from '../lexicon/clubs.js';
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from '../lexicon/organizations.js';

/** What a fixed name in the text stands for. */
export type GazetteerEntry =
  | { type: 'country'; code: string }
  | { type: 'demonym'; code: string }
  | { type: 'seat'; code: string }
  | { type: 'organization'; org: KnownOrganization };

export interface GazetteerHit {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
}

const entries = new Map<string, GazetteerEntry>();
const countryNames = new Map<string, string>();

function add(form: string, entry: GazetteerEntry): void {
  if (form.length < 2 || entries.has(form)) return;
  entries.set(form, entry);
}

// Our table first: its common names and forms win over ISO's.
for (const row of COUNTRY_ROWS) {
  countryNames.set(row.code, row.name);
  add(row.name, { type: 'country', code: row.code });
  for (const alias of row.aliases) add(alias, { type: 'country', code: row.code });
}
for (const org of [...KNOWN_ORGANIZATIONS, ...CLUBS]) {
  add(org.name, { type: 'organization', org });
  for (const alias of org.aliases) add(alias, { type: 'organization', org });
}
for (const row of COUNTRY_ROWS) {
  for (const demonym of row.demonyms) {
    add(demonym, { type: 'demonym', code: row.code });
    // "Ukrainians", "Iraqis", "New Zealanders"; "Chinese", "British", "French" have no plural form.
    if (/(?:an|i|er)$/.test(demonym)) add(`${demonym}s`, { type: 'demonym', code: row.code });
  }
  for (const seat of row.seats) add(seat, { type: 'seat', code: row.code });
}
const isoNames = isoCountries.getNames('en', { select: 'all' }) as Record<string, string[]>;
for (const [code, names] of Object.entries(isoNames)) {
  if (NOT_SOVEREIGN.has(code)) continue; // Hong Kong, Puerto Rico …: places, not countries
  if (!countryNames.has(code)) countryNames.set(code, names.find((name) => !name.includes(',')) ?? names[0]);
  for (const name of names) {
    if (!name.includes(',') && !name.includes('(') && !IGNORED_ISO_NAMES.has(name)) add(name, { type: 'country', code });
  }
}

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "North Korean" wins over "North Korea". Case-sensitive: "US" is never "us".
// The lookahead for a form's first letter comes first: it turns most positions away before the
// lookbehind and the long alternation are tried (108 → 64 µs per document).
const forms = [...entries.keys()].sort((a, b) => b.length - a.length);
const firstLetters = [...new Set(forms.map((form) => form[0]))].map((letter) => letter.replace(/[\]\\^-]/, '\\$&')).join('');
const GAZETTEER = new RegExp(`(?=[${firstLetters}])(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export function findGazetteerHits(cleaned: string): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (const match of cleaned.matchAll(GAZETTEER)) {
    hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], entry: entries.get(match[0])! });
  }
  return hits;
}

/** What a whole name stands for, when the gazetteer knows it ("N. Korea"), else undefined. */
export const gazetteerEntry = (form: string): GazetteerEntry | undefined => entries.get(form);

export const countryName = (code: string): string => countryNames.get(code) ?? code;

/** The adjective that names a country's institutions: "Chinese", "U.S.", else the name. */
export const countryAdjective = (code: string): string =>
  code === 'US' ? 'U.S.' : COUNTRY_ROWS.find((row) => row.code === code)?.demonyms[0] ?? countryName(code);
