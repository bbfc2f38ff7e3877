import type { GazetteerEntry } from './gazetteer.js';
import { span, type RawMention, type Scope } from './mention-types.js';
import type { Word } from './words.js';

/**
 * Mentions of what the gazetteer knows (countries, demonyms, seats of government, known
 * bodies), and the place words before a name ("in", "at", "near") that make it a location
 * rather than a government or a person.
 */

/** Places news puts after "in", "at", "near": a name there is a location, not a person or government. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'to', 'from', 'toward', 'towards', 'via', 'throughout', 'visit', 'visited', 'visiting', 'visits', 'trip', 'capital']);

export function fromGazetteer(words: Word[], from: number, to: number, entry: GazetteerEntry, scope: Scope): RawMention | null {
  const where = span(words, from, to, scope);
  switch (entry.type) {
    case 'country':
      return { kind: 'COUNTRY', ...where, sentence: scope.sentence, code: entry.code, form: 'name', requires: null };
    case 'demonym':
      return { kind: 'COUNTRY', ...where, sentence: scope.sentence, code: entry.code, form: 'demonym', requires: null };
    case 'seat': {
      // "Pyongyang will pay a price" is the government; "a trip to Pyongyang" is a place.
      const before = words[from - 1]?.text.toLowerCase();
      if (before && LOCATIVE.has(before)) return null;
      if (words[from - 1]?.text === ',' && words[from - 2]?.capitalized) return null; // "Kim Il-sung Square in Pyongyang, July 27"
      return { kind: 'COUNTRY', ...where, sentence: scope.sentence, code: entry.code, form: 'seat', requires: null };
    }
    case 'organization':
      return {
        kind: 'ORGANIZATION', ...where, sentence: scope.sentence, name: entry.org.name, known: entry.org, acronym: null, generic: false, countryCode: entry.org.country, tentative: false,
      };
  }
}

/** "in Vienna", "at the Palais Coburg": a name after a place preposition is a location. */
export function isLocation(words: Word[], from: number): boolean {
  let k = from - 1;
  if (words[k]?.text.toLowerCase() === 'the') k--;
  const previous = words[k]?.text.toLowerCase();
  return !!previous && LOCATIVE.has(previous) && previous !== 'to' && previous !== 'from';
}
