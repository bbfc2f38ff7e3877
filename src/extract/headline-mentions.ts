import type { ExtractedEntity, ExtractedMention, Span } from '../graph/facts.js';
import { findGazetteerHits } from './gazetteer.js';

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
  const taken = new Array<boolean>(seen.length).fill(false);
  // A country by any of its forms the gazetteer knows: "N. Korea" of a body that wrote "North Korea".
  if (!caseless) {
    for (const hit of findGazetteerHits(headline)) {
      const code = hit.entry.type === 'organization' ? null : hit.entry.code;
      const country = code && entities.find((entity) => entity.code === code && named.has(entity.key));
      if (!country) continue;
      taken.fill(true, hit.start, hit.end);
      found.push({ entityKey: country.key, text: hit.text, start: title.start + hit.start, end: title.start + hit.end, sentence: HEADLINE_SENTENCE });
    }
  }
  for (const [form, entityKey] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = seen.indexOf(form); at !== -1; at = seen.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isWordChar(seen[at - 1]) || isWordChar(seen[end]) || taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      const start = title.start + at;
      found.push({ entityKey, text: text.slice(start, start + form.length), start, end: start + form.length, sentence: HEADLINE_SENTENCE });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
