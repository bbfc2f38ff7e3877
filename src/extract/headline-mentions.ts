import type { ExtractedEntity, ExtractedMention, Span } from '../graph/facts.js';
import { gazetteerEntry } from './gazetteer.js';

/**
 * The headline's mentions of what the body names: "… to Russia: Kirby" mentions John Kirby,
 * "SOCCER - DUNMERE BEAT HARWICK" both clubs. The guide annotates the body only, so the
 * headline adds no entity; it adds evidence to the ones the body found, by the forms the body
 * wrote them in (a mention's text, a name, an alias, a person's surname). A headline in capitals
 * is read without case, by forms of four letters or more ("US" is no "us").
 */

/** Sentence number of a headline mention: the headline is no sentence of the body. */
export const HEADLINE_SENTENCE = -1;
const MIN_CASELESS_FORM = 4;

export function headlineMentions(text: string, title: Span | null, entities: ExtractedEntity[], mentions: ExtractedMention[]): ExtractedMention[] {
  if (!title || mentions.length === 0) return [];
  const headline = text.slice(title.start, title.end);
  const caseless = !/\p{Ll}/u.test(headline);
  const forms = new Map<string, string>();
  const add = (form: string, key: string) => {
    if (form.length < 2 || (caseless && form.length < MIN_CASELESS_FORM)) return;
    const written = caseless ? form.toUpperCase() : form;
    if (!forms.has(written)) forms.set(written, key);
  };
  const named = new Set<string>();
  for (const mention of mentions) {
    add(mention.text, mention.entityKey);
    named.add(mention.entityKey);
  }
  for (const entity of entities) {
    if (!named.has(entity.key)) continue;
    add(entity.name, entity.key);
    for (const alias of entity.aliases) add(alias, entity.key);
    if (entity.kind === 'PERSON') add(entity.name.split(' ').pop()!, entity.key);
  }
  const seen = caseless ? headline.toUpperCase() : headline;
  const found: ExtractedMention[] = [];
  const at = (from: number, to: number, entityKey: string) =>
    found.push({ entityKey, text: text.slice(title.start + from, title.start + to), start: title.start + from, end: title.start + to, sentence: HEADLINE_SENTENCE });
  // A country by any of its forms the gazetteer knows: "N. Korea" of a body that wrote "North Korea".
  const countryOf = (form: string): string | undefined => {
    const entry = caseless ? undefined : gazetteerEntry(form);
    const code = entry && entry.type !== 'organization' ? entry.code : null;
    return code ? entities.find((entity) => entity.code === code && named.has(entity.key))?.key : undefined;
  };
  // The longest form that starts at each word, left to right: a handful of lookups per word,
  // whatever the number of forms.
  const words = [...seen.matchAll(HEADLINE_WORD)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + MAX_FORM_WORDS) - 1; j >= i; j--) {
      // "Kirby." at the headline's end: the form without its full stop.
      let form = seen.slice(words[i].start, words[j].end);
      let entityKey = forms.get(form) ?? countryOf(form);
      if (entityKey === undefined && form.endsWith('.')) {
        form = form.slice(0, -1);
        entityKey = forms.get(form) ?? countryOf(form);
      }
      if (entityKey === undefined) continue;
      at(words[i].start, words[i].start + form.length, entityKey);
      i = j;
      break;
    }
  }
  return found;
}

/** A headline's word, with the full stops and joins inside it ("N.", "U.S.", "Saint-Germain", "O'Neill"), not a possessive's "'s". */
const HEADLINE_WORD = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+|['’](?![sS]\b)[\p{L}\p{N}]+)*\.?/gu;
/** The longest name form looked up, in words. */
const MAX_FORM_WORDS = 6;

