/** One normal form for names and aliases: case-, accent-, period- and space-insensitive. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function nameKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
    // Names repeat across a corpus; a bounded cache keeps the hot path off the regex engine.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, key);
  }
  return key;
}

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

/** Starts with an upper-case letter; ASCII is decided without the regex engine (most words are ASCII, and this runs per token). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_INITIAL.test(text);
}

/** Starts with a lower-case letter; the ASCII fast path as in startsUpperCase. */
export function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_INITIAL.test(text);
}
